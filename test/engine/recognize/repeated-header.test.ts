import { analyzeWorkbook } from '../../../src/engine';
import { workbook } from '../../support/workbooks';

/** 深圳 表5 as transcribed: the table runs onto a second page, which prints the header again among the rows. */
const continued = (repeat: string) =>
  workbook(`
    @sheet 表3
    表3
    部门支出总表
    编制部门：示例局\t\t\t\t单位：万元
    科目编码\t科目名称\t合计\t基本支出\t项目支出
    "205"\t教育支出\t30\t10\t20
    "20501"\t教育管理事务\t30\t10\t20
    ${repeat}
    "2050101"\t行政运行\t10\t10\t
    "2050199"\t其他教育管理事务支出\t20\t\t20
    \t合计\t30\t10\t20
  `);

test('the header printed again on the next page is not a body row: no text-in-amount error, the rows after it are read', () => {
  const a = analyzeWorkbook(continued('科目编码\t科目名称\t合计\t基本支出\t项目支出'));
  const t3 = a.tables.find((t) => t.def.id === 'T3')!;
  expect(t3.blocks[0].rows.map((r) => r.code ?? r.kind)).toEqual(['205', '20501', '2050101', '2050199', 'total']);
  expect(a.findings.filter((f) => f.ruleId === 'bad-cell' || f.ruleId === 'unknown-row').map((f) => f.message)).toEqual([]);
});

test('a row with a word that is not the header’s is still read as a row', () => {
  const a = analyzeWorkbook(continued('\t说明\t合计\t基本支出\t项目支出'));
  expect(a.findings.some((f) => f.ruleId === 'bad-cell' || f.ruleId === 'unknown-row')).toBe(true);
});
