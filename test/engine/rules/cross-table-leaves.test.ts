import { analyzeWorkbook } from '../../../src/engine';
import { workbook } from '../../support/workbooks';

/** 表5 with 类/款/项 rows against a 表7 that lists only its projects (no 类 or 款 subtotal rows). */
const book = (project2: string) =>
  workbook(`
    @sheet 表5
    表5
    一般公共预算支出情况表
    编制部门：示例局\t\t\t\t\t\t单位：万元
    功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
    类\t款\t项
    "220"\t\t\t自然资源海洋气象等支出\t85\t\t85
    "220"\t"01"\t\t自然资源事务\t85\t\t85
    "220"\t"01"\t"02"\t一般行政管理事务\t85\t\t85
    \t\t\t合计\t85\t\t85
    @sheet 表7
    表7
    一般公共预算项目支出情况表
    编制部门：示例局\t\t\t\t\t\t单位：万元
    科目编码\t\t\t科目名称\t项目名称\t项目支出合计\t商品和服务支出
    类\t款\t项
    "220"\t"01"\t"02"\t一般行政管理事务\t卫片执法专项经费\t30\t30
    "220"\t"01"\t"02"\t一般行政管理事务\t国土变更调查项目经费\t${project2}\t${project2}
    \t\t\t\t合计\t85\t85
  `);

const crossFindings = (project2: string) =>
  analyzeWorkbook(book(project2)).findings.filter((f) => f.ruleId === 'cross-table/t5-t7-project');

test('类 and 款 of 表5 compare with the projects of 表7 when 表7 prints no subtotal rows', () => {
  expect(crossFindings('55')).toEqual([]);
});

test('a wrong project amount shows at 类, 款 and 项, each naming the project cells', () => {
  const found = crossFindings('50');
  expect(found.map((f) => f.difference!.toFixed(2))).toEqual(['5.00', '5.00', '5.00']);
  expect(found.every((f) => f.sides[1].cells.length === 2)).toBe(true);
});
