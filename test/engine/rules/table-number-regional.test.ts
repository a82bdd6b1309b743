import { analyzeWorkbook } from '../../../src/engine';
import { sampleGrid, withCell } from '../../support/workbooks';
import { regionGrid } from '../../support/region-examples';

/** 深圳 numbers its eleven tables its own way (表4 基本支出总表, 表5 项目支出总表 …): that is the template, not a slip per table. */
test('a workbook numbered by its own regional template gets one note, not a 表号 提示 on every table', () => {
  const a = analyzeWorkbook(regionGrid('shenzhen'));
  expect(a.findings.filter((f) => f.ruleId === 'table-number')).toEqual([]);
  expect(a.skipped.find((s) => s.ruleId === 'table-number')?.reason).toMatch(/张表的表号与“.+”不同，按本地区表样编号/);
});

/** 杭州 prints 表7 “三公” and 表10 项目支出, every number once: its numbering, not two slips. */
test('a whole set numbered once each, two of them otherwise than the national set: one note, no 提示', () => {
  const a = analyzeWorkbook(regionGrid('hangzhou'));
  expect(a.findings.filter((f) => f.ruleId === 'table-number')).toEqual([]);
  expect(a.skipped.find((s) => s.ruleId === 'table-number')?.reason).toMatch(/张表各有一个不重复的表号，其中2张与“.+”不同，按本地区表样编号/);
});

describe('a slip in a numbered set is still a 提示', () => {
  /** The sample with 表6's printed number replaced. */
  const relabel = (to: string) => {
    const grid = sampleGrid();
    const sheet = grid.sheets.find((s) => s.name === '表6 基本支出')!;
    const row = sheet.cells.findIndex((r) => r?.some((v) => v === '表6'));
    const col = sheet.cells[row].indexOf('表6');
    return withCell(grid, sheet.name, row + (sheet.originRow ?? 0), col + (sheet.originCol ?? 0), to);
  };
  test.each([
    ['表5', 'a number another table carries'],
    ['表16', 'a number past the set'],
  ])('表6 printed %s (%s)', (to) => {
    const found = analyzeWorkbook(relabel(to)).findings.filter((f) => f.ruleId === 'table-number');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining(`标为${to}，而“部门预算公开十张表（2023版）”中它是表6`)]);
  });
});
