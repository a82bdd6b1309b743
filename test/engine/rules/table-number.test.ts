import { tableNumber } from '../../../src/engine/rules/table-number';
import { ruleTester } from '../../support/rule-tester';

/** 表10 titled with `number` printed above it (⇥ is a TAB). */
const t10 = (number: string) => `
  @sheet 三公
  ${number}
  财政拨款“三公”经费支出情况表
  编制部门：示例局⇥⇥⇥⇥单位：万元
  三公支出内容⇥合计⇥一般公共预算⇥政府性基金⇥国有资本经营预算
  合计⇥0.74⇥0.74
  因公出国（境）费
  公务接待费⇥0.74⇥0.74
`;

ruleTester.run(tableNumber, {
  valid: [
    { name: 'printed 表10 is 表10 of the national set', workbook: t10('表10'), tables: ['T10'] },
    { name: 'no 表N printed at all', workbook: t10(''), tables: ['T10'] },
  ],
  invalid: [
    {
      name: 'a 9-table region prints it as 表9',
      workbook: t10('表9'),
      errors: [{ messageId: 'mismatch', severity: 'warning', at: '三公!A2', message: '标为表9' }],
    },
  ],
});
