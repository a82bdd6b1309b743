import Decimal from 'decimal.js';
import { runRules } from '../../src/engine/runner/run-rules';
import { rowSum } from '../../src/engine/rules/row-sum';
import { recognizeWorkbook } from '../../src/engine/recognize/recognize';
import { resolveSettings } from '../../src/engine/settings';
import { NATIONAL_2023 } from '../../src/engine/tables/national';
import { sourceWorkbook } from '../support/rule-tester';

// A 表3 line whose 合计 is 0.03 off 基本支出 + 项目支出: a rounding residue only when the clerk's limit allows it.
const T3 = sourceWorkbook(`
  @sheet 表3
  部门支出总体情况表
  编制部门：示例局⇥⇥⇥⇥单位：万元
  科目编码⇥科目名称⇥合计⇥基本支出⇥项目支出
  ⇥合计⇥100.03⇥60⇥40
  "201"⇥一般公共服务支出⇥100.03⇥60⇥40
`);

const findingsWith = (limit: string) =>
  runRules([rowSum], recognizeWorkbook(T3, NATIONAL_2023).tables, NATIONAL_2023, resolveSettings({ roundingLimit: new Decimal(limit) }));

describe('the rounding note states the limit the settings give', () => {
  it('with 0.05万元: a residue, and the sentence says 0.05', () => {
    const f = findingsWith('0.05');
    expect(f).toHaveLength(2);
    for (const x of f) {
      expect(x.rounding).toBe(true);
      expect(x.message).toContain('（差额不超过0.05万元，在各数分别四舍五入可能产生的范围内，可能为四舍五入差异。）');
    }
  });

  it('with 0.01万元 (the default): not a residue, no rounding note', () => {
    const f = findingsWith('0.01');
    expect(f).toHaveLength(2);
    for (const x of f) {
      expect(x.rounding).toBe(false);
      expect(x.message).not.toContain('四舍五入');
    }
  });
});
