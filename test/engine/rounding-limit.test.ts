import Decimal from 'decimal.js';
import { analyzeWorkbook, groupByCause, type Finding } from '../../src/engine';
import { sourceWorkbook } from '../support/rule-tester';

/** 表3 with 类 208, 款 208 05 at `kuan` and three 项 adding to 170.11 (⇥ is a TAB). */
const t3 = (kuan: string) =>
  sourceWorkbook(`
    @sheet 表3
    表3
    部门支出总体情况表
    编制部门：示例局⇥⇥⇥⇥⇥⇥单位：万元
    功能分类科目编码⇥⇥⇥功能分类科目名称⇥合计⇥基本支出⇥项目支出
    类⇥款⇥项
    "208"⇥⇥⇥社会保障和就业支出⇥${kuan}⇥${kuan}⇥
    "208"⇥"05"⇥⇥行政事业单位养老支出⇥${kuan}⇥${kuan}⇥
    "208"⇥"05"⇥"01"⇥行政单位离退休⇥3.9⇥3.9⇥
    "208"⇥"05"⇥"05"⇥机关事业单位基本养老保险⇥110.81⇥110.81⇥
    "208"⇥"05"⇥"06"⇥机关事业单位职业年金缴费支出⇥55.40⇥55.40⇥
    ⇥⇥⇥合计⇥${kuan}⇥${kuan}⇥
  `);

const kuanFindings = (kuan: string, roundingLimit?: string) =>
  analyzeWorkbook(t3(kuan), roundingLimit ? { roundingLimit: new Decimal(roundingLimit) } : {}).findings.filter((f) => f.target?.row === 6);

describe('the rounding note states the limit the clerk set (settings.roundingLimit)', () => {
  it('0.01万元 off with the limit 0.05: 差额在0.05万元以内', () => {
    const [f] = kuanFindings('170.10', '0.05');
    expect(f.rounding).toBe(true);
    expect(f.message).toContain('（差额在0.05万元以内，在各数分别四舍五入可能产生的范围内，可能为四舍五入差异。）');
    expect(f.roundingLimit?.toString()).toBe('0.05');
  });

  it('the default limit 0.01 is widened to what three 项 and their 款 can leave by rounding (0.02万元), and says so', () => {
    const [f] = kuanFindings('170.10');
    expect(f.message).toContain('差额在0.02万元以内');
    expect(f.message).not.toContain('0.01万元以内');
  });

  it('0.03万元 off is rounding under the limit 0.05 and not under the default', () => {
    expect(kuanFindings('170.08', '0.05')[0].message).toContain('差额在0.05万元以内');
    const strict = kuanFindings('170.08')[0];
    expect(strict.rounding).toBe(false);
    expect(strict.message).not.toContain('四舍五入');
  });
});

describe('the grouped rounding cause states the limit its findings were held to', () => {
  const residue = (row: number, limit: string): Finding => ({
    ruleId: `r${row}`,
    severity: 'error',
    message: 'x',
    tables: ['T2'],
    target: { sheet: 'S', row, col: 4 },
    sides: [
      { label: 'a', cells: [{ sheet: 'S', row, col: 4 }], amount: new Decimal('1.00') },
      { label: 'b', cells: [{ sheet: 'S', row: row + 20, col: 4 }], amount: new Decimal('1.01') },
    ],
    unit: '万元',
    difference: new Decimal('-0.01'),
    rounding: true,
    roundingLimit: new Decimal(limit),
  });
  it.each([
    ['0.05', '0.05', '0.05万元'],
    ['0.01', '0.015', '0.015万元'],
  ])('limits %s and %s: 差额在%s以内', (a, b, stated) => {
    const [cause] = groupByCause([residue(6, a), residue(8, b)]);
    expect(cause.kind).toBe('rounding');
    expect(cause.message).toBe(`表2有2处差额在${stated}以内，在各数分别四舍五入可能产生的范围内，可能为四舍五入差异：`);
  });
});
