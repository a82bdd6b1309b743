import { analyzeWorkbook } from '../../src/engine';
import { formatRef } from '../../src/engine/grid/address';
import { sampleGrid } from '../support/workbooks';

/**
 * Seed 004 as published holds real mistakes. General rules must find each of them, and nothing on
 * the parts that are consistent: this list is the whole expected report.
 */
const analysis = analyzeWorkbook(sampleGrid());
const found = analysis.findings.map((f) => ({
  rule: f.ruleId,
  severity: f.severity,
  at: f.target ? formatRef(f.target) : '',
  sides: f.sides.map((s) => s.amount.toFixed(2)),
}));

const EXPECTED = [
  // 表2 款 208 05 is 170.10 where its 项 add to 170.11, in three columns
  { rule: 'code-hierarchy', severity: 'error', at: '表2!E7', sides: ['170.10', '170.11'] },
  { rule: 'code-hierarchy', severity: 'error', at: '表2!F7', sides: ['170.10', '170.11'] },
  { rule: 'code-hierarchy', severity: 'error', at: '表2!G7', sides: ['170.10', '170.11'] },
  // 表7 款 220 01 is 1762.8 where its projects add to 1763.8
  { rule: 'code-hierarchy', severity: 'error', at: '表7项目支出!F7', sides: ['1762.80', '1763.80'] },
  { rule: 'row-sum', severity: 'error', at: '表7项目支出!F7', sides: ['1762.80', '1763.80'] },
  // 表1 其中 lines under 一般公共预算拨款 add to 4518.73, not 4698.73
  { rule: 'item-sum', severity: 'error', at: "'表1 收支总表'!B7", sides: ['4698.73', '4518.73'] },
  // 表1 5.单位资金 left blank while its 其中 其他收入 is 180
  { rule: 'item-sum', severity: 'warning', at: "'表1 收支总表'!B17", sides: ['0.00', '180.00'] },
  // 表4 一、财政拨款（补助） left blank above 一般公共预算 4698.73
  { rule: 'item-sum', severity: 'warning', at: "'表4 财政拨款收支总表'!B6", sides: ['0.00', '4698.73'] },
  // the same 款 208 05 against 表3 and 表5
  { rule: 'cross-table/t2-t3-code', severity: 'error', at: '表2!E7', sides: ['170.10', '170.11'] },
  { rule: 'cross-table/t2-t5-code', severity: 'error', at: '表2!G7', sides: ['170.10', '170.11'] },
  // 表5 项目支出 of 220 01 against 表7's wrong 款 row
  { rule: 'cross-table/t5-t7-project', severity: 'error', at: "'5一般公共预算支出'!G19", sides: ['1763.80', '1762.80'] },
  // 表1 一般财力 2606.73 against 表2 一般公共预算 2786.73
  { rule: 'cross-table/t1-t2-gpb-own', severity: 'error', at: "'表1 收支总表'!B8", sides: ['2606.73', '2786.73'] },
  // 表2 puts the 935.26 carry-over into 单位资金; 表1 keeps it under 非财政拨款结转结余
  { rule: 'cross-table/t1-t2-unit-funds', severity: 'error', at: "'表1 收支总表'!B22", sides: ['180.00', '1115.26'] },
  { rule: 'cross-table/t1-t2-nonfiscal-carryover', severity: 'error', at: "'表1 收支总表'!B28", sides: ['935.26', '0.00'] },
];

describe('validation of the seed 004 sample workbook', () => {
  test('reports every real inconsistency of the published tables, and nothing else', () => {
    expect(found).toEqual(expect.arrayContaining(EXPECTED));
    expect(found).toHaveLength(EXPECTED.length);
  });

  test('each finding is actionable: a Chinese sentence, both sides with cells and amounts, the difference', () => {
    for (const f of analysis.findings) {
      expect(f.message).toMatch(/[\u4e00-\u9fa5]/);
      if (f.sides.length === 2) {
        expect(f.difference).toBeDefined();
        expect(f.sides[0].amount.minus(f.sides[1].amount).eq(f.difference!)).toBe(true);
        expect(f.sides.some((s) => s.cells.length > 0)).toBe(true);
      }
    }
  });

  test('the 0.01 residues are named as possible rounding, the 180 and 1.00 differences are not', () => {
    const byAt = (rule: string, at: string) => analysis.findings.find((f) => f.ruleId === rule && f.target && formatRef(f.target) === at)!;
    expect(byAt('code-hierarchy', '表2!E7').rounding).toBe(true);
    expect(byAt('code-hierarchy', '表2!E7').message).toContain('四舍五入');
    expect(byAt('code-hierarchy', '表7项目支出!F7').rounding).toBe(false);
    expect(byAt('item-sum', "'表1 收支总表'!B7").rounding).toBe(false);
  });
});
