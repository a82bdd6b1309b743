import { analyzeWorkbook } from '../../../src/engine';
import { generateNarrative } from '../../../src/engine/narrative';
import { departmentInNote } from '../../../src/engine/recognize/preamble';
import { workbook } from '../../support/workbooks';

/** Issue 13: the department and year of a 决算 read from the line over its tables, or from an empty table's note. */

const J1 = (line: string, note = '') => `
  @sheet 收入支出决算总表
  收入支出决算总表
  ${line}\t\t\t单位：万元
  收入\t收入\t支出\t支出
  项目\t决算数\t项目\t决算数
  一、财政拨款收入\t100.00\t一、一般公共服务支出\t100.00
  本年收入合计\t100.00\t本年支出合计\t100.00
  年初结转和结余\t0.00\t年末结转和结余\t0.00
  总计\t100.00\t总计\t100.00
  ${note}
`;

describe('the department’s line over the 决算 tables', () => {
  it('gives the department and the year, and is not taken for a header row', () => {
    const a = analyzeWorkbook(workbook(J1('中共上海市普陀区委社会工作部 2024 年度部门决算表')));
    const t = a.tables.find((x) => x.def.id === 'J1')!;
    expect(t.department).toBe('中共上海市普陀区委社会工作部');
    expect(t.year).toBe(2024);
    expect(t.headerRows.top).toBe(2);
    expect(t.unitRef).toMatchObject({ row: 1, col: 3 });
    const doc = generateNarrative(a);
    expect(doc.title).toBe('第三部分  中共上海市普陀区委社会工作部2024年度部门决算情况说明');
  });

  it('reads a part title naming the department', () => {
    const a = analyzeWorkbook(workbook(J1('第二部分 上海市普陀区财政局2024年度部门决算表')));
    expect(a.tables.find((x) => x.def.id === 'J1')!.department).toBe('上海市普陀区财政局');
  });

  it('without the line, takes the department an empty table’s note names, and asks for the 决算年度', () => {
    const a = analyzeWorkbook(workbook(J1('', '注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。')));
    const doc = generateNarrative(a);
    expect(doc.title).toContain('上海市普陀区财政局');
    expect(doc.title).toContain('【待填写：决算年度】');
  });
});

describe('departmentInNote', () => {
  it.each([
    ['注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。', '上海市普陀区财政局'],
    ['注：上海市普陀区财政局2024年度无国有资本经营预算财政拨款收入和支出。', '上海市普陀区财政局'],
    ['注：本部门无政府性基金预算财政拨款支出。', undefined],
    ['注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。', undefined],
  ])('%s → %p', (text, dept) => {
    expect(departmentInNote(text)).toBe(dept);
  });
});
