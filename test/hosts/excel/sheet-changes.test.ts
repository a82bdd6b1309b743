import { MARK_FILL } from '../../../src/hosts/mark-style';
import { FakeWorkbook, createRuntime } from '../../support/office-fake';
import { CONTRACT_SHEETS } from '../contract/host-contract';
import { excelHostOn, seedsFromContract } from './fixture';

/** Issue 10: what the clerk does to sheets and cells between two runs of the add-in (Excel). */

function book(version: string): FakeWorkbook {
  const b = FakeWorkbook.from(seedsFromContract(CONTRACT_SHEETS));
  b.excelApiVersion = version;
  return b;
}

const cell = (b: FakeWorkbook, sheet: string, row: number, col: number) => b.sheet(sheet)!.get(row, col);
const markAt = (sheet: string, row: number, col: number, note = '合计不等于各项之和') => ({
  sheet,
  range: { top: row, left: col, bottom: row, right: col },
  severity: 'error' as const,
  note,
});

describe.each(['1.18', '1.1'])('Excel (ExcelApi %s): a marked sheet renamed or deleted', (version) => {
  it('follows a renamed sheet by its id: 清除标记 restores its cells, after reopening, and says so', async () => {
    const b = book(version);
    expect((await excelHostOn(b).mark([markAt('表1', 2, 0), markAt('表3', 2, 1)])).ok).toBe(true);
    b.sheet('表1')!.name = '收支总表';

    const reopened = excelHostOn(b);
    const r = await reopened.clearMarks();
    expect(r).toMatchObject({ ok: true, written: 2 });
    expect(r.ok && r.notice).toContain('“表1”已改名为“收支总表”');
    expect(cell(b, '收支总表', 2, 0)!.fill).toBe('#00B0F0');
    expect(cell(b, '表3', 2, 1)?.fill ?? null).toBeNull();
    if (version === '1.18') expect(cell(b, '收支总表', 2, 0)!.note).toBeUndefined();
  });

  it('校验 on a renamed sheet carries the old marks over instead of failing', async () => {
    const b = book(version);
    await excelHostOn(b).mark([markAt('表1', 2, 0)]);
    b.sheet('表1')!.name = '收支总表';
    const host = excelHostOn(b);
    await host.readWorkbook();
    const r = await host.mark([markAt('收支总表', 3, 1)]);
    expect(r.ok).toBe(true);
    // The old mark's cell gets its own fill back; the new one is marked.
    expect(cell(b, '收支总表', 2, 0)!.fill).toBe('#00B0F0');
    expect(cell(b, '收支总表', 3, 1)!.fill).toBe(MARK_FILL.error);
    expect((await host.clearMarks()).ok).toBe(true);
    expect(cell(b, '收支总表', 3, 1)?.fill ?? null).toBeNull();
  });

  it('drops the entries of a deleted sheet with a word; 校验, 清除标记 and 撤销 go on for the others', async () => {
    const b = book(version);
    const host = excelHostOn(b);
    await host.readWorkbook();
    expect((await host.mark([markAt('表1', 2, 0), markAt('表3', 2, 1)])).ok).toBe(true);
    expect(
      (
        await host.applyEdits({
          label: '填充占比',
          edits: [
            { sheet: '表1', row: 2, col: 2, value: 0.9637 },
            { sheet: '表3', row: 2, col: 2, value: 1 },
          ],
        })
      ).ok,
    ).toBe(true);
    b.sheets = b.sheets.filter((s) => s.name !== '表3');

    const again = await host.mark([markAt("表1", 2, 0)]);
    expect(again.ok).toBe(true);
    expect(again.ok && again.notice).toContain('找不到工作表“表3”');

    const cleared = await excelHostOn(b).clearMarks();
    expect(cleared).toMatchObject({ ok: true, written: 1 });
    expect(cell(b, '表1', 2, 0)!.fill).toBe('#00B0F0');

    const undo = await excelHostOn(b).undoLast();
    expect(undo.ok).toBe(true);
    expect(b.shown('表1', 2, 2)).toBeNull();
  });

  it('clears marks when every marked sheet is gone, and forgets them', async () => {
    const b = book(version);
    await excelHostOn(b).mark([markAt('表3', 2, 1)]);
    b.sheets = b.sheets.filter((s) => s.name !== '表3');
    const host = excelHostOn(b);
    const r = await host.clearMarks();
    expect(r).toMatchObject({ ok: true, written: 0 });
    expect(r.ok && r.notice).toContain('表3');
    // Said once: the journal no longer names the sheet.
    const twice = await host.clearMarks();
    expect(twice).toEqual({ ok: true, written: 0 });
  });

  it('does not take a new sheet with the old name for the deleted one', async () => {
    const b = book(version);
    await excelHostOn(b).mark([markAt('表3', 2, 1)]);
    b.sheets = b.sheets.filter((s) => s.name !== '表3');
    const fresh = b.addSheet('表3');
    fresh.ensure(2, 1).fill = '#123456';
    const r = await excelHostOn(b).clearMarks();
    expect(r.ok).toBe(true);
    expect(cell(b, '表3', 2, 1)!.fill).toBe('#123456');
  });
});

describe('Excel: text written into cells is text', () => {
  it.each(['1.18', '1.1'])('never writes a narrative line as a live formula (ExcelApi %s)', async (version) => {
    const b = book(version);
    const host = excelHostOn(b);
    const lines = ['=HYPERLINK("http://example.com","点此")', '+项目支出', "'引号开头", '-', '－5 万元'];
    expect((await host.writeSheet('情况说明', lines.map((l) => [l]), '生成情况说明')).ok).toBe(true);
    lines.forEach((l, i) => {
      const c = cell(b, '情况说明', i, 0)!;
      expect([l, c.formula]).toEqual([l, undefined]);
      expect(c.value).toBe(l);
    });
    // The add-in still knows these cells as its own: writing again asks nothing, undo restores.
    expect((await host.writeSheet('情况说明', [[lines[0]], ['新的一段']], '生成情况说明')).ok).toBe(true);
    expect(cell(b, '情况说明', 1, 0)!.value).toBe('新的一段');
    expect((await host.undoLast()).ok).toBe(true);
    expect(cell(b, '情况说明', 1, 0)!.value).toBe('+项目支出');
    expect(cell(b, '情况说明', 1, 0)!.formula).toBeUndefined();
  });

  it('keeps numbers in text form for Excel to read as numbers', async () => {
    const b = book('1.18');
    await excelHostOn(b).applyEdits({ label: 'x', edits: [{ sheet: '表1', row: 2, col: 2, value: '-12.5%' }] });
    expect(b.shown('表1', 2, 2)).toBe(-0.125);
  });

  it('gives back text that looked like a formula or a number as that text on undo', async () => {
    const b = FakeWorkbook.from([{ name: 'S', rows: [['x']] }]);
    // The clerk's own text cells (typed with an apostrophe).
    b.sheet('S')!.ensure(0, 0).value = '=不是公式';
    b.sheet('S')!.ensure(0, 1).value = '05';
    const host = excelHostOn(b);
    const edits = [
      { sheet: 'S', row: 0, col: 0, value: 1 },
      { sheet: 'S', row: 0, col: 1, value: 2 },
    ];
    expect((await host.applyEdits({ label: 'x', overwrite: true, edits })).ok).toBe(true);
    expect((await host.undoLast()).ok).toBe(true);
    expect(cell(b, 'S', 0, 0)).toMatchObject({ value: '=不是公式' });
    expect(cell(b, 'S', 0, 0)!.formula).toBeUndefined();
    expect(cell(b, 'S', 0, 1)).toMatchObject({ value: '05' });
  });
});

describe.each(['1.1', '1.3', '1.4', '1.18'])('Excel (ExcelApi %s): the pane and the ribbon share one journal', (version) => {
  it('the pane clears what the ribbon marked, and undoes what the ribbon wrote', async () => {
    const b = book(version);
    const pane = excelHostOn(b);
    const ribbon = excelHostOn(b);
    await pane.readWorkbook();
    expect((await pane.applyEdits({ label: '填充占比', edits: [{ sheet: '表1', row: 2, col: 2, value: 0.5 }] })).ok).toBe(true);
    expect((await ribbon.mark([markAt('表1', 2, 0)])).ok).toBe(true);
    expect((await ribbon.applyEdits({ label: '生成', edits: [{ sheet: '表3', row: 2, col: 2, value: '说明' }] })).ok).toBe(true);

    const cleared = await pane.clearMarks();
    expect(cleared).toMatchObject({ ok: true, written: 1 });
    expect(cell(b, '表1', 2, 0)!.fill).toBe('#00B0F0');

    expect(pane.undoHistory().map((e) => e.label)).toEqual(['生成', '填充占比']);
    expect((await pane.undoLast()).ok).toBe(true);
    expect(b.shown('表3', 2, 2)).toBeNull();
    // The ribbon sees the pane's undo and clear: nothing of the pane's is lost by the ribbon's next save.
    expect((await ribbon.undoLast()).ok).toBe(true);
    expect(b.shown('表1', 2, 2)).toBeNull();
    expect(ribbon.undoHistory()).toEqual([]);
    const third = excelHostOn(b);
    await third.readWorkbook();
    expect(third.undoHistory()).toEqual([]);
  });
});

it('the fake gives each runtime its own copy of document settings until refreshAsync', async () => {
  const b = book('1.1');
  const one = createRuntime(b);
  const two = createRuntime(b);
  one.documentSettings.set('k', 1);
  await new Promise<void>((r) => one.documentSettings.saveAsync(() => r()));
  expect(two.documentSettings.get('k')).toBeNull();
  await new Promise<void>((r) => two.documentSettings.refreshAsync(() => r()));
  expect(two.documentSettings.get('k')).toBe(1);
});
