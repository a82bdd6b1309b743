import { readFileSync } from 'fs';
import { join } from 'path';
import { readSheetSource } from '../../src/hosts/node/sheet-source';
import { expectedSnapshot, snapshotXlsx } from '../hosts/node/xlsx-readback';

/** The narrative examples' xlsx are generated from their sources (scripts/build-examples.js); they must not drift. */
const ROOT = join(__dirname, '..', '..');
const PAIRS = [
  ['changji-2022-prior.txt', 'changji-2022-prior.xlsx'],
  ['changji-2023-notes.txt', 'changji-2023-notes.xlsx'],
  ['zhaohua-2023.txt', 'zhaohua-2023-budget.xlsx'],
];

describe.each(PAIRS)('examples/source/%s', (from, to) => {
  it(`matches examples/${to} (regenerate: npm run build:node && npm run sample)`, async () => {
    const source = readSheetSource(readFileSync(join(ROOT, 'examples', 'source', from), 'utf8'));
    expect(await snapshotXlsx(join(ROOT, 'examples', to))).toEqual(expectedSnapshot(source));
  });
});
