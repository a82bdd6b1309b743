import { codeHierarchy } from '../../../src/engine/rules/code-hierarchy';
import { ruleTester } from '../../support/rule-tester';

/**
 * 表3 with 类 208, 款 208 05 and three 项 (⇥ is a TAB). Amounts are 合计 = 基本支出, 项目支出 blank;
 * `kuan` and `total` are the 款 and 合计 row amounts, `items` the three 项 amounts.
 */
const t3 = (o: { unit?: string; cls?: string; kuan?: string; items?: string[]; total?: string }) => {
  const [a, b, c] = o.items ?? ['3.9', '110.81', '55.40'];
  const kuan = o.kuan ?? '170.11';
  return `
    @sheet 表3
    表3
    部门支出总体情况表
    编制部门：示例局⇥⇥⇥⇥⇥⇥单位：${o.unit ?? '万元'}
    功能分类科目编码⇥⇥⇥功能分类科目名称⇥合计⇥基本支出⇥项目支出
    类⇥款⇥项
    "208"⇥⇥⇥社会保障和就业支出⇥${o.cls ?? kuan}⇥${o.cls ?? kuan}⇥"\\u3000"
    "208"⇥"05"⇥⇥行政事业单位养老支出⇥${kuan}⇥${kuan}⇥"\\u3000"
    "208"⇥"05"⇥"01"⇥行政单位离退休⇥${a}⇥${a}⇥
    "208"⇥"05"⇥"05"⇥机关事业单位基本养老保险⇥${b}⇥${b}⇥
    "208"⇥"05"⇥"06"⇥机关事业单位职业年金缴费支出⇥${c}⇥${c}⇥
    ⇥⇥⇥合计⇥${o.total ?? o.cls ?? kuan}⇥${o.total ?? o.cls ?? kuan}⇥
  `;
};

/** 表6 with 类 301 and 302 and their 款 (codes typed as numbers, as clerks do); 合计 is 489.26 = 488.52 + 0.74. */
const t6 = (wages: string) => `
  @sheet 表6
  表6
  一般公共预算基本支出情况表
  编制部门：示例局⇥⇥⇥⇥单位：万元
  经济分类科目编码⇥⇥经济分类科目名称⇥合计⇥人员经费⇥公用经费
  类⇥款
  301⇥⇥工资福利支出⇥${wages}⇥${wages}⇥
  301⇥1⇥基本工资⇥311.55⇥311.55⇥
  301⇥2⇥津贴补贴⇥"\\u3000   176.97"⇥"\\u3000   176.97"⇥
  302⇥⇥商品和服务支出⇥0.74⇥⇥0.74
  302⇥17⇥公务接待费⇥0.74⇥⇥0.74
  ⇥⇥合计⇥=D6+D9→489.26⇥488.52⇥0.74
`;

ruleTester.run(codeHierarchy, {
  valid: [
    { name: '类 = Σ款 = Σ项 and 合计 = Σ类, with U+3000 in blank cells', workbook: t3({}), tables: ['T3'] },
    {
      name: 'numbers stored as text with spaces add up like numbers',
      workbook: t3({ items: ['"3.9\\u3000"', '"    110.81"', '"\\u3000 55.40"'] }),
    },
    {
      name: 'a 元 table adds up to the 元',
      workbook: t3({ unit: '元', kuan: '1701100', items: ['39000', '1108100', '554000'] }),
    },
    {
      name: '0.004万元 between a 款 and its 项 is within a 万元 table\'s last digit',
      workbook: t3({ kuan: '170.114' }),
    },
    { name: '表6 经济分类 类 = Σ款, codes typed as numbers', workbook: t6('488.52'), tables: ['T6'] },
  ],
  invalid: [
    {
      name: '款 170.10 against 项 adding to 170.11, in every column it fills (seed 004\'s 表2 slip)',
      workbook: t3({ kuan: '170.10', cls: '170.11' }),
      errors: [
        { messageId: 'parent', severity: 'error', at: '表3!E7', sides: ['170.10', '170.11'], difference: '-0.01', rounding: true },
        { messageId: 'parent', severity: 'error', at: '表3!F7', sides: ['170.10', '170.11'], difference: '-0.01', rounding: true },
      ],
    },
    {
      name: 'a 1元 difference in a 元 table',
      workbook: t3({ unit: '元', kuan: '1701100', items: ['39000', '1108100', '554001'] }),
      errors: [
        { messageId: 'parent', at: '表3!E7', sides: ['1701100', '1701101'], difference: '-1', message: '相差-1元' },
        { messageId: 'parent', at: '表3!F7', sides: ['1701100', '1701101'], difference: '-1' },
      ],
    },
    {
      name: 'a 类 that does not match its 款 (the 款 matching its 项)',
      workbook: t3({ cls: '180.11' }),
      errors: [
        { messageId: 'parent', at: '表3!E6', sides: ['180.11', '170.11'], difference: '10', rounding: false, message: '其下各款之和' },
        { messageId: 'parent', at: '表3!F6', sides: ['180.11', '170.11'] },
      ],
    },
    {
      name: '合计 against Σ类',
      workbook: t3({ total: '171.11' }),
      errors: [
        { messageId: 'total', at: '表3!E11', sides: ['171.11', '170.11'], difference: '1', message: '各类之和' },
        { messageId: 'total', at: '表3!F11', sides: ['171.11', '170.11'] },
      ],
    },
    {
      // The 合计 row agrees with the 款 rows, so only the wrong 类 row is reported, not the 合计 it throws off.
      name: '表6 类 301 against its 款',
      workbook: t6('488.62'),
      errors: [
        { messageId: 'parent', at: '表6!D6', sides: ['488.62', '488.52'], difference: '0.1', message: '表6「301 工资福利支出」合计' },
        { messageId: 'parent', at: '表6!E6', sides: ['488.62', '488.52'], message: '人员经费' },
      ],
    },
  ],
});
