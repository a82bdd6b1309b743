import { detailDepth } from '../../../src/engine/rules/detail-depth';
import { ruleTester } from '../../support/rule-tester';

/** 表3 with the given body rows (⇥ is a TAB), codes in 类/款/项 columns. */
const t3 = (rows: string) => `
  @sheet 表3
  表3
  部门支出总体情况表
  编制部门：示例局⇥⇥⇥⇥⇥⇥单位：万元
  功能分类科目编码⇥⇥⇥功能分类科目名称⇥合计⇥基本支出⇥项目支出
  类⇥款⇥项
  ${rows.trim()}
  ⇥⇥⇥合计⇥229.59⇥229.59⇥
`;

/** 表6 with the given body rows, 经济分类 类/款. */
const t6 = (rows: string) => `
  @sheet 表6
  表6
  一般公共预算基本支出情况表
  编制部门：示例局⇥⇥⇥⇥单位：万元
  经济分类科目编码⇥⇥经济分类科目名称⇥合计⇥人员经费⇥公用经费
  类⇥款
  ${rows.trim()}
  ⇥⇥合计⇥34.69⇥34.69⇥
`;

const T3_TO_XIANG = `
  "208"⇥⇥⇥社会保障和就业支出⇥170.11⇥170.11⇥
  "208"⇥"05"⇥⇥行政事业单位养老支出⇥170.11⇥170.11⇥
  "208"⇥"05"⇥"05"⇥机关事业单位基本养老保险⇥170.11⇥170.11⇥
  "210"⇥⇥⇥卫生健康支出⇥59.48⇥59.48⇥
  "210"⇥"11"⇥⇥行政事业单位医疗⇥59.48⇥59.48⇥
  "210"⇥"11"⇥"01"⇥行政单位医疗⇥59.48⇥59.48⇥
`.trim();

ruleTester.run(detailDepth, {
  valid: [
    { name: '表3 功能分类 down to 项 everywhere', workbook: t3(T3_TO_XIANG), tables: ['T3'] },
    {
      name: 'a 类 row with nothing in it needs no 项 (blank and U+3000 cells)',
      workbook: t3(`${T3_TO_XIANG}
        "229"⇥⇥⇥其他支出⇥"\\u3000"⇥⇥
      `),
    },
    {
      name: '表6 经济分类 down to 款 (codes typed as numbers)',
      workbook: t6(`
        303⇥⇥对个人和家庭的补助⇥34.69⇥34.69⇥
        303⇥1⇥离休费⇥3.9⇥3.9⇥
        303⇥5⇥生活补助⇥30.79⇥30.79⇥
      `),
      tables: ['T6'],
    },
    {
      name: '表1 lists 支出 by 类 only, as it should',
      workbook: `
        @sheet 表1
        部门收支总体情况表
        单位：万元
        收入⇥⇥支出
        项目⇥预算数⇥功能分类⇥预算数
        一、本年收入⇥229.59⇥208 社会保障和就业支出⇥170.11
        ⇥⇥210 卫生健康支出⇥59.48
        收入总计⇥229.59⇥支出总计⇥229.59
      `,
      tables: ['T1'],
    },
  ],
  invalid: [
    {
      name: 'a 款 with an amount and no 项 under it',
      workbook: t3(`
        "208"⇥⇥⇥社会保障和就业支出⇥170.11⇥170.11⇥
        "208"⇥"05"⇥⇥行政事业单位养老支出⇥170.11⇥170.11⇥
        "210"⇥⇥⇥卫生健康支出⇥59.48⇥59.48⇥
        "210"⇥"11"⇥⇥行政事业单位医疗⇥59.48⇥59.48⇥
        "210"⇥"11"⇥"01"⇥行政单位医疗⇥59.48⇥59.48⇥
      `),
      errors: [{ messageId: 'shallow', severity: 'warning', at: '表3!D7', message: '表3「20805 行政事业单位养老支出」没有细化到项级科目' }],
    },
    {
      name: 'a 类 stated as text with spaces, nothing under it',
      workbook: t3(`${T3_TO_XIANG}
        "229"⇥⇥⇥其他支出⇥"    14.09"⇥"14.09\\u3000"⇥
      `),
      errors: [{ messageId: 'shallow', at: '表3!D12', message: '229 其他支出' }],
    },
    {
      name: '表6 类 without its 款',
      workbook: t6(`
        303⇥⇥对个人和家庭的补助⇥34.69⇥34.69⇥
      `),
      errors: [{ messageId: 'shallow', at: '表6!C6', message: '没有细化到款级科目' }],
    },
  ],
});
