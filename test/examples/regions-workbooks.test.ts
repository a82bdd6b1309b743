import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { readSheetSource } from '../../src/hosts/node/sheet-source';
import { expectedSnapshot, snapshotXlsx } from '../hosts/node/xlsx-readback';

// Every examples/regions/<region>/workbook.xlsx is built from its source.txt by `npm run sample`
// (scripts/build-examples.js); a folder without source.txt is not built yet and is skipped.
const REGIONS = join(__dirname, '..', '..', 'examples', 'regions');

const regions = existsSync(REGIONS)
  ? readdirSync(REGIONS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(REGIONS, entry.name, 'source.txt')))
      .map((entry) => entry.name)
      .sort()
  : [];

describe('examples/regions/*/workbook.xlsx', () => {
  it('finds the regional examples', () => {
    expect(regions.every((name) => /^[a-z0-9-]+$/.test(name))).toBe(true);
  });

  it.each(regions)('%s/workbook.xlsx is what its source.txt generates (run `npm run sample` after editing it)', async (region) => {
    const source = readSheetSource(readFileSync(join(REGIONS, region, 'source.txt'), 'utf8'));
    const workbook = join(REGIONS, region, 'workbook.xlsx');
    expect(existsSync(workbook)).toBe(true);
    expect(await snapshotXlsx(workbook)).toEqual(expectedSnapshot(source));
  });
});
