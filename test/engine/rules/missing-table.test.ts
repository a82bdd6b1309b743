import { missingTable } from '../../../src/engine/rules/missing-table';
import { sampleGrid } from '../../support/workbooks';
import { ruleTester } from '../../support/rule-tester';

const ALL_TEN = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10'];

/** The sample without the named sheets. */
function sampleWithout(...sheets: string[]) {
  const g = sampleGrid();
  return { ...g, sheets: g.sheets.filter((s) => !sheets.includes(s.name)) };
}

const ONLY_T3 = `
  @sheet 表3
  表3
  部门支出总体情况表
  编制部门：示例局⇥⇥⇥⇥⇥⇥单位：万元
  功能分类科目编码⇥⇥⇥功能分类科目名称⇥合计⇥基本支出⇥项目支出
  类⇥款⇥项
  "208"⇥⇥⇥社会保障和就业支出⇥170.11⇥170.11⇥
  ⇥⇥⇥合计⇥170.11⇥170.11⇥
`;

ruleTester.run(missingTable, {
  valid: [
    { name: 'all ten tables of the sample, each on its own sheet', workbook: sampleGrid(), tables: ALL_TEN },
    {
      name: 'nothing recognized at all: the no-table issue speaks, not this rule',
      workbook: '@sheet 说明\n本工作簿只有文字说明。',
      tables: [],
    },
  ],
  invalid: [
    {
      name: 'the sample without 表9 (optional in the national set): a warning',
      workbook: sampleWithout('表9国资预算'),
      tables: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T10'],
      errors: [{ messageId: 'optional', severity: 'warning', message: '未找到表9「国有资本经营预算支出情况表」' }],
    },
    {
      name: 'the sample without 表8 (required, even when empty): a 提示, since an unrecognized table may still be there',
      workbook: sampleWithout('表8 政府性基金'),
      errors: [{ messageId: 'required', severity: 'warning', message: '无数据时也应公开空表并注明' }],
    },
    {
      name: 'only 表3: every other table is named, in table order',
      workbook: ONLY_T3,
      tables: ['T3'],
      errors: [
        { messageId: 'required', severity: 'warning', message: '表1「部门收支总体情况表」' },
        { messageId: 'required', message: '表2' },
        { messageId: 'required', message: '表4' },
        { messageId: 'required', message: '表5' },
        { messageId: 'required', message: '表6' },
        { messageId: 'optional', severity: 'warning', message: '表7' },
        { messageId: 'required', message: '表8' },
        { messageId: 'optional', severity: 'warning', message: '表9' },
        { messageId: 'required', message: '表10「财政拨款“三公”经费支出情况表」' },
      ],
    },
  ],
});
