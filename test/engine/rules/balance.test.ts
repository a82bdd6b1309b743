import { balance } from '../../../src/engine/rules/balance';
import { ruleTester } from '../../support/rule-tester';

/** 表1 with one income and one expense line; `income` and `expense` are the two 总计 cells as written. */
const t1 = (unit: string, income: string, expense: string, note = '') => `
  @sheet 表1
  表1
  部门收支总体情况表
  编制部门：示例局⇥⇥⇥单位：${unit}
  收入⇥⇥支出
  项目⇥预算数⇥功能分类⇥预算数
  一、本年收入⇥${income}⇥208 社会保障和就业支出⇥${expense}
  1.一般公共预算拨款⇥${income}⇥
  收入总计⇥${income}⇥支出总计⇥${expense}
  ${note}
`;

/** 表4 with its income and expense sides. */
const t4 = (income: string, expense: string) => `
  @sheet 表4
  表4
  财政拨款收支预算总体情况表
  编制部门：示例局⇥⇥⇥⇥⇥⇥单位：万元
  财政拨款收入⇥⇥财政拨款支出
  项    目⇥合  计⇥功  能  分  类⇥合 计⇥一般公共预算⇥政府性基金预算⇥国有资本经营预算
  一、财政拨款（补助）⇥${income}⇥208 社会保障和就业支出⇥${expense}⇥${expense}⇥⇥
  " 一般公共预算"⇥${income}⇥⇥⇥⇥⇥
  收  入  总  计⇥${income}⇥支  出  总  计⇥${expense}⇥${expense}⇥⇥
`;

const ROUNDING_NOTE = '注：因四舍五入，表内可能存在0.01万元以内的差异。';

ruleTester.run(balance, {
  valid: [
    { name: '表1 balanced, with a U+3000 after the number', workbook: t1('万元', '170.11', '"170.11\\u3000"'), tables: ['T1'] },
    { name: '表1 in 元 balanced to the 元', workbook: t1('元', '1701100', '"1,701,100"') },
    { name: '0.004万元 in a 万元 table is within its last printed digit', workbook: t1('万元', '170.11', '170.114') },
    { name: '表4 balanced', workbook: t4('4698.73', '4698.73'), tables: ['T4'] },
  ],
  invalid: [
    {
      name: 'a 1元 difference in a 元 table is an error',
      workbook: t1('元', '1701100', '1701101'),
      errors: [{ messageId: 'mismatch', severity: 'error', at: '表1!B8', sides: ['1701100', '1701101'], difference: '-1', message: '相差-1元' }],
    },
    {
      name: '0.01万元 in a 万元 table is an error, flagged as possible rounding',
      workbook: t1('万元', '170.11', '170.12'),
      errors: [{ messageId: 'mismatch', severity: 'error', sides: ['170.11', '170.12'], difference: '-0.01', rounding: true, message: '四舍五入' }],
    },
    {
      name: 'the same 0.01万元 is only a warning where the workbook states rounding differences',
      workbook: t1('万元', '170.11', '170.12', ROUNDING_NOTE),
      errors: [{ messageId: 'mismatch', severity: 'warning', difference: '-0.01', rounding: true }],
    },
    {
      name: 'a rounding note does not soften a real difference',
      workbook: t1('万元', '170.11', '180.11', ROUNDING_NOTE),
      errors: [{ messageId: 'mismatch', severity: 'error', difference: '-10', rounding: false }],
    },
    {
      name: '表4 income blank against its expense',
      workbook: t4('"\\u3000"', '4698.73'),
      errors: [{ messageId: 'mismatch', at: '表4!B8', sides: ['0', '4698.73'], message: '表4收入总计与支出总计不平衡' }],
    },
  ],
});
