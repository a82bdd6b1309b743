import { badCell } from '../../../src/engine/rules/bad-cell';
import { t3Under20805 } from '../../support/rule-fixtures';
import { ruleTester } from '../../support/rule-tester';

const t3 = (unit: string, rows: string) => t3Under20805(rows, unit);

ruleTester.run(badCell, {
  valid: [
    {
      name: 'dirty cells a clerk means as numbers: U+3000, spaces, text numbers, blanks, - and —',
      workbook: t3('万元', `
        "208"⇥"05"⇥"01"⇥行政单位离退休⇥"3.9\\u3000"⇥"\\u3000   3.9"⇥-
        "208"⇥"05"⇥"05"⇥机关事业单位基本养老保险⇥"    110.81"⇥110.81⇥—
        "208"⇥"05"⇥"06"⇥机关事业单位职业年金缴费支出⇥55.40⇥"55.40"⇥"\\u3000"
      `),
      tables: ['T3'],
    },
    {
      name: 'thousands separators in a 元 table',
      workbook: t3('元', `
        "208"⇥"05"⇥"01"⇥行政单位离退休⇥"1,701,100"⇥"1,701,100"⇥
      `),
    },
    {
      // Issue 10: spaces inside a number are thousands grouping only (grid/amount.ts), like commas.
      name: 'thousands grouped by spaces in a 元 table: ordinary, no-break and thin spaces',
      workbook: t3('元', `
        "208"⇥"05"⇥"01"⇥行政单位离退休⇥"1 701 100"⇥"1\\u00a0701\\u00a0100"⇥"1\\u2009701"
      `),
    },
    {
      name: 'words outside the amount columns: names, a note under the table',
      workbook: `${t3('万元', '"208"⇥"05"⇥"01"⇥行政单位离退休（含退休人员）⇥170.11⇥170.11⇥')}
        注：本表金额为预算数，无数据的单元格为零。
      `,
    },
  ],
  invalid: [
    {
      name: '#REF! where an amount belongs',
      workbook: t3('万元', `
        "208"⇥"05"⇥"01"⇥行政单位离退休⇥#REF!⇥170.11⇥
      `),
      // No amount side: a #REF! has no amount, and “= 0.00” would mislead.
      errors: [{ messageId: 'error', severity: 'error', at: '表3!E8', sides: [], message: '#REF!' }],
    },
    {
      name: 'words where an amount belongs, and an error value from a formula',
      workbook: t3('万元', `
        "208"⇥"05"⇥"01"⇥行政单位离退休⇥待定⇥=E9/0→#DIV/0!⇥
        "208"⇥"05"⇥"05"⇥机关事业单位基本养老保险⇥170.11⇥170.11⇥见附表
      `),
      errors: [
        { messageId: 'text', at: '表3!E8', message: '“待定”' },
        { messageId: 'error', at: '表3!F8', message: '#DIV/0!' },
        { messageId: 'text', at: '表3!G9', message: '“见附表”' },
      ],
    },
    {
      name: 'a number with a stray letter in a 元 table is words, not a guess',
      workbook: t3('元', `
        "208"⇥"05"⇥"01"⇥行政单位离退休⇥"1701l00"⇥1701100⇥
      `),
      errors: [{ messageId: 'text', at: '表3!E8' }],
    },
    {
      // Issue 10: "12 34" became 1234 silently; a space splitting digits that is not grouping is a typing slip.
      name: 'digits split by a space that is not thousands grouping are words, not a number',
      workbook: t3('万元', `
        "208"⇥"05"⇥"01"⇥行政单位离退休⇥"12 34"⇥1234⇥"1 2345"
      `),
      errors: [
        { messageId: 'text', at: '表3!E8', message: '“12 34”' },
        { messageId: 'text', at: '表3!G8', message: '“1 2345”' },
      ],
    },
    {
      name: 'an error value in the 合计 row of 三公 is found too',
      workbook: `
        @sheet 三公
        财政拨款“三公”经费支出情况表
        编制部门：示例局⇥⇥⇥⇥单位：万元
        三公支出内容⇥合计⇥一般公共预算⇥政府性基金⇥国有资本经营预算
        合计⇥#VALUE!⇥1
        公务接待费⇥1⇥1
      `,
      tables: ['T10'],
      errors: [{ messageId: 'error', at: '三公!B4', message: '表10「合计」合计（三公!B4）是错误值 #VALUE!' }],
    },
  ],
});
