import { economicSplit } from '../../../src/engine/rules/economic-split';
import { ruleTester } from '../../support/rule-tester';

/**
 * 表6 with 301, 302, 303 (and optionally 310) 类 rows and one 款 each (⇥ is a TAB). `total` is the
 * 合计 row as written: 合计 ⇥ 人员经费 ⇥ 公用经费.
 */
const t6 = (o: { unit?: string; total: string; wages?: string; goods?: string; family?: string; capital?: string }) => {
  const wages = o.wages ?? '1023.67';
  const goods = o.goods ?? '116.57';
  const family = o.family ?? '34.69';
  const capital = o.capital ? `\n310⇥⇥资本性支出⇥${o.capital}⇥⇥${o.capital}\n310⇥2⇥办公设备购置⇥${o.capital}⇥⇥${o.capital}` : '';
  return `
    @sheet 表6
    @start B2
    表6
    一般公共预算基本支出情况表
    编制部门：示例局⇥⇥⇥"          "⇥"  单位：${o.unit ?? '万元'}"
    经济分类科目编码⇥⇥经济分类科目名称⇥合计⇥人员经费⇥公用经费
    类⇥款
    "301"⇥⇥工资福利支出⇥${wages}⇥${wages}⇥"\\u3000"
    "301"⇥"01"⇥基本工资⇥${wages}⇥${wages}⇥"\\u3000"
    "302"⇥⇥商品和服务支出⇥${goods}⇥"\\u3000"⇥${goods}
    "302"⇥"01"⇥办公费⇥${goods}⇥⇥${goods}
    "303"⇥⇥对个人和家庭的补助⇥${family}⇥${family}⇥
    "303"⇥"01"⇥离休费⇥${family}⇥${family}⇥${capital}
    ⇥⇥合计⇥${o.total}
  `;
};

ruleTester.run(economicSplit, {
  valid: [
    { name: '人员经费 = 301 + 303, 公用经费 = 302', workbook: t6({ total: '1174.93⇥1058.36⇥116.57' }), tables: ['T6'] },
    {
      name: '公用经费 also counts 310 where it appears',
      workbook: t6({ total: '1179.93⇥1058.36⇥121.57', capital: '5' }),
    },
    {
      name: 'amounts as text with U+3000 and spaces',
      workbook: t6({ total: '"1174.93\\u3000"⇥"    1058.36"⇥"116.57\\u3000"', wages: '"1023.67\\u3000"' }),
    },
    {
      name: 'a 元 table, exact',
      workbook: t6({ unit: '元', total: '11749300⇥10583600⇥1165700', wages: '10236700', goods: '1165700', family: '346900' }),
    },
    {
      name: '0.004万元 off in a 万元 table',
      workbook: t6({ total: '1174.934⇥1058.364⇥116.57' }),
    },
  ],
  invalid: [
    {
      name: '303 counted as 公用经费: both totals are wrong',
      workbook: t6({ total: '1174.93⇥1023.67⇥151.26' }),
      errors: [
        { messageId: 'mismatch', severity: 'warning', at: '表6!F13', sides: ['1023.67', '1058.36'], difference: '-34.69', rounding: false },
        { messageId: 'mismatch', severity: 'warning', at: '表6!G13', sides: ['151.26', '116.57'], difference: '34.69' },
      ],
    },
    {
      name: 'a 1元 difference in a 元 table',
      workbook: t6({ unit: '元', total: '11749300⇥10583601⇥1165700', wages: '10236700', goods: '1165700', family: '346900' }),
      errors: [{ messageId: 'mismatch', sides: ['10583601', '10583600'], difference: '1', message: '相差1元' }],
    },
    {
      name: '0.01万元 is reported and named as possible rounding',
      workbook: t6({ total: '1174.93⇥1058.36⇥116.58' }),
      errors: [{ messageId: 'mismatch', difference: '0.01', rounding: true, message: '四舍五入' }],
    },
  ],
});
