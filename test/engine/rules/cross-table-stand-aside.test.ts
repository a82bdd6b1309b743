import { analyzeWorkbook } from '../../../src/engine';
import { sampleGrid } from '../../support/workbooks';

/**
 * A table compared code by code whose 科目 rows the recognizer lost (a transcription that shifted the names
 * off their codes, a page not read) is not held against the other table row by row: that would report every
 * 科目 of the other table as missing. The relation stands aside and says why.
 */
test('a 表2 whose 合计 has an amount over no row read by 科目: t2-t3-code stands aside, with the reason', () => {
  const grid = sampleGrid();
  const a0 = analyzeWorkbook(grid);
  const t2 = a0.tables.find((t) => t.def.id === 'T2')!;
  const sheet = grid.sheets.find((s) => s.name === t2.sheet)!;
  // Blank 表2's body rows, keeping its 合计 row.
  const block = t2.blocks[0];
  const cells = sheet.cells.map((row) => [...(row ?? [])]);
  for (const r of block.rows) if (r.kind !== 'total') cells[r.row - (sheet.originRow ?? 0)] = [];
  const broken = { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, cells } : s)) };
  const a = analyzeWorkbook(broken);
  expect(a.findings.filter((f) => f.ruleId === 'cross-table/t2-t3-code')).toEqual([]);
  expect(a.skipped.find((s) => s.ruleId === 'cross-table/t2-t3-code')?.reason).toMatch(/表2合计有金额，但未识别到按科目列示的行/);
  // On the sample as published the relation runs.
  expect(a0.skipped.find((s) => s.ruleId === 'cross-table/t2-t3-code')).toBeUndefined();
});
