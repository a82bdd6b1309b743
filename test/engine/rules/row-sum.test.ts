import { rowSum } from '../../../src/engine/rules/row-sum';
import { regionGrid } from '../../support/region-examples';
import { ruleTester } from '../../support/rule-tester';
import { withCell } from '../../support/workbooks';

/** 长春 预算表1: 本年预算 | 编制预算 | 上年结转 on each side; 一、财政拨款收入's 编制预算 (C5) set to `value`. */
const changchunT1 = (value: number) => withCell(regionGrid('changchun'), '收支总表（预算表1）', 4, 2, value);

/**
 * 表3 (⇥ is a TAB) with one 220 01 01 项 row whose 合计 / 基本支出 / 项目支出 are `row`; its 类, 款
 * and the 合计 row repeat it, so only the row under test can be wrong.
 */
const t3 = (row: string, o: { unit?: string; note?: string } = {}) => `
  @sheet 表3
  表3
  部门支出总体情况表
  编制部门：示例局⇥⇥⇥⇥⇥⇥单位：${o.unit ?? '万元'}
  项    目⇥⇥⇥⇥支出预算
  功能分类科目编码⇥⇥⇥功能分类科目名称⇥合  计⇥基本支出⇥项目支出
  类⇥款⇥项
  "220"⇥⇥⇥自然资源海洋气象等支出⇥${row}
  "220"⇥"01"⇥⇥自然资源事务⇥${row}
  "220"⇥"01"⇥"01"⇥行政运行⇥${row}
  ⇥⇥⇥合  计⇥${row}
  ${o.note ?? ''}
`;

/** 表2's first columns: 总计 = 财政拨款小计 + …; 小计 = 一般公共预算 + 上级转移支付 + …. */
const t2 = (row: string) => `
  @sheet 表2
  @merge A4:C4 D4:D5 E4:E5 F4:H4 I4:I5
  表2
  部门收入总体情况表
  编制部门：示例局⇥⇥⇥⇥⇥⇥⇥⇥单位：万元
  功能分类科目编码⇥⇥⇥功能分类科目名称⇥总  计⇥财  政  拨  款  (  补  助  )⇥⇥⇥单位资金
  类⇥款⇥项⇥⇥⇥财政拨款(补助)小计⇥一般公共预算⇥上级一般公共预算安排的转移支付
  "220"⇥"01"⇥"06"⇥自然资源利用与保护⇥${row}
  ⇥⇥⇥合  计⇥${row}
`;

/** 表7 with one project row; its 经济分类 columns are more than four, so they are named together. */
const t7 = (row: string) => `
  @sheet 表7
  表7
  一般公共预算项目支出情况表
  编制部门：示例局⇥⇥⇥⇥⇥⇥⇥⇥⇥⇥单位：万元
  科 目 编 码⇥⇥⇥科目名称⇥项目名称⇥项目支出合计⇥工资福利支出⇥商品和服务支出⇥对个人和家庭的补助⇥资本性支出⇥其他支出
  类⇥款⇥项
  "220"⇥"01"⇥"04"⇥自然资源规划及管理⇥国土空间规划编制经费⇥${row}
  ⇥⇥⇥⇥合 计⇥${row}
`;

/**
 * 表3 with 事业单位经营支出 beside 基本支出 and 项目支出: `total` is each line's 合计 for lines of 基本 60, 项目 30 and
 * 经营 10 — 100 where the template adds 经营 into the 合计 (杭州), 90 where it sits inside the others (深圳).
 */
const t3Uses = (total: string, first = total) => `
  @sheet 表3
  表3 支出总表
  编制部门：示例局⇥⇥⇥⇥⇥⇥单位：万元
  功能分类科目编码⇥功能分类科目名称⇥合计⇥基本支出⇥项目支出⇥事业单位经营支出⇥上缴上级支出
  ⇥合计⇥${first}⇥60⇥30⇥10⇥0
  "205"⇥教育支出⇥${total}⇥60⇥30⇥10⇥0
`;

/** 表2 that prints 单位资金 only as the sources it has (重庆: 事业收入 | 事业单位经营收入 | 其他收入), and no 单位资金 column. */
const t2Sources = (total: string) => `
  @sheet 表2
  表二 部门收入总体情况表
  编制部门：示例局⇥⇥⇥⇥⇥⇥⇥单位：万元
  科目编码⇥科目名称⇥合计⇥一般公共预算⇥政府性基金预算⇥事业收入⇥事业单位经营收入⇥其他收入
  ⇥合计⇥${total}⇥50⇥20⇥15⇥10⇥5
`;

/** 杭州's 表2: 上年结转结余 (小计 | 一般公共预算 | 单位资金) beside 本年收入, its parts named as this year's are. */
const t2Carry = (carry: string) => `
  @sheet 表2
  @merge C3:D3 E3:G3
  表2：2026年市级部门收入预算总表
  部门名称：示例局⇥⇥⇥⇥⇥⇥单位：万元
  单位名称⇥总计⇥本年收入⇥⇥上年结转结余
  单位名称⇥总计⇥小计⇥一般公共预算⇥小计⇥一般公共预算⇥单位资金
  合计⇥110⇥100⇥100⇥${carry}⇥8⇥2
`;

ruleTester.run(rowSum, {
  valid: [
    { name: '长春 表1/表4: 本年预算 = 编制预算 + 上年结转 on every line', workbook: regionGrid('changchun') },
    { name: '合计 = 基本支出 + 项目支出, with one part blank', workbook: t3('835.54⇥835.54⇥'), tables: ['T3'] },
    { name: 'text amounts with U+3000 and spaces, - for zero', workbook: t3('"835.54\\u3000"⇥"    526.37"⇥"309.17\\u3000"') },
    { name: 'a row with nothing in it', workbook: t3('"\\u3000"⇥⇥-') },
    { name: 'a 元 table, to the 元', workbook: t3('8355400⇥5263700⇥3091700', { unit: '元' }) },
    { name: '0.004万元 off in a 万元 table', workbook: t3('835.544⇥526.37⇥309.17') },
    { name: 'a #REF! part is left to bad-cell, not echoed as a wrong sum', workbook: t3('835.54⇥#REF!⇥309.17') },
    { name: '表2 总计 = 小计 + 单位资金; 小计 = 一般公共预算 + 上级转移支付', workbook: t2('445.29⇥167⇥15⇥152⇥278.29'), tables: ['T2'] },
    { name: '表7 项目支出合计 = Σ 经济分类 columns', workbook: t7('664⇥⇥600⇥⇥64⇥'), tables: ['T7'] },
    { name: '表2 上年结转结余 = its 一般公共预算 + 单位资金, under its own group (杭州)', workbook: t2Carry('10'), tables: ['T2'] },
    { name: '表2 总计 = 财政拨款 + 单位资金, each as the sources printed (重庆)', workbook: t2Sources('100'), tables: ['T2'] },
    { name: '表3 合计 = 基本 + 项目 + 事业单位经营支出 (杭州)', workbook: t3Uses('100'), tables: ['T3'] },
    { name: '表3 合计 = 基本 + 项目, 事业单位经营支出 inside them (深圳)', workbook: t3Uses('90'), tables: ['T3'] },
  ],
  invalid: [
    {
      name: '长春 表1: 一、财政拨款收入 编制预算 1680 beside 本年预算 1682.76 and 上年结转 0',
      workbook: changchunT1(1680),
      errors: [{ messageId: 'mismatch', severity: 'error', at: "'收支总表（预算表1）'!B5", sides: ['1682.76', '1680'], difference: '2.76' }],
    },
    {
      name: '表2: 上年结转结余 小计 short of its parts (and so the 总计 of it)',
      workbook: t2Carry('9'),
      errors: [
        { messageId: 'mismatch', at: '表2!B5', sides: ['110', '109'] },
        { messageId: 'mismatch', at: '表2!E5', sides: ['9', '10'] },
      ],
    },
    {
      name: '表2: 总计 short of its sources printed one by one',
      workbook: t2Sources('95'),
      errors: [{ messageId: 'mismatch', at: '表2!C4', sides: ['95', '100'] }],
    },
    {
      name: '表3: a line that breaks the convention its 合计 line follows',
      workbook: t3Uses('90', '100'),
      errors: [{ messageId: 'mismatch', at: '表3!C5', sides: ['90', '100'] }],
    },
    {
      name: '合计 against 基本支出 + 项目支出, on every row that repeats it',
      workbook: t3('835.54⇥526.37⇥300'),
      errors: ['E7', 'E8', 'E9', 'E10'].map((cell) => ({
        messageId: 'mismatch',
        severity: 'error' as const,
        at: `表3!${cell}`,
        sides: ['835.54', '826.37'],
        difference: '9.17',
        rounding: false,
      })),
    },
    {
      name: 'a 1元 difference in a 元 table',
      workbook: t3('8355401⇥5263700⇥3091700', { unit: '元' }),
      errors: Array.from({ length: 4 }, () => ({ messageId: 'mismatch', severity: 'error' as const, difference: '1', message: '相差1元' })),
    },
    {
      name: '0.01万元 is reported, flagged as possible rounding',
      workbook: t3('835.55⇥526.37⇥309.17'),
      errors: Array.from({ length: 4 }, () => ({ messageId: 'mismatch', severity: 'error' as const, difference: '0.01', rounding: true })),
    },
    {
      name: 'the same 0.01万元 is a warning where the workbook states rounding differences',
      workbook: t3('835.55⇥526.37⇥309.17', { note: '注：因四舍五入产生的0.01万元以内差异。' }),
      errors: Array.from({ length: 4 }, () => ({ messageId: 'mismatch', severity: 'warning' as const, rounding: true })),
    },
    {
      name: '表2 小计 against its sources',
      workbook: t2('445.29⇥167⇥15⇥142⇥278.29'),
      errors: [
        { messageId: 'mismatch', at: '表2!F6', sides: ['167', '157'], message: '财政拨款(补助)小计167.00万元，与一般公共预算、上级一般公共预算安排的转移支付之和157.00万元' },
        { messageId: 'mismatch', at: '表2!F7', sides: ['167', '157'] },
      ],
    },
    {
      name: '表7 项目支出合计 against its 经济分类 columns',
      workbook: t7('664⇥⇥600⇥⇥60⇥'),
      errors: [
        { messageId: 'mismatch', at: '表7!F6', sides: ['664', '660'], difference: '4', message: '项目支出合计664.00万元，与各组成列之和660.00万元' },
        { messageId: 'mismatch', at: '表7!F7', sides: ['664', '660'] },
      ],
    },
  ],
});
