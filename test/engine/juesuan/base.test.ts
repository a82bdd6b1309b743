import { analyzeWorkbook } from '../../../src/engine/analyze';
import { formatRef } from '../../../src/engine/grid/address';
import { juesuanGrid, JUESUAN_TABLE_IDS } from './workbook';

test('the consistent 决算 workbook: every table recognized, no finding', () => {
  const a = analyzeWorkbook(juesuanGrid());
  expect(a.kind).toBe('决算');
  expect(a.profile.id).toBe('juesuan-9');
  expect(a.tables.map((t) => t.def.id)).toEqual(JUESUAN_TABLE_IDS);
  expect(a.findings.map((f) => `${f.ruleId} ${f.target ? formatRef(f.target) : ''} ${f.message}`)).toEqual([]);
  expect(a.skipped).toEqual([]);
});
