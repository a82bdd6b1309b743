import { columnGroups } from '../../../src/engine/rules/column-groups';
import { ruleTester } from '../../support/rule-tester';

/**
 * 表3 as 长春 prints it: 合计 | 当年预算 (小计, 基本支出, 项目支出) | 上年结转结余 (小计, 基本支出, 项目支出). Its
 * 基本支出 / 项目支出 repeat under both groups, so the columns are not all placed and row-sum stands aside; the
 * header's own groups are checked instead. `cur` is the 当年预算 小计 of the 201 row as written.
 */
const t3 = (cur: string, total = '12') => `
  @sheet 表3
  @merge D3:F3 G3:I3 A3:A4 B3:B4 C3:C4
  表3 部门支出总体情况表
  编制部门：示例局⇥⇥⇥⇥⇥⇥⇥单位：万元
  科目编码⇥科目名称⇥合计⇥当年预算⇥⇥⇥上年结转结余
  ⇥⇥⇥小计⇥基本支出⇥项目支出⇥小计⇥基本支出⇥项目支出
  合计⇥⇥${total}⇥10⇥6⇥4⇥2⇥1⇥1
  "201"⇥一般公共服务支出⇥${total}⇥${cur}⇥6⇥4⇥2⇥1⇥1
`;

ruleTester.run(columnGroups, {
  valid: [{ name: '合计 = 当年预算小计 + 上年结转结余小计, each 小计 = its columns', workbook: t3('10'), tables: ['T3'] }],
  invalid: [
    {
      name: 'a 当年预算 小计 printed 0 beside its 6 + 4: the group and the 合计 over groups both break',
      workbook: t3('0'),
      errors: [
        { messageId: 'mismatch', at: '表3!D6', message: '“当年预算”小计0.00万元，与基本支出、项目支出之和10.00万元不相等' },
        { messageId: 'mismatch', at: '表3!C6', message: '合计12.00万元，与当年预算小计、上年结转结余小计之和2.00万元不相等' },
      ],
    },
  ],
});
