import { HOST_MESSAGES } from '../../../src/hosts/messages';
import { JOURNAL_SHEET_NAME } from '../../../src/hosts/wps/journal-store';
import { WpsHost } from '../../../src/hosts/wps/wps-host';
import { XL_SHEET_VERY_HIDDEN } from '../../../src/hosts/wps/wps-types';
import { createFakeEt, type FakeWorksheet } from '../../support/wps-fake';
import { makeWpsContractFixture } from '../../support/wps-fake/contract-fixture';
import { describeHostContract } from '../contract/host-contract';

describeHostContract('WPS', makeWpsContractFixture);

const AT = new Date('2024-03-01T08:00:00Z');

function setup() {
  const { app, book } = createFakeEt();
  const t1 = book.sheet('表1');
  const t2 = book.sheet('表2');
  const host = new WpsHost(app, { now: () => AT });
  return { app, book, t1, t2, host };
}

/** Every cell's record on a sheet, for "restored exactly" comparisons. */
function contents(ws: FakeWorksheet) {
  return ws.store.snapshot();
}

const BGR_ERROR = 0xcec7ff; // #FFC7CE as ET stores it: blue in the high byte, red in the low byte.
const BGR_WARNING = 0x9cebff; // #FFEB9C

describe('WpsHost.readWorkbook', () => {
  it('returns each sheet from its used range, 0-based origin, empty cells as null', async () => {
    const { t1, t2, host } = setup();
    t1.setRows('B3', [
      ['表1', null, null],
      ['项目', '预算数', '上年数'],
      ['一般公共预算拨款收入', 4878.73, '　   176.97'],
    ]);
    t2.set('A1', '部门收入总体情况表');
    const read = await host.readWorkbook();
    expect(read.name).toBe('部门预算公开.xlsx');
    expect(read.sheets.map((s) => s.name)).toEqual(['表1', '表2']);
    expect(read.sheets[0]).toMatchObject({
      originRow: 2,
      originCol: 1,
      protected: false,
      cells: [
        ['表1', null, null],
        ['项目', '预算数', '上年数'],
        ['一般公共预算拨款收入', 4878.73, '　   176.97'],
      ],
    });
    // A one-cell used range: Value2 is a scalar, not an array.
    expect(read.sheets[1]).toMatchObject({ originRow: 0, originCol: 0, cells: [['部门收入总体情况表']] });
    expect(read.skipped).toBeUndefined();
  });

  it('reads an empty sheet as no cells', async () => {
    const { host } = setup();
    const read = await host.readWorkbook();
    expect(read.sheets.map((s) => s.cells)).toEqual([[], []]);
  });

  it.each([null, ''])('treats %p from Value2 as an empty cell too', async (empty) => {
    const { app, t1, host } = setup();
    app.emptyValue = empty;
    t1.setRows('A1', [['合计', null, 3]]);
    expect((await host.readWorkbook()).sheets[0].cells).toEqual([['合计', null, 3]]);
  });

  it('turns error codes into errors, confirmed by the cell text, and keeps a real number that equals one', async () => {
    const { t1, host } = setup();
    t1.setRows('A1', [['合计', 1, -2146826265]]);
    t1.setError('B1', '#REF!', '=表2!Z99');
    t1.setError('D1', '#DIV/0!', '=1/0');
    const cells = (await host.readWorkbook()).sheets[0].cells;
    expect(cells).toEqual([['合计', { error: '#REF!' }, -2146826265, { error: '#DIV/0!' }]]);
  });

  it('reads the shown result of formulas, merged areas and protection', async () => {
    const { t1, host } = setup();
    t1.setRows('A1', [['表1 部门收支总体情况表', null, null], ['收入', null, '支出'], ['合计', 30, null]]);
    t1.setFormula('C3', '=B3', 30);
    t1.merge('A1:C1').merge('A2:B2');
    t1.protect();
    const sheet = (await host.readWorkbook()).sheets[0];
    expect(sheet.cells[2]).toEqual(['合计', 30, 30]);
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 1, right: 1 },
    ]);
    expect(sheet.protected).toBe(true);
  });

  it('reads each sheet with one Value2 call', async () => {
    const { app, t1, t2, host } = setup();
    t1.setRows('A1', [[1, 2], [3, 4]]);
    t2.setRows('C5', [['x', 'y', 'z']]);
    app.stats.value2Reads = 0;
    await host.readWorkbook();
    expect(app.stats.value2Reads).toBe(2);
  });

  it('skips a sheet whose used range is too large, saying so, and never lists its own journal sheet', async () => {
    const { app, t1, t2 } = setup();
    const host = new WpsHost(app, { maxSheetCells: 10, now: () => AT });
    t1.setRows('A1', [[1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6]]);
    t2.set('A1', 'x');
    await host.applyEdits({ label: '填充', edits: [{ sheet: '表2', row: 0, col: 1, value: 'y' }] });
    const read = await host.readWorkbook();
    expect(read.sheets.map((s) => s.name)).toEqual(['表2']);
    expect(read.skipped).toEqual([{ sheet: '表1', reason: 'too-large', cells: 12, message: HOST_MESSAGES.sheetTooLarge('表1', 12, 10) }]);
  });
});

describe('WpsHost writes', () => {
  it('writes a batch and keeps the journal in a very hidden sheet, leaving the clerk on their sheet', async () => {
    const { book, t1, t2, host } = setup();
    t2.Activate();
    const result = await host.applyEdits({
      label: '填充占比',
      edits: [
        { sheet: '表1', row: 4, col: 3, value: '45.47%' },
        { sheet: '表1', row: 4, col: 4, value: '主要原因是：退休人员增加。' },
        { sheet: '表1', row: 4, col: 5, value: 12.5 },
      ],
    });
    expect(result).toEqual({ ok: true, written: 3 });
    expect([t1.shown('D5'), t1.shown('E5'), t1.shown('F5')]).toEqual([0.4547, '主要原因是：退休人员增加。', 12.5]);
    const journal = book.sheetList.find((s) => s.Name === JOURNAL_SHEET_NAME)!;
    expect(journal.Visible).toBe(XL_SHEET_VERY_HIDDEN);
    expect(book.ActiveSheet).toBe(t2);
    expect(host.undoHistory()).toEqual([{ id: 'b1', label: '填充占比', at: AT.toISOString(), cells: 3 }]);
  });

  it('keeps text that starts like a formula as text', async () => {
    const { t1, host } = setup();
    await host.applyEdits({ label: '说明', edits: [{ sheet: '表1', row: 0, col: 0, value: '=不是公式' }] });
    expect(t1.cell(0, 0)).toMatchObject({ value: '=不是公式' });
    expect(t1.cell(0, 0)?.formula).toBeUndefined();
  });

  it('refuses to overwrite a cell the clerk filled, unless told to', async () => {
    const { t1, host } = setup();
    t1.set('C3', '手填的原因');
    const before = contents(t1);
    const edits = [
      { sheet: '表1', row: 2, col: 1, value: 1 },
      { sheet: '表1', row: 2, col: 2, value: '生成的原因' },
    ];
    const refused = await host.applyEdits({ label: '填充', edits });
    expect(refused).toMatchObject({
      ok: false,
      reason: 'conflict',
      conflicts: [{ ref: { sheet: '表1', row: 2, col: 2 }, current: '手填的原因', wanted: '生成的原因' }],
    });
    expect(contents(t1)).toEqual(before);
    expect(await host.applyEdits({ label: '填充', edits, overwrite: true })).toEqual({ ok: true, written: 2 });
    expect(t1.shown('C3')).toBe('生成的原因');
  });

  it('rewrites its own cells without asking', async () => {
    const { t1, host } = setup();
    await host.applyEdits({ label: '填充', edits: [{ sheet: '表1', row: 0, col: 0, value: '12.5%' }] });
    expect(await host.applyEdits({ label: '填充', edits: [{ sheet: '表1', row: 0, col: 0, value: '13%' }] })).toEqual({ ok: true, written: 1 });
    expect(t1.shown('A1')).toBe(0.13);
  });

  it('refuses a protected sheet before writing anything', async () => {
    const { t1, t2, host } = setup();
    t2.protect();
    const result = await host.applyEdits({
      label: '填充',
      edits: [
        { sheet: '表1', row: 0, col: 0, value: 1 },
        { sheet: '表2', row: 0, col: 0, value: 2 },
      ],
    });
    expect(result).toEqual({ ok: false, reason: 'protected', message: HOST_MESSAGES.protectedSheet('表2') });
    expect(t1.cell(0, 0)).toBeUndefined();
  });

  it('answers a batch naming a missing sheet without writing', async () => {
    const { t1, host } = setup();
    const result = await host.applyEdits({
      label: '填充',
      edits: [
        { sheet: '表1', row: 0, col: 0, value: 1 },
        { sheet: '表9', row: 0, col: 0, value: 2 },
      ],
    });
    expect(result).toEqual({ ok: false, reason: 'failed', message: HOST_MESSAGES.sheetMissing() });
    expect(t1.cell(0, 0)).toBeUndefined();
  });
});

/** A sheet with one cell of every kind of content a restore must get exactly right. */
function seedEveryKind(ws: FakeWorksheet): void {
  ws.set('A1', 'text').set('B1', 4878.73).set('C1', '05').set('D1', true).set('E1', '2023-01-05');
  ws.setFormula('F1', '=SUM(B1:B1)', 4878.73);
  ws.setError('G1', '#N/A');
  ws.set('H1', "'引号开头");
  ws.setFill('A1:I1', 0x00ff00);
}

const EVERY_KIND_EDITS = 'ABCDEFGHI'.split('').map((_, col) => ({ sheet: '表1', row: 0, col, value: `新${col}` }));

describe('rollback after a mid-batch throw', () => {
  it('puts every cell back exactly: text, number, text digits, boolean, date text, formula, error, apostrophe text, blank', async () => {
    const { app, t1, host } = setup();
    seedEveryKind(t1);
    const before = contents(t1);
    let writes = 0;
    app.failWrite = (w) => (w.kind === 'value' && ++writes === 7 ? new Error('WPS 内部错误') : undefined);
    const result = await host.applyEdits({ label: '填充', edits: EVERY_KIND_EDITS, overwrite: true });
    expect(result).toEqual({ ok: false, reason: 'failed', message: HOST_MESSAGES.failedRolledBack('WPS 内部错误') });
    app.failWrite = undefined;
    expect(contents(t1)).toEqual(before);
    expect(host.undoHistory()).toEqual([]);
  });

  it('reports protection, rolled back, when a sheet it had not written yet refuses', async () => {
    const { app, t1, t2, host } = setup();
    seedEveryKind(t1);
    const before = contents(t1);
    // ET found no protection when asked, but the write is refused as protected (e.g. protected meanwhile).
    app.failWrite = (w) => {
      if (w.kind !== 'value' || w.sheet !== '表2') return undefined;
      t2.protect();
      return new Error('您试图更改的单元格或图表受保护，因而是只读的。');
    };
    const edits = [...EVERY_KIND_EDITS, { sheet: '表2', row: 0, col: 0, value: 1 }];
    expect(await host.applyEdits({ label: '填充', edits, overwrite: true })).toEqual({
      ok: false,
      reason: 'protected',
      message: HOST_MESSAGES.protectedRolledBack(),
    });
    expect(contents(t1)).toEqual(before);
  });

  it('says it could not roll back when putting a cell back fails too', async () => {
    const { app, t1, host } = setup();
    seedEveryKind(t1);
    let writes = 0;
    app.failWrite = (w) => {
      if (w.kind === 'value' && ++writes === 3) {
        t1.protect();
        return new Error('您试图更改的单元格或图表受保护，因而是只读的。');
      }
      return undefined;
    };
    const result = await host.applyEdits({ label: '填充', edits: EVERY_KIND_EDITS, overwrite: true });
    expect(result).toEqual({
      ok: false,
      reason: 'failed',
      message: HOST_MESSAGES.failedNotRolledBack('您试图更改的单元格或图表受保护，因而是只读的。'),
    });
  });

  it('rolls back when saving the journal fails', async () => {
    const { app, t1, host } = setup();
    seedEveryKind(t1);
    const before = contents(t1);
    app.failWrite = (w) => (w.kind === 'sheet' ? new Error('无法插入工作表') : undefined);
    const result = await host.applyEdits({ label: '填充', edits: EVERY_KIND_EDITS, overwrite: true });
    expect(result).toEqual({ ok: false, reason: 'failed', message: HOST_MESSAGES.failedRolledBack('无法插入工作表') });
    expect(contents(t1)).toEqual(before);
  });
});

describe('WpsHost.undoLast', () => {
  it('restores the last batch exactly, from a journal another page wrote', async () => {
    const { app, t1, host } = setup();
    seedEveryKind(t1);
    const before = contents(t1);
    await host.applyEdits({ label: '填充', edits: EVERY_KIND_EDITS, overwrite: true });
    expect(t1.shown('C1')).toBe('新2');
    // The task pane is another page with its own host; the journal is in the workbook.
    const paneHost = new WpsHost(app);
    expect(paneHost.undoHistory().map((e) => e.label)).toEqual(['填充']);
    expect(await paneHost.undoLast()).toEqual({ ok: true, written: 9 });
    expect(contents(t1)).toEqual(before);
    expect(host.undoHistory()).toEqual([]);
  });

  it('asks before undoing over a cell changed since, and undoes when told to', async () => {
    const { t1, host } = setup();
    await host.applyEdits({ label: '填充', edits: [{ sheet: '表1', row: 0, col: 0, value: 'x' }] });
    t1.set('A1', '科员改过');
    const refused = await host.undoLast();
    expect(refused).toMatchObject({ ok: false, reason: 'conflict', conflicts: [{ ref: { sheet: '表1', row: 0, col: 0 }, current: '科员改过' }] });
    expect(refused.ok === false && refused.message).toBe(HOST_MESSAGES.undoConflict(['表1!A1']));
    expect(await host.undoLast({ overwrite: true })).toEqual({ ok: true, written: 1 });
    expect(t1.cell(0, 0)).toBeUndefined();
  });

  it('says there is nothing to undo', async () => {
    const { host } = setup();
    expect(await host.undoLast()).toEqual({ ok: false, reason: 'failed', message: HOST_MESSAGES.nothingToUndo() });
  });

  it('rolls the undo back when it fails half way', async () => {
    const { app, t1, host } = setup();
    seedEveryKind(t1);
    await host.applyEdits({ label: '填充', edits: EVERY_KIND_EDITS, overwrite: true });
    const after = contents(t1);
    let writes = 0;
    app.failWrite = (w) => (w.kind === 'value' && w.sheet === '表1' && ++writes === 5 ? new Error('写入失败') : undefined);
    expect(await host.undoLast()).toEqual({ ok: false, reason: 'failed', message: HOST_MESSAGES.failedRolledBack('写入失败') });
    app.failWrite = undefined;
    expect(contents(t1)).toEqual(after);
    expect(host.undoHistory()).toHaveLength(1);
  });
});

describe('WpsHost.writeSheet', () => {
  const first = [['情况说明'], ['一、收支预算总体情况'], ['2023年收支总预算4698.73万元。']];

  it('creates the sheet after the last one, replaces its content later, and undo goes back step by step', async () => {
    const { app, book, host } = setup();
    expect(await host.writeSheet('情况说明', first, '生成情况说明')).toEqual({ ok: true, written: 3 });
    const sheet = book.sheetList.find((s) => s.Name === '情况说明')!;
    expect(sheet.Index).toBe(3);
    expect(book.ActiveSheet.Name).toBe('表1');
    expect([sheet.shown('A1'), sheet.shown('A3')]).toEqual(['情况说明', '2023年收支总预算4698.73万元。']);

    const second = [['情况说明'], ['一、收支预算总体情况（修订）']];
    expect(await host.writeSheet('情况说明', second, '生成情况说明')).toMatchObject({ ok: true });
    expect([sheet.shown('A2'), sheet.shown('A3')]).toEqual(['一、收支预算总体情况（修订）', undefined]);

    expect(await host.undoLast()).toMatchObject({ ok: true });
    expect([sheet.shown('A2'), sheet.shown('A3')]).toEqual(['一、收支预算总体情况', '2023年收支总预算4698.73万元。']);
    expect(await host.undoLast()).toMatchObject({ ok: true });
    expect(book.sheetList.map((s) => s.Name)).toEqual(['表1', '表2', JOURNAL_SHEET_NAME]);
    expect(app.alertsShown).toBe(0);
  });

  it('treats a paragraph the clerk rewrote by hand as a conflict', async () => {
    const { book, host } = setup();
    await host.writeSheet('情况说明', first, '生成情况说明');
    book.sheetList.find((s) => s.Name === '情况说明')!.set('A3', '科员改写的段落');
    const result = await host.writeSheet('情况说明', first, '生成情况说明');
    expect(result).toMatchObject({ ok: false, reason: 'conflict', conflicts: [{ ref: { sheet: '情况说明', row: 2, col: 0 } }] });
  });

  it('deletes the sheet it created when the batch fails', async () => {
    const { app, book, host } = setup();
    let writes = 0;
    app.failWrite = (w) => (w.kind === 'value' && w.sheet === '情况说明' && ++writes === 2 ? new Error('磁盘已满') : undefined);
    expect(await host.writeSheet('情况说明', first, '生成情况说明')).toMatchObject({ ok: false, reason: 'failed' });
    expect(book.sheetList.map((s) => s.Name)).toEqual(['表1', '表2']);
    expect(app.alertsShown).toBe(0);
  });
});

describe('WpsHost marks', () => {
  const mark = (sheet: string, top: number, left: number, bottom: number, right: number, severity: 'error' | 'warning', note: string) => ({
    sheet,
    range: { top, left, bottom, right },
    severity,
    note,
  });

  it('fills with BGR colours, puts the note on the first cell, and leaves a clerk comment alone', async () => {
    const { t1, host } = setup();
    t1.setComment('D4', '科员的批注');
    const result = await host.mark([
      mark('表1', 1, 1, 1, 2, 'error', '合计不等于各项之和'),
      mark('表1', 3, 3, 3, 3, 'warning', '比上年增长超过10%'),
    ]);
    expect(result).toEqual({ ok: true, written: 3 });
    expect(t1.cell(1, 1)).toMatchObject({ fill: BGR_ERROR, comment: { text: '合计不等于各项之和' } });
    expect(t1.cell(1, 2)).toMatchObject({ fill: BGR_ERROR });
    expect(t1.cell(1, 2)?.comment).toBeUndefined();
    expect(t1.cell(3, 3)).toMatchObject({ fill: BGR_WARNING, comment: { text: '科员的批注' } });
  });

  it('clears marks back to the exact previous fills: none, a colour, white', async () => {
    const { t1, host } = setup();
    t1.setFill('C2', 0x00ff00).setFill('D2', 0xffffff).setComment('D4', '科员的批注');
    const before = contents(t1);
    await host.mark([mark('表1', 1, 1, 1, 3, 'error', '合计不符'), mark('表1', 3, 3, 3, 3, 'warning', '请说明')]);
    expect(await host.clearMarks()).toEqual({ ok: true, written: 4 });
    expect(contents(t1)).toEqual(before);
  });

  it('replaces the previous marks: cells no longer marked get their fill back, kept ones keep their original', async () => {
    const { t1, host } = setup();
    t1.setFill('B2', 0x00ff00);
    await host.mark([mark('表1', 1, 1, 1, 2, 'warning', '旧提示')]);
    await host.mark([mark('表1', 1, 1, 1, 1, 'error', '新错误')]);
    expect(t1.cell(1, 1)).toMatchObject({ fill: BGR_ERROR, comment: { text: '新错误' } });
    expect(t1.cell(1, 2)).toBeUndefined();
    await host.clearMarks();
    expect(t1.cell(1, 1)).toEqual({ fill: 0x00ff00 });
  });

  it('refuses to mark a protected sheet, changing nothing', async () => {
    const { t1, host } = setup();
    t1.protect();
    expect(await host.mark([mark('表1', 0, 0, 0, 0, 'error', 'x')])).toEqual({
      ok: false,
      reason: 'protected',
      message: HOST_MESSAGES.protectedSheet('表1'),
    });
    expect(t1.cell(0, 0)).toBeUndefined();
  });

  it('rolls back fills and comments when marking fails half way', async () => {
    const { app, t1, host } = setup();
    t1.setFill('A1:A3', 0x123456);
    await host.mark([mark('表1', 0, 0, 0, 0, 'warning', '旧')]);
    const before = contents(t1);
    let n = 0;
    app.failWrite = (w) => (w.kind === 'fill' && ++n === 4 ? new Error('格式写入失败') : undefined);
    const result = await host.mark([mark('表1', 0, 0, 2, 0, 'error', '新'), mark('表1', 5, 5, 5, 5, 'error', '另一个')]);
    expect(result).toEqual({ ok: false, reason: 'failed', message: HOST_MESSAGES.failedRolledBack('格式写入失败') });
    app.failWrite = undefined;
    expect(contents(t1)).toEqual(before);
  });
});

describe('WpsHost.select', () => {
  it('activates the sheet and selects the range', async () => {
    const { app, host } = setup();
    await host.select('表2', { top: 2, left: 1, bottom: 3, right: 2 });
    expect(app.ActiveWorkbook?.ActiveSheet.Name).toBe('表2');
    expect(app.selection).toEqual({ sheet: '表2', address: '$B$3:$C$4' });
  });

  it('says so when the sheet is gone', async () => {
    const { host } = setup();
    await expect(host.select('表9', { top: 0, left: 0, bottom: 0, right: 0 })).rejects.toThrow(HOST_MESSAGES.selectFailed('表9'));
  });
});

describe('journal without a journal sheet', () => {
  it('keeps the journal for the session when the workbook structure is protected', async () => {
    const { app, book, t1, host } = setup();
    book.ProtectStructure = true;
    expect(await host.applyEdits({ label: '填充', edits: [{ sheet: '表1', row: 0, col: 0, value: 'x' }] })).toEqual({ ok: true, written: 1 });
    expect(book.sheetList.some((s) => s.Name === JOURNAL_SHEET_NAME)).toBe(false);
    expect(new WpsHost(app).undoHistory()).toHaveLength(1);
    expect(await new WpsHost(app).undoLast()).toMatchObject({ ok: true });
    expect(t1.cell(0, 0)).toBeUndefined();
  });

  it('keeps a journal longer than one cell holds, in several cells, and reads it back', async () => {
    const { app, book, t1, host } = setup();
    const long = '说明'.repeat(20000);
    await host.applyEdits({ label: '长文本', edits: [{ sheet: '表1', row: 0, col: 0, value: long }] });
    await host.applyEdits({ label: '短文本', edits: [{ sheet: '表1', row: 0, col: 0, value: '短' }] });
    const journal = book.sheetList.find((s) => s.Name === JOURNAL_SHEET_NAME)!;
    expect(journal.shown('B1')).toBeGreaterThanOrEqual(3);
    const again = new WpsHost(app);
    expect(again.undoHistory().map((e) => e.label)).toEqual(['短文本', '长文本']);
    await again.undoLast();
    expect(t1.shown('A1')).toBe(long);
    // Fewer chunks now: the cells of the longer journal below them are cleared.
    const chunks = journal.shown('B1') as number;
    expect(journal.shown(`A${chunks + 2}`)).toBeUndefined();
  });

  it('never writes over a sheet of the clerk’s that has the journal sheet’s name', async () => {
    const { book, t1, host } = setup();
    book.sheet(JOURNAL_SHEET_NAME).set('A1', '科员自己的表');
    const result = await host.applyEdits({ label: '填充', edits: [{ sheet: '表1', row: 0, col: 0, value: 'x' }] });
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect(result.ok === false && result.message).toMatch(/不是本助手的记录表/);
    expect(t1.cell(0, 0)).toBeUndefined();
    expect(book.sheetList.find((s) => s.Name === JOURNAL_SHEET_NAME)!.shown('A1')).toBe('科员自己的表');
  });

  it('reports no workbook in Chinese', async () => {
    const { app, host } = setup();
    app.workbooks.length = 0;
    await expect(host.readWorkbook()).rejects.toThrow(/没有打开的工作簿/);
    expect(await host.applyEdits({ label: 'x', edits: [] })).toMatchObject({ ok: false, reason: 'failed' });
    expect(host.undoHistory()).toEqual([]);
  });
});
