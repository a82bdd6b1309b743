import Decimal from 'decimal.js';
import type { Finding } from '../../../src/engine/findings';
import { formatRef } from '../../../src/engine/grid/address';
import type { WorkbookGrid } from '../../../src/engine/grid/types';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize';
import { crossRelationRule } from '../../../src/engine/rules/cross-table';
import { rulesFor } from '../../../src/engine/rules/registry';
import { runRules } from '../../../src/engine/runner/run-rules';
import { resolveSettings } from '../../../src/engine/settings';
import { NATIONAL_2023 } from '../../../src/engine/tables/national';
import { sampleGrid } from '../../support/workbooks';
import { supplementaryCaseGrid } from '../../support/region-examples';
import { consistentSample, crossTableCases, SAMPLE_CORRECTIONS, setCell } from './cross-table-cases';

/**
 * Table-driven over every cross-table relation of the national profile: on the corrected sample
 * each relation holds; changing one cell on its left side breaks that relation, and any other
 * relation that reports then reads the same cell.
 */

const profile = NATIONAL_2023;
const settings = resolveSettings();
const crossRules = profile.relations.map(crossRelationRule);

function check(grid: WorkbookGrid, rules = crossRules): Finding[] {
  const { tables } = recognizeWorkbook(grid, profile);
  return runRules(rules, tables, profile, settings);
}

const reads = (f: Finding, at: string) => f.sides.some((s) => s.cells.some((c) => formatRef(c) === at));
const summary = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.target ? formatRef(f.target) : ''} ${f.sides.map((s) => s.amount.toFixed(2)).join(' vs ')}`);

/** The relations of the tables a region adds run on a real workbook that prints them (苏州 自然资源和规划局, 深圳). */
const supplementary = (r: { id: string }) => r.id.startsWith('s-');
const consistentNational = consistentSample();
const regionalGrids = new Map(profile.relations.filter(supplementary).map((r) => [r.id, supplementaryCaseGrid(r.id)]));
const cases = new Map([
  ...[...crossTableCases(consistentNational, profile)].filter(([id]) => !supplementary({ id })),
  ...[...regionalGrids].flatMap(([id, grid]) => [...crossTableCases(grid, profile)].filter(([cid]) => cid === id)),
]);
const gridFor = (id: string) => regionalGrids.get(id) ?? consistentNational;
const consistent = consistentNational;

describe('the corrected sample', () => {
  test('the sample as published breaks cross-table relations at the corrected cells', () => {
    const published = check(sampleGrid());
    expect(published.length).toBeGreaterThan(0);
    const corrected = new Set(SAMPLE_CORRECTIONS.map((c) => c.at));
    for (const f of published) expect(f.sides.some((s) => s.cells.some((c) => corrected.has(formatRef(c))))).toBe(true);
  });

  test('no cross-table relation reports once its mistakes are corrected', () => {
    expect(summary(check(consistent))).toEqual([]);
  });

  test('no rule of the profile reports on it at all', () => {
    expect(summary(check(consistent, rulesFor(profile)))).toEqual([]);
  });
});

describe.each(profile.relations.map((r) => [r.id, r] as const))('cross-table/%s', (id) => {
  const c = cases.get(id);

  test('its left side can be found in the sample', () => {
    expect(c).toBeDefined();
  });

  const consistent = gridFor(id);

  test('holds on the corrected sample', () => {
    expect(summary(check(consistent, [crossRelationRule(c!.relation)]))).toEqual([]);
  });

  test('holds when its left cell moves within tolerance (0.004万元)', () => {
    const grid = setCell(consistent, c!.cell, c!.before.plus('0.004').toNumber());
    expect(summary(check(grid, [crossRelationRule(c!.relation)]))).toEqual([]);
  });

  test('reports, and only relations reading that cell report, when its left cell grows by 1万元', () => {
    // An 'le' relation may hold with room to spare (机关运行经费 below 表6 公用经费): grow it by that room too.
    let room = new Decimal(0);
    if (c!.relation.op === 'le') {
      const far = check(setCell(consistent, c!.cell, c!.before.plus(1e6).toNumber()), [crossRelationRule(c!.relation)]).find((f) => reads(f, c!.at));
      room = new Decimal(1e6).minus(far!.difference!);
    }
    const grid = setCell(consistent, c!.cell, c!.before.plus(room).plus(1).toNumber());
    const findings = check(grid);
    const own = findings.filter((f) => f.ruleId === `cross-table/${id}`);
    expect(summary(own)).toHaveLength(1);
    const [f] = own;
    expect(f.messageId).toBe(c!.relation.op === 'le' ? 'exceeds' : 'mismatch');
    expect(f.severity).toBe(c!.relation.severity ?? 'error');
    expect(reads(f, c!.at)).toBe(true);
    expect(f.sides[0].cells.map(formatRef)).toContain(c!.at);
    expect(f.difference!.eq(new Decimal(1))).toBe(true);
    expect(f.rounding).toBe(false);
    const others = findings.filter((x) => x !== f);
    expect(others.filter((x) => !reads(x, c!.at)).map((x) => x.ruleId)).toEqual([]);
  });
});
