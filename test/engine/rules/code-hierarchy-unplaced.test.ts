import { analyzeWorkbook } from '../../../src/engine';
import { workbook } from '../../support/workbooks';

/** 表3 with two columns its definition does not name: 上年结转 (an amount, adds up by 科目) and 增减% (a rate, does not). */
const t3 = (carry: [number, number, number], rate: [number, number, number]) =>
  workbook(`
    @sheet 表3
    表3
    部门支出总表
    编制部门：示例局\t\t\t\t\t\t单位：万元
    科目编码\t科目名称\t合计\t基本支出\t项目支出\t上年结转\t增减%
    "205"\t教育支出\t30\t10\t20\t${carry[0]}\t${rate[0]}
    "20501"\t教育管理事务\t30\t10\t20\t${carry[1]}\t${rate[1]}
    "2050101"\t行政运行\t30\t10\t20\t${carry[2]}\t${rate[2]}
    \t合计\t30\t10\t20\t${carry[0]}\t${rate[0]}
  `);

const hierarchy = (a: ReturnType<typeof analyzeWorkbook>) => a.findings.filter((f) => f.ruleId === 'code-hierarchy');

test('类 = Σ款 is checked in an amount column the definition does not name, and named by its header', () => {
  const a = analyzeWorkbook(t3([5, 4, 4], [1, 1, 1]));
  expect(hierarchy(a).map((f) => f.message)).toEqual([expect.stringContaining('表3「205 教育支出」“上年结转”列5.00万元，与其下各款之和4.00万元不相等')]);
});

test('a rate column is not added up by 科目', () => {
  expect(hierarchy(analyzeWorkbook(t3([4, 4, 4], [12.5, 3, 7])))).toEqual([]);
});
