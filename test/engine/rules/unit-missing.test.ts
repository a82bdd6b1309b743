import { unitMissing } from '../../../src/engine/rules/unit-missing';
import { ruleTester } from '../../support/rule-tester';

/** 表5 with `preamble` as its line between title and header (⇥ is a TAB). */
const t5 = (preamble: string) => `
  @sheet 表5
  表5
  一般公共预算支出情况表
  ${preamble}
  功能分类科目编码⇥⇥⇥功能分类科目名称⇥合计⇥基本支出⇥项目支出
  类⇥款⇥项
  "208"⇥⇥⇥社会保障和就业支出⇥170.11⇥170.11⇥
  ⇥⇥⇥合计⇥170.11⇥170.11⇥
`;

ruleTester.run(unitMissing, {
  valid: [
    { name: '单位：万元 at the end of the 编制部门 line', workbook: t5('编制部门：示例局⇥⇥⇥⇥⇥⇥单位：万元'), tables: ['T5'] },
    { name: '单位：元', workbook: t5('编制部门：示例局⇥⇥⇥⇥⇥⇥单位：元') },
    { name: '金额单位：万元 with full-width spaces, in its own cell', workbook: t5('编制部门：示例局⇥⇥⇥⇥"          "⇥"\\u3000金额单位：万元"') },
    { name: 'the unit in the same cell as the department', workbook: t5('编制部门：示例局                    单位：万元') },
  ],
  invalid: [
    {
      name: 'a 编制部门 line without a unit',
      workbook: t5('编制部门：示例局'),
      errors: [{ messageId: 'missing', severity: 'warning', at: '表5!A2', message: '表5「一般公共预算支出情况表」未注明金额单位，已按万元处理' }],
    },
    {
      name: 'no line at all between title and header',
      workbook: t5(''),
      errors: [{ messageId: 'missing', at: '表5!A2' }],
    },
    {
      name: 'a table found without its title and without a unit points at its first cell',
      workbook: `
        @sheet 数据
        @start C4
        三公支出内容⇥合计⇥一般公共预算⇥政府性基金⇥国有资本经营预算
        合计⇥0.74⇥0.74
        因公出国（境）费
        公务接待费⇥0.74⇥0.74
      `,
      tables: ['T10'],
      errors: [{ messageId: 'missing', at: '数据!C4', message: '表10' }],
    },
  ],
});
