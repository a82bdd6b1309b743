import { itemSum } from '../../../src/engine/rules/item-sum';
import { regionGrid } from '../../support/region-examples';
import { ruleTester } from '../../support/rule-tester';
import { withCell } from '../../support/workbooks';

/**
 * 表10 as 004 prints it (⇥ is a TAB): 合计 first, then its parts, amounts in 合计 and 一般公共预算.
 * Each argument is one row's amount as written.
 */
const t10 = (o: { unit?: string; total: string; abroad?: string; reception: string; vehicle: string; purchase?: string; operation: string; note?: string }) => `
  @sheet 三公
  @merge A4:A5 B4:B5 C4:E4
  表10
  财政拨款“三公”经费支出情况表
  编制部门：示例局⇥⇥⇥⇥单位：${o.unit ?? '万元'}
  三公支出内容⇥合计⇥资金来源
  ⇥⇥一般公共预算⇥政府性基金⇥国有资本经营预算
  合计⇥${o.total}⇥${o.total}
  因公出国（境）费⇥${o.abroad ?? ''}⇥${o.abroad ?? ''}
  公务接待费⇥${o.reception}⇥${o.reception}
  "公务用车购置及运行费\\n（小计）"⇥${o.vehicle}⇥${o.vehicle}
  其中：公务用车购置费⇥${o.purchase ?? ''}⇥${o.purchase ?? ''}
  公务用车运行费⇥${o.operation}⇥${o.operation}
  ${o.note ?? ''}
`;

/** 表1's income side with two 其中 lists printed in part (一般财力 only; 其他收入 only). */
const t1 = (o: { gpb: string; own: string; unitFunds: string; other: string }) => `
  @sheet 表1
  @merge A4:B4 C4:D4
  表1
  部门收支总体情况表
  编制部门：示例局⇥⇥⇥单位：万元
  收     入⇥⇥支     出
  项     目⇥预算数⇥功能分类⇥预算数
  一、本年收入⇥280⇥220 自然资源海洋气象等支出⇥280
  1.一般公共预算拨款⇥${o.gpb}⇥
  其中：一般财力⇥${o.own}⇥
  5.单位资金⇥${o.unitFunds}⇥
  其中：其他收入⇥${o.other}⇥
  收  入  总  计⇥280⇥支  出  总  计⇥280
`;

/** 长春 预算表7: 三公 across, 合计 | 当年预算 … | 上年结转结余 …; the carry-over's 公务接待费 (Q6) set to 1. */
const CHANGCHUN_T10 = '本年一般公共预算“三公”经费支出表(预算表7)';
const changchunCarry = (total: number) =>
  withCell(withCell(withCell(regionGrid('changchun'), CHANGCHUN_T10, 5, 16, 1), CHANGCHUN_T10, 5, 9, 1), CHANGCHUN_T10, 5, 0, total);

const ROUNDING_NOTE = '注：因四舍五入产生的0.01万元以内差异。';

ruleTester.run(itemSum, {
  valid: [
    { name: '长春: each item is this year’s and the carry-over’s together, as the 合计 (7.61 + 1)', workbook: changchunCarry(8.61) },
    {
      name: '三公 合计 = 出国 + 接待 + 公务用车, 公务用车 = 购置 + 运行, blanks as 0',
      workbook: t10({ total: '14.74', reception: '0.74', vehicle: '14', operation: '14' }),
      tables: ['T10'],
    },
    {
      name: 'amounts as text with U+3000, a - for zero',
      workbook: t10({ total: '"14.74\\u3000"', abroad: '-', reception: '"  0.74"', vehicle: '"14\\u3000"', purchase: '—', operation: '14' }),
    },
    {
      name: 'a 元 table, to the 元',
      workbook: t10({ unit: '元', total: '147400', reception: '7400', vehicle: '140000', operation: '140000' }),
    },
    {
      name: '0.004万元 off in a 万元 table',
      workbook: t10({ total: '14.744', reception: '0.74', vehicle: '14', operation: '14' }),
    },
    {
      name: '其中 lines printed in part may add up to less than their parent',
      workbook: t1({ gpb: '100', own: '60', unitFunds: '180', other: '180' }),
      tables: ['T1'],
    },
  ],
  invalid: [
    {
      name: '长春: a carry-over 公务接待费 the 合计 leaves out',
      workbook: changchunCarry(7.61),
      errors: [{ messageId: 'mismatch', severity: 'error', sides: ['7.61', '8.61'] }],
    },
    {
      name: '三公 合计 is not the sum of its parts, in both columns',
      workbook: t10({ total: '15.74', reception: '0.74', vehicle: '14', operation: '14' }),
      errors: [
        { messageId: 'mismatch', severity: 'error', at: '三公!B6', sides: ['15.74', '14.74'], difference: '1', rounding: false, message: '因公出国（境）费、公务接待费、公务用车购置及运行费' },
        { messageId: 'mismatch', at: '三公!C6', sides: ['15.74', '14.74'] },
      ],
    },
    {
      name: '公务用车 小计 against 购置 + 运行',
      workbook: t10({ total: '14.74', reception: '0.74', vehicle: '14', purchase: '2', operation: '14' }),
      errors: [
        { messageId: 'mismatch', at: '三公!B9', sides: ['14', '16'], difference: '-2', message: '表10「公务用车购置及运行费」合计' },
        { messageId: 'mismatch', at: '三公!C9', sides: ['14', '16'] },
      ],
    },
    {
      name: 'a 1元 difference in a 元 table',
      workbook: t10({ unit: '元', total: '147401', reception: '7400', vehicle: '140000', operation: '140000' }),
      errors: [
        { messageId: 'mismatch', severity: 'error', sides: ['147401', '147400'], difference: '1', message: '相差1元' },
        { messageId: 'mismatch', severity: 'error', difference: '1' },
      ],
    },
    {
      name: '0.01万元 is reported and flagged as possible rounding',
      workbook: t10({ total: '14.75', reception: '0.74', vehicle: '14', operation: '14' }),
      errors: [
        { messageId: 'mismatch', severity: 'error', difference: '0.01', rounding: true },
        { messageId: 'mismatch', severity: 'error', difference: '0.01', rounding: true },
      ],
    },
    {
      name: 'the same 0.01万元 is a warning where the workbook states rounding differences',
      workbook: t10({ total: '14.75', reception: '0.74', vehicle: '14', operation: '14', note: ROUNDING_NOTE }),
      errors: [
        { messageId: 'mismatch', severity: 'warning', rounding: true },
        { messageId: 'mismatch', severity: 'warning', rounding: true },
      ],
    },
    {
      name: 'a 其中 line larger than its parent (seed 004 prints 一般财力 wrong)',
      workbook: t1({ gpb: '100', own: '120', unitFunds: '180', other: '180' }),
      errors: [{ messageId: 'exceeds', severity: 'error', at: '表1!B7', sides: ['100', '120'], difference: '-20', message: '其中数不应超过总数' }],
    },
    {
      name: 'a parent left blank while its 其中 line has an amount (seed 004\'s 单位资金)',
      workbook: t1({ gpb: '100', own: '100', unitFunds: '"\\u3000"', other: '"180\\u3000"' }),
      errors: [{ messageId: 'blankParent', severity: 'warning', at: '表1!B9', sides: ['0', '180'], difference: '-180', message: '未填写' }],
    },
  ],
});
