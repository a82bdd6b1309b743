import { analyzeWorkbook } from '../../../src/engine';
import { regionGrid } from '../../support/region-examples';

/** 深圳 numbers its eleven tables its own way (表4 基本支出总表, 表5 项目支出总表 …): that is the template, not a slip per table. */
test('a workbook numbered by its own regional template gets one note, not a 表号 提示 on every table', () => {
  const a = analyzeWorkbook(regionGrid('shenzhen'));
  expect(a.findings.filter((f) => f.ruleId === 'table-number')).toEqual([]);
  expect(a.skipped.find((s) => s.ruleId === 'table-number')?.reason).toMatch(/张表的表号与“.+”不同，按本地区表样编号/);
});
