import { emptyTableNote } from '../../../src/engine/rules/empty-table-note';
import { ruleTester } from '../../support/rule-tester';

/** A 合计/基本支出/项目支出 table (表3, 表5, 表8, 表9 share the layout) with the given body and note. */
const table = (number: number, title: string, body: string, note = '') => `
  @sheet 表${number}
  表${number}
  ${title}
  编制部门：示例局⇥⇥⇥⇥⇥⇥单位：万元
  项目⇥⇥⇥⇥${title.replace('情况表', '')}
  功能分类科目编码⇥⇥⇥功能分类科目名称⇥合计⇥基本支出⇥项目支出
  类⇥款⇥项
  ${body.trim()}
  ${note}
`;

const EMPTY_BODY = `
  ⇥⇥⇥⇥"\\u3000"⇥"\\u3000"⇥"\\u3000"
  ⇥⇥⇥⇥⇥⇥
  ⇥⇥⇥合计⇥"\\u3000"⇥-⇥
`;
const FUND_BODY = `
  "212"⇥⇥⇥城乡社区支出⇥20⇥⇥20
  "212"⇥"08"⇥⇥国有土地使用权出让收入安排的支出⇥20⇥⇥20
  "212"⇥"08"⇥"04"⇥农村基础设施建设支出⇥20⇥⇥20
  ⇥⇥⇥合计⇥20⇥⇥20
`;
const T8 = '政府性基金预算支出情况表';
const T9 = '国有资本经营预算支出情况表';

ruleTester.run(emptyTableNote, {
  valid: [
    {
      name: 'an empty 表8 with the 为空表 note under it',
      workbook: table(8, T8, EMPTY_BODY, '我单位没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。'),
      tables: ['T8'],
    },
    {
      name: 'an empty 表9 whose note says 没有…支出 without the word 空表',
      workbook: table(9, T9, EMPTY_BODY, '注：本单位2023年没有使用国有资本经营预算拨款安排的支出。'),
      tables: ['T9'],
    },
    {
      name: 'an empty 表8 noted as 深圳 and 广州 write it: 本表本年无发生额',
      workbook: table(8, T8, EMPTY_BODY, '注：本表本年无发生额。'),
      tables: ['T8'],
    },
    { name: 'a 表8 with data and no note', workbook: table(8, T8, FUND_BODY) },
    { name: 'a 表8 with data and an ordinary note', workbook: table(8, T8, FUND_BODY, '注：本表反映政府性基金预算当年拨款。') },
  ],
  invalid: [
    {
      name: 'an empty 表8 (U+3000 and - in its cells) without a note',
      workbook: table(8, T8, EMPTY_BODY),
      errors: [{ messageId: 'missingNote', severity: 'warning', at: '表8!A2', message: '本单位没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表' }],
    },
    {
      name: 'an empty 表9 followed only by a note about something else',
      workbook: table(9, T9, EMPTY_BODY, '注：金额单位为万元。'),
      errors: [{ messageId: 'missingNote', severity: 'warning', message: '国有资本经营预算拨款' }],
    },
    {
      name: 'a 表8 with data whose note still says 为空表',
      workbook: table(8, T8, FUND_BODY, '我单位没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。'),
      errors: [{ messageId: 'noteOnData', severity: 'error', at: '表8!A11', message: '有数据' }],
    },
    {
      name: 'an empty 表3, whose emptiness needs a look but names no fund',
      workbook: table(3, '部门支出总体情况表', EMPTY_BODY),
      errors: [{ messageId: 'missingNote', severity: 'warning', message: '该类资金' }],
    },
  ],
});
