import { analyzeWorkbook } from '../../../src/engine';
import { workbook } from '../../support/workbooks';

/** 上海 财政局 as transcribed: the 编制单位 name spread over four cells, 单位：元 at the right end of the line. */
test('a 编制单位 line whose name is spread over cells is the title block, and its 单位：元 is the table’s unit', () => {
  const a = analyzeWorkbook(
    workbook(`
      @sheet 表3
      2026年预算单位支出预算总表
      编制单位：上海市财务\t会计综合管理事务中\t心（上海市财政科学研究\t所）\t单位：元
      科目编码\t科目名称\t合计\t基本支出\t项目支出
      "205"\t教育支出\t300000\t100000\t200000
      "20501"\t教育管理事务\t300000\t100000\t200000
      "2050101"\t行政运行\t300000\t100000\t200000
      \t合计\t300000\t100000\t200000
    `),
  );
  const t3 = a.tables.find((t) => t.def.id === 'T3')!;
  expect(t3.unit).toBe('元');
  expect(t3.headerRows.top).toBe(2);
  expect(t3.department).toContain('上海市财务');
});
