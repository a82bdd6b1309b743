import { analyzeWorkbook } from '../../../src/engine';
import { parseRef } from '../../../src/engine/grid/address';
import type { WorkbookGrid } from '../../../src/engine/grid/types';
import { regionGrid } from '../../support/region-examples';

/** The tables regions add beside the national ten, on the real documents that print them. */


/** The workbook with one cell changed ('Sheet!C5'), as a clerk's slip would. */
function withCell(grid: WorkbookGrid, at: string, value: number): WorkbookGrid {
  const i = at.lastIndexOf('!');
  const sheet = grid.sheets.find((s) => s.name === at.slice(0, i));
  if (!sheet) throw new Error(`no sheet ${at}`);
  const ref = parseRef(at.slice(i + 1));
  if (!ref) throw new Error(`bad ref ${at}`);
  const cells = sheet.cells.map((row) => [...(row ?? [])]);
  const r = ref.row - (sheet.originRow ?? 0);
  const c = ref.col - (sheet.originCol ?? 0);
  cells[r][c] = value;
  return { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, cells } : s)) };
}

const onSupplementary = (a: ReturnType<typeof analyzeWorkbook>) => a.findings.filter((f) => f.tables.some((t) => t.startsWith('S-')));

describe('tables regions add', () => {
  test.each([
    ['suzhou', '公开05表 财政拨款支出表（功能科目）', 'S-fiscal-expense'],
    ['suzhou', '公开06表 财政拨款基本支出表（经济科目）', 'S-fiscal-basic'],
    ['suzhou', '公开12表 一般公共预算机关运行经费支出预算表', 'S-operating'],
    ['suzhou-shengtai', '公开13表 政府采购支出表', 'S-procurement'],
    ['chongqing-shuili', '表九 2026年政府采购预算明细表', 'S-procurement'],
    ['shanghai-shangwu', '2026年预算单位财政拨款支出预算表', 'S-fiscal-expense'],
    ['shenzhen', '表8 一般公共预算支出表（按经济分类）', 'S-gpb-economic'],
    ['shenzhen', '表4 基本支出总表', 'S-basic'],
    ['guangzhou', '表11 部门预算基本支出预算表', 'S-basic'],
    ['guangzhou', '表12 部门预算项目支出及其他支出预算表', 'S-project-all'],
    ['changsha', '2025年项目支出绩效目标表', 'S-performance'],
  ])('%s: 「%s」 is recognized as %s', (name, sheet, id) => {
    const a = analyzeWorkbook(regionGrid(name));
    expect(a.tables.filter((t) => t.sheet === sheet).map((t) => t.def.id)).toEqual([id]);
  });

  test.each(['suzhou', 'suzhou-shengtai', 'chongqing-shuili', 'chongqing-xuanchuan', 'shanghai-shangwu'])(
    '%s: what holds in the published tables gives no finding on them',
    (name) => {
      expect(onSupplementary(analyzeWorkbook(regionGrid(name))).map((f) => f.message)).toEqual([]);
    },
  );

  test('a table a region adds is never asked for, and is named by its name, not 表0', () => {
    const a = analyzeWorkbook(regionGrid('shenzhen'));
    expect(a.findings.filter((f) => f.ruleId === 'missing-table' && f.tables.some((t) => t.startsWith('S-')))).toEqual([]);
    const slip = analyzeWorkbook(withCell(regionGrid('suzhou'), '公开12表 一般公共预算机关运行经费支出预算表!C6', 99.7));
    const messages = onSupplementary(slip).map((f) => f.message);
    expect(messages.join('\n')).not.toMatch(/表0/);
  });

  test('机关运行经费: a 款 off its 类 is an error of the table; above 表6 公用经费 a 提示', () => {
    // 30201 办公费 raised 10 above 表6's 公用经费 for 30201: 302 no longer adds up, and 30201 exceeds 表6.
    const grid = regionGrid('suzhou');
    const t6 = analyzeWorkbook(grid).tables.find((t) => t.def.id === 'T6')!;
    const office = t6.blocks[0].rows.find((r) => r.code === '30201')!.amounts.public.value;
    const a = analyzeWorkbook(withCell(grid, '公开12表 一般公共预算机关运行经费支出预算表!C6', office.plus(10).toNumber()));
    const found = onSupplementary(a);
    const hierarchy = found.find((f) => f.ruleId === 'code-hierarchy');
    expect(hierarchy?.severity).toBe('error');
    expect(hierarchy?.message).toContain('机关运行经费表「302 商品和服务支出」');
    const above = found.find((f) => f.ruleId === 'cross-table/s-operating-t6' && f.message.includes('30201'));
    expect(above?.severity).toBe('warning');
    expect(above?.difference?.toString()).toBe('10');
  });

  test('政府采购: 合计 = 货物 + 工程 + 服务, and 总计 = its funding sources', () => {
    // 重庆 水利局 表九: 货物 2703.49 → 2713.49 (C5).
    const a = analyzeWorkbook(withCell(regionGrid('chongqing-shuili'), '表九 2026年政府采购预算明细表!C5', 2713.49));
    const rules = onSupplementary(a).map((f) => `${f.ruleId} ${f.severity}`);
    expect(rules).toEqual(expect.arrayContaining(['item-sum error', 'row-sum error']));
    // 苏州 lists each 单位's 品目 under 货物 and 服务: those are detail lines, not unknown rows.
    const sz = analyzeWorkbook(regionGrid('suzhou-shengtai'));
    expect(sz.findings.filter((f) => f.ruleId === 'unknown-row' && f.tables.includes('S-procurement'))).toEqual([]);
  });

  test('政府采购 as an outline (苏州 公开13表): each 单位 = Σ its 品目, 货物 = Σ its 单位, no line left unrecognized', () => {
    const sheet = '公开13表 政府采购支出表';
    const clean = analyzeWorkbook(regionGrid('suzhou'));
    expect(onSupplementary(clean).filter((f) => f.tables.includes('S-procurement') && f.severity === 'error')).toEqual([]);
    expect(clean.profileChoice.reason).toContain('没有表号不符或未识别的行');
    // A 品目 of 苏州市自然资源和规划局 under 货物: 其他办公用品 3.72 → 4.72 (F9).
    const item = onSupplementary(analyzeWorkbook(withCell(regionGrid('suzhou'), `${sheet}!F9`, 4.72))).filter((f) => f.ruleId === 'code-hierarchy');
    expect(item.map((f) => f.message)).toEqual(['政府采购预算表「苏州市自然资源和规划局」一般公共预算49.99万元，与其下所列各项目之和50.99万元不相等，相差-1.00万元。']);
    // The 单位's line itself (F7 49.99 → 59.99): its 品目 and 货物 both disagree with it.
    const unit = onSupplementary(analyzeWorkbook(withCell(regionGrid('suzhou'), `${sheet}!F7`, 59.99))).filter((f) => f.ruleId === 'code-hierarchy');
    expect(unit.map((f) => f.message)).toEqual([
      expect.stringContaining('「货物」一般公共预算349.62万元，与其下所列各单位之和359.62万元不相等'),
      expect.stringContaining('「苏州市自然资源和规划局」一般公共预算59.99万元，与其下所列各项目之和49.99万元不相等'),
    ]);
  });

  test('财政拨款支出表: 表5 above it by 科目 is an error; 基本支出 = 人员经费 + 公用经费 where printed as parts', () => {
    // 苏州 公开05表 2080505 合计 878.07 → 800.07: 表5 (一般公共预算) now exceeds all 财政拨款 for that 项.
    const grid = regionGrid('suzhou');
    const sheet = grid.sheets.find((s) => s.name === '公开05表 财政拨款支出表（功能科目）')!;
    const r = sheet.cells.findIndex((row) => row?.[0] === '2080505');
    const a = analyzeWorkbook(withCell(grid, `公开05表 财政拨款支出表（功能科目）!C${r + 1 + (sheet.originRow ?? 0)}`, 800.07));
    const ids = onSupplementary(a).map((f) => f.ruleId);
    expect(ids).toContain('cross-table/s-t5-fiscal-expense');
    expect(ids).toContain('row-sum');
  });

  test('一般公共预算支出表（按经济分类）: stands in for 表6, and its totals are 表5\'s', () => {
    const grid = regionGrid('shenzhen');
    const a = analyzeWorkbook(grid);
    expect(a.findings.filter((f) => f.ruleId === 'missing-table' && f.tables.includes('T6'))).toEqual([]);
    expect(onSupplementary(a).filter((f) => f.severity === 'error')).toEqual([]);
    // Its 合计 line (the unit's line, first, no 合计 printed) raised by 100: no longer 表5's 合计.
    const t = a.tables.find((x) => x.def.id === 'S-gpb-economic')!;
    const cell = t.blocks[0].total!.amounts.total;
    const slip = analyzeWorkbook(withCell(grid, `${t.sheet}!D${cell.ref.row + 1}`, cell.value.plus(100).toNumber()));
    const ids = onSupplementary(slip).filter((f) => f.severity === 'error').map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['cross-table/s-gpb-economic-t5', 'row-sum']));
  });

  test('a table by 单位 whose other units are read as lines under the department\'s: no 合计 = Σ units, no unit = Σ lines where a line heads lines of its own', () => {
    const a = analyzeWorkbook(regionGrid('guangzhou'));
    expect(a.findings.filter((f) => f.tables.includes('S-project-all') && f.severity === 'error')).toEqual([]);
  });

  test('深圳 项目支出总表 (表7 of all funds): 总计 = its sources, 财政拨款 and 单位资金 as the sum of theirs where no subtotal is printed', () => {
    const sheet = '表5 项目支出总表';
    const clean = analyzeWorkbook(regionGrid('shenzhen'));
    const t7 = clean.tables.find((t) => t.def.id === 'T7')!.blocks[0];
    expect(t7.unmappedColumns).toEqual([]);
    expect(clean.findings.filter((f) => f.ruleId === 'row-sum' && f.tables.includes('T7'))).toEqual([]);
    // 旅游行业管理's 上年结余、结转 440.22 → 450.22 (L10): its 总计 3705.44 no longer its sources' sum.
    const slip = analyzeWorkbook(withCell(regionGrid('shenzhen'), `${sheet}!L10`, 450.22)).findings.filter((f) => f.ruleId === 'row-sum' && f.tables.includes('T7'));
    expect(slip.map((f) => f.message)).toEqual(['表7「旅游行业管理」行：项目支出合计3705.44万元，与财政拨款、财政专户、单位资金、上年结余结转之和3715.44万元不相等，相差-10.00万元。']);
  });

  test('广州 表12 by 单位 and 项目: each unit line heads the projects indented under it; 合计 = Σ units, each unit = Σ its projects', () => {
    const sheet = '表12 部门预算项目支出及其他支出预算表';
    const a = analyzeWorkbook(regionGrid('guangzhou-minzheng'));
    const body = a.tables.find((t) => t.def.id === 'S-project-all')!.blocks[0];
    const units = body.rows.filter((r) => r.unitRow);
    expect(units).toHaveLength(19);
    expect(units.slice(0, 2).map((r) => r.name)).toEqual(['广州市民政局', '广州市东升医院']);
    // A project named like a 类 (医疗卫生支出), indented under its unit, is one of its lines.
    expect(body.rows.filter((r) => r.code)).toEqual([]);
    expect(body.rows.filter((r) => !r.unitRow && r.kind === 'other' && r.underUnit === undefined)).toEqual([]);
    expect(onSupplementary(a).filter((f) => f.tables.includes('S-project-all') && f.severity === 'error')).toEqual([]);
    // 广州市东升医院's line (B43 17896.79 → 17996.79): its projects and the 合计 both disagree with it.
    const slip = onSupplementary(analyzeWorkbook(withCell(regionGrid('guangzhou-minzheng'), `${sheet}!B43`, 17996.79))).filter((f) => f.severity === 'error');
    expect(slip.map((f) => f.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('「广州市东升医院」总计17996.79万元，与其下所列各项目之和17896.78万元不相等'),
        expect.stringContaining('合计行总计131495.88万元，与各单位之和131595.90万元不相等'),
      ]),
    );
  });
});
