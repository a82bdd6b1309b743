import * as fs from 'fs';
import * as path from 'path';
import { TABLE_RULES } from '../../../src/engine/rules/registry';
import { NATIONAL_2023 } from '../../../src/engine/tables/national';
import { crossTableCases } from './cross-table-cases';
import { supplementaryCaseGrid } from '../../support/region-examples';

/** As in ESLint, a rule without its test file fails the build; so does a relation the cross-table test cannot break. */

const HERE = __dirname;

describe('every rule has a test', () => {
  test.each(TABLE_RULES.map((r) => r.id))('%s has a test file of its name that runs it through the rule tester', (id) => {
    const file = path.join(HERE, `${id}.test.ts`);
    expect(fs.existsSync(file)).toBe(true);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain(`src/engine/rules/${id}'`);
    expect(text).toMatch(/ruleTester\.run\(/);
  });

  test('the cross-table test exists and is driven by the profile\'s relations', () => {
    const text = fs.readFileSync(path.join(HERE, 'cross-table.test.ts'), 'utf8');
    expect(text).toMatch(/describe\.each\(profile\.relations/);
  });

  test('every relation of the national profile has a cross-table case', () => {
    // The relations of the tables a region adds are broken on a workbook that prints them (苏州, 深圳).
    const supplementary = NATIONAL_2023.relations.filter((r) => r.id.startsWith('s-')).map((r) => r.id);
    const cases = new Map([...crossTableCases(), ...supplementary.flatMap((id) => [...crossTableCases(supplementaryCaseGrid(id))].filter(([cid]) => cid === id))]);
    const uncovered = NATIONAL_2023.relations.map((r) => r.id).filter((id) => !cases.has(id));
    expect(uncovered).toEqual([]);
  });
});
