import { formatRange, formatRef } from '../../../src/engine/grid/address';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize';
import { NATIONAL_2023 } from '../../../src/engine/tables/national';
import { sampleGrid } from '../../support/workbooks';

const recognition = recognizeWorkbook(sampleGrid(), NATIONAL_2023);
const table = (id: string) => {
  const t = recognition.tables.find((x) => x.def.id === id);
  if (!t) throw new Error(`${id} not recognized`);
  return t;
};

describe('recognition of the seed 004 sample workbook', () => {
  test('finds all ten tables by title, each on its own sheet, with unit and department', () => {
    expect(recognition.tables.map((t) => t.def.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10']);
    for (const t of recognition.tables) {
      expect(t.foundBy).toBe('title');
      expect(t.unit).toBe('万元');
      expect(t.department).toBe('昌吉州自然资源局');
    }
    expect(new Set(recognition.tables.map((t) => t.sheet)).size).toBe(10);
    expect(recognition.issues).toEqual([]);
  });

  test('maps every column of 表2 to its role, across the merged two-row header', () => {
    const cols = table('T2').blocks[0].columns.map((c) => c.role);
    expect(cols).toEqual([
      'total', 'fiscal', 'gpb', 'gpbTransfer', 'fund', 'fundTransfer', 'soe', 'soeTransfer',
      'specialAccount', 'unitFunds', 'fiscalCarryover', 'nonFiscalCarryover',
    ]);
    expect(table('T2').blocks[0].missingColumns).toEqual([]);
  });

  test('reads 类/款/项 codes from three columns, and the amounts with their cells', () => {
    const rows = table('T3').blocks[0].rows;
    const r = rows.find((x) => x.code === '2080501')!;
    expect(r.kind).toBe('xiang');
    expect(r.name).toBe('行政单位离退休');
    expect(r.amounts.total.value.toString()).toBe('3.9');
    expect(rows.filter((x) => x.kind === 'class').map((x) => x.code)).toEqual(['208', '210', '220', '221', '224', '229']);
    expect(table('T3').blocks[0].total!.amounts.total.value.toFixed(2)).toBe('6128.18');
  });

  test('表1 and 表4 are read as two blocks side by side', () => {
    const [income, expense] = table('T1').blocks;
    const gpb = income.rows.find((r) => r.role === 'gpb')!;
    expect(gpb.amounts.amount.value.toFixed(2)).toBe('4698.73');
    // the second 一般公共预算拨款 line sits under 财政拨款结转
    expect(income.rows.find((r) => r.role === 'carryGpb')!.amounts.amount.value.toFixed(2)).toBe('314.19');
    expect(income.rows.find((r) => r.role === 'carryUnit')!.amounts.amount.value.toFixed(2)).toBe('935.26');
    expect(expense.rows.find((r) => r.code === '220')!.amounts.amount.value.toFixed(2)).toBe('4035.71');
    expect(income.total!.amounts.amount.value.toFixed(2)).toBe('6128.18');
    expect(expense.total!.amounts.amount.value.toFixed(2)).toBe('6128.18');
    const [, t4exp] = table('T4').blocks;
    expect(t4exp.columns.map((c) => c.role)).toEqual(['total', 'gpb', 'fund', 'soe']);
  });

  test('表7 projects sit under their 项 code; 表10 reads its 合计 row first', () => {
    const projects = table('T7').blocks[0].rows.filter((r) => r.kind === 'project');
    expect(projects).toHaveLength(10);
    expect(projects.map((p) => p.project)).toContain('国土空间规划编制经费');
    const t10 = table('T10').blocks[0];
    expect(t10.total!.amounts.total.value.toFixed(2)).toBe('14.74');
    expect(t10.rows.filter((r) => r.kind === 'item').map((r) => r.role)).toEqual(['abroad', 'reception', 'vehicle', 'vehiclePurchase', 'vehicleOperation']);
  });

  test('the 为空表 notes under 表8 and 表9 are kept with the table', () => {
    expect(table('T8').notes.map((n) => n.text).join()).toContain('政府性基金预算支出情况表为空表');
    expect(table('T9').notes.map((n) => n.text).join()).toContain('国有资本经营预算支出情况表为空表');
  });

  test('every amount keeps its sheet and cell', () => {
    const t6 = table('T6');
    const reception = t6.blocks[0].rows.find((r) => r.code === '30217')!;
    expect(formatRef(reception.amounts.total.ref)).toMatch(/!\w+\d+$/);
    expect(reception.amounts.total.ref.sheet).toBe(t6.sheet);
    expect(formatRange(t6.sheet, t6.range)).toContain(t6.sheet);
    expect(t6.range.left).toBeGreaterThan(0);
  });
});
