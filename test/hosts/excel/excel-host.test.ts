import { createExcelHost } from '../../../src/hosts/excel/excel-host';
import { JOURNAL_SETTING_KEY } from '../../../src/hosts/excel/journal-store';
import { MAX_SHEET_CELLS } from '../../../src/hosts/excel/read-workbook';
import { REQUIREMENT_MESSAGES, checkRequirements } from '../../../src/hosts/excel/requirements';
import { MARK_FILL } from '../../../src/hosts/mark-style';
import { FakeWorkbook, installOfficeGlobals, type SeedSheet } from '../../support/office-fake';
import { CONTRACT_SHEETS, cellOf } from '../contract/host-contract';
import { excelHostOn, seedsFromContract } from './fixture';

function book(seeds: SeedSheet[] = seedsFromContract(CONTRACT_SHEETS), version = '1.18'): FakeWorkbook {
  const b = FakeWorkbook.from(seeds);
  b.excelApiVersion = version;
  return b;
}

/** Syncs one call takes. */
async function syncsOf<T>(b: FakeWorkbook, f: () => Promise<T>): Promise<{ syncs: number; result: T }> {
  const before = b.syncCount;
  const result = await f();
  return { syncs: b.syncCount - before, result };
}

function manySheets(n: number): SeedSheet[] {
  return Array.from({ length: n }, (_, i) => ({ name: `表${i + 1}`, rows: [['标题', i], ['合计', i * 10]] }));
}

describe('Excel host round trips', () => {
  it('reads 1 sheet and 40 sheets in the same number of syncs, at most 3', async () => {
    const one = book(manySheets(1));
    const forty = book(manySheets(40));
    const a = await syncsOf(one, () => excelHostOn(one).readWorkbook());
    const b = await syncsOf(forty, () => excelHostOn(forty).readWorkbook());
    expect(a.result.sheets).toHaveLength(1);
    expect(b.result.sheets).toHaveLength(40);
    expect(cellOf(b.result, '表40', 1, 1)).toBe(390);
    expect(b.syncs).toBe(a.syncs);
    expect(a.syncs).toBeLessThanOrEqual(3);
  });

  it.each(['1.18', '1.1'])('writes each batch in at most 2 syncs, 3 before ExcelApi 1.7 (ExcelApi %s)', async (version) => {
    const b = book(undefined, version);
    const host = excelHostOn(b);
    await host.readWorkbook();
    const counts: Record<string, number> = {};
    const step = async (name: string, f: () => Promise<{ ok: boolean }>) => {
      const { syncs, result } = await syncsOf(b, f);
      expect(result.ok).toBe(true);
      counts[name] = syncs;
    };
    await step('applyEdits', () => host.applyEdits({ label: 'a', edits: [{ sheet: '表1', row: 2, col: 2, value: 1 }] }));
    await step('mark', () => host.mark([{ sheet: '表1', range: { top: 2, left: 0, bottom: 3, right: 1 }, severity: 'error', note: 'n' }]));
    await step('mark again', () => host.mark([{ sheet: '表1', range: { top: 4, left: 1, bottom: 4, right: 1 }, severity: 'warning', note: 'm' }]));
    await step('clearMarks', () => host.clearMarks());
    await step('writeSheet (new)', () => host.writeSheet('情况说明', [['一'], ['二']], '生成情况说明'));
    await step('writeSheet (replace)', () => host.writeSheet('情况说明', [['一'], ['三']], '生成情况说明'));
    await step('undoLast', () => host.undoLast());
    // Before ExcelApi 1.7 one more: where the bindings that follow the journal's cells are now (binding-anchors.ts).
    const most = version === '1.1' ? 3 : 2;
    for (const [name, n] of Object.entries(counts)) expect([name, n <= most]).toEqual([name, true]);
  });

  it('reads the journal again when another runtime changed it, and still restores exactly', async () => {
    const b = book();
    const pane = excelHostOn(b);
    const ribbon = excelHostOn(b);
    await pane.readWorkbook();
    expect((await ribbon.mark([{ sheet: '表1', range: { top: 2, left: 0, bottom: 2, right: 0 }, severity: 'error', note: '错' }])).ok).toBe(true);
    expect(b.sheet('表1')!.get(2, 0)!.fill).toBe(MARK_FILL.error);
    const { syncs, result } = await syncsOf(b, () => pane.clearMarks());
    expect(result.ok).toBe(true);
    expect(syncs).toBe(3);
    expect(b.sheet('表1')!.get(2, 0)!.fill).toBe('#00B0F0');
  });
});

describe('Excel host reading', () => {
  it('tells Excel errors from the same text typed into a cell', async () => {
    const b = book([{ name: 'S', rows: [[{ formula: '=1/0' }, 'x'], [{ formula: '=SUM(A3:B3)' }], [1.5, 2]] }]);
    b.sheet('S')!.get(0, 1)!.value = '#REF!';
    const grid = await excelHostOn(b).readWorkbook();
    expect(cellOf(grid, 'S', 0, 0)).toEqual({ error: '#DIV/0!' });
    expect(cellOf(grid, 'S', 0, 1)).toBe('#REF!');
    expect(cellOf(grid, 'S', 1, 0)).toBe(3.5);
  });

  it('places the grid at the used range and reports merges and protection where Excel can', async () => {
    const seeds: SeedSheet[] = [{ name: 'S', origin: 'B3', rows: [['表2 部门收入总体情况表', null], ['科目', '金额']], merges: ['B3:C3'], protected: true }];
    const full = await excelHostOn(book(seeds, '1.18')).readWorkbook();
    expect(full.sheets[0]).toMatchObject({ originRow: 2, originCol: 1, protected: true });
    expect(full.sheets[0].merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 2 }]);
    expect(cellOf(full, 'S', 3, 2)).toBe('金额');

    const old = await excelHostOn(book(seeds, '1.1')).readWorkbook();
    expect(old.sheets[0].merges).toBeUndefined();
    expect(old.sheets[0].protected).toBeUndefined();
    expect(cellOf(old, 'S', 2, 1)).toBe('表2 部门收入总体情况表');
  });

  it('skips a sheet whose used range is too large, with a message, and reads the others', async () => {
    const b = book([
      { name: '表1', rows: [['部门收支总体情况表']] },
      { name: '底稿', rows: [['x']] },
    ]);
    b.sheet('底稿')!.ensure(999, 299).value = 1;
    const grid = await excelHostOn(b).readWorkbook();
    expect(grid.sheets.map((s) => s.name)).toEqual(['表1']);
    expect(grid.skipped).toEqual([
      { sheet: '底稿', reason: 'too-large', cells: 300_000, message: expect.stringContaining('底稿') },
    ]);
    expect(grid.skipped![0].message).toContain(String(MAX_SHEET_CELLS));
    expect(b.valueLoads.some((a) => a.startsWith('底稿'))).toBe(false);
  });
});

describe('Excel host writing', () => {
  it('gives a formula back as a formula on undo', async () => {
    const b = book([{ name: 'S', rows: [[1, 2, { formula: '=A1+B1' }]] }]);
    const host = excelHostOn(b);
    expect(await host.applyEdits({ label: 'x', edits: [{ sheet: 'S', row: 0, col: 2, value: 9 }] })).toMatchObject({ ok: false, reason: 'conflict' });
    expect((await host.applyEdits({ label: 'x', overwrite: true, edits: [{ sheet: 'S', row: 0, col: 2, value: 9 }] })).ok).toBe(true);
    expect(b.shown('S', 0, 2)).toBe(9);
    expect((await host.undoLast()).ok).toBe(true);
    expect(b.sheet('S')!.get(0, 2)!.formula).toBe('=A1+B1');
    expect(b.shown('S', 0, 2)).toBe(3);
  });

  it('replaces a 情况说明 sheet it did not know about, and one that vanished since it looked', async () => {
    const b = book([...seedsFromContract(CONTRACT_SHEETS), { name: '情况说明', rows: [['旧标题']] }]);
    const fresh = excelHostOn(b);
    const r = await fresh.writeSheet('情况说明', [['新标题']], '生成情况说明', { overwrite: true });
    expect(r.ok).toBe(true);
    expect(b.shown('情况说明', 0, 0)).toBe('新标题');

    b.sheets = b.sheets.filter((s) => s.name !== '情况说明');
    expect((await fresh.writeSheet('情况说明', [['再写']], '生成情况说明')).ok).toBe(true);
    expect(b.shown('情况说明', 0, 0)).toBe('再写');
  });

  it('reports a sheet that no longer exists without writing', async () => {
    const b = book();
    const r = await excelHostOn(b).applyEdits({
      label: 'x',
      edits: [
        { sheet: '表1', row: 2, col: 2, value: 1 },
        { sheet: '已删除', row: 0, col: 0, value: 1 },
      ],
    });
    expect(r).toMatchObject({ ok: false, reason: 'failed' });
    expect(b.shown('表1', 2, 2)).toBeNull();
  });

  it('keeps the journal in workbook settings with ExcelApi 1.4, in document settings before it', async () => {
    const modern = book(undefined, '1.4');
    await excelHostOn(modern).applyEdits({ label: 'x', edits: [{ sheet: '表1', row: 2, col: 2, value: 1 }] });
    expect(modern.settings.has(JOURNAL_SETTING_KEY)).toBe(true);
    expect(modern.documentSettings.size).toBe(0);

    const old = book(undefined, '1.3');
    await excelHostOn(old).applyEdits({ label: 'x', edits: [{ sheet: '表1', row: 2, col: 2, value: 1 }] });
    expect(old.settings.size).toBe(0);
    expect(old.documentSettings.has(JOURNAL_SETTING_KEY)).toBe(true);
  });

  it('says which sheet is protected when Excel reports protection up front', async () => {
    const b = book();
    b.sheet('表3')!.protected = true;
    const r = await excelHostOn(b).applyEdits({ label: 'x', edits: [{ sheet: '表3', row: 2, col: 2, value: 1 }] });
    expect(r.ok === false && r.message).toContain('表3');
  });
});

describe('Excel host notes (ExcelApi 1.18)', () => {
  const seeds = (): SeedSheet[] => [{ name: 'S', rows: [[1, 2, 3]], notes: { B1: '会计的备注' } }];
  const markAll = { sheet: 'S', range: { top: 0, left: 0, bottom: 0, right: 0 }, severity: 'error' as const, note: '合计不符' };
  const markB = { sheet: 'S', range: { top: 0, left: 1, bottom: 0, right: 1 }, severity: 'warning' as const, note: '请说明' };

  it('notes the first cell of a mark, never touches the clerk’s note, and removes its own on clear', async () => {
    const b = book(seeds());
    const host = excelHostOn(b);
    expect((await host.mark([markAll, markB])).ok).toBe(true);
    expect(b.sheet('S')!.get(0, 0)!.note).toBe('合计不符');
    expect(b.sheet('S')!.get(0, 1)!.note).toBe('会计的备注');
    expect((await host.clearMarks()).ok).toBe(true);
    expect(b.sheet('S')!.get(0, 0)?.note).toBeUndefined();
    expect(b.sheet('S')!.get(0, 1)!.note).toBe('会计的备注');
  });

  it('leaves its note alone once the clerk has rewritten it', async () => {
    const b = book(seeds());
    const host = excelHostOn(b);
    await host.mark([markAll]);
    b.sheet('S')!.get(0, 0)!.note = '已核实，无误';
    expect((await host.clearMarks()).ok).toBe(true);
    expect(b.sheet('S')!.get(0, 0)!.note).toBe('已核实，无误');
    expect(b.sheet('S')!.get(0, 0)!.fill).toBeNull();
  });

  it('only colours cells where Excel has no notes', async () => {
    const b = book(seeds(), '1.17');
    const host = excelHostOn(b);
    expect((await host.mark([markAll])).ok).toBe(true);
    expect(b.sheet('S')!.get(0, 0)!.fill).toBe(MARK_FILL.error);
    expect(b.sheet('S')!.get(0, 0)!.note).toBeUndefined();
  });

  it('tells a white fill from no fill when Excel reports fill patterns', async () => {
    const b = book([{ name: 'S', rows: [[1]], fills: { A1: '#FFFFFF' } }], '1.9');
    const host = excelHostOn(b);
    await host.mark([{ ...markAll, sheet: 'S' }]);
    await host.clearMarks();
    expect(b.sheet('S')!.get(0, 0)!.fill).toBe('#FFFFFF');
  });
});

describe('Excel requirements and globals', () => {
  it('checks ExcelApi 1.1 and says what to do when it is missing', () => {
    const b = book(undefined, '1.1');
    expect(excelHostOn(b).checkRequirements()).toEqual({ ok: true });
    b.excelApiVersion = '1.0';
    expect(excelHostOn(b).checkRequirements()).toEqual({ ok: false, message: REQUIREMENT_MESSAGES.tooOld });
    expect(checkRequirements(undefined)).toEqual({ ok: false, message: REQUIREMENT_MESSAGES.notExcel });
    expect(REQUIREMENT_MESSAGES.tooOld).toMatch(/Excel 2016/);
  });

  it('works from the Office.js globals when given nothing', async () => {
    const b = book();
    const { uninstall } = installOfficeGlobals(b);
    try {
      expect(checkRequirements()).toEqual({ ok: true });
      const host = createExcelHost();
      const grid = await host.readWorkbook();
      expect(cellOf(grid, '表1', 2, 1)).toBe(4698.73);
      await host.select('表3', { top: 2, left: 1, bottom: 2, right: 1 });
      expect(b.activeSheet).toBe('表3');
      await expect(host.select('不存在', { top: 0, left: 0, bottom: 0, right: 0 })).rejects.toThrow('不存在');
    } finally {
      uninstall();
    }
  });
});
