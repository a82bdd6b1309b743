import { a1, columnIndex } from '../../src/engine/grid/address';
import { isCellError } from '../../src/engine/grid/types';
import { createDemoHost } from '../../src/hosts/demo/demo-host';
import { DemoWorkbook, key } from '../../src/hosts/demo/demo-workbook';
import type { ApplyResult, Mark, WorkbookHost } from '../../src/hosts/host';
import { MARK_FILL, normalizeColor } from '../../src/hosts/mark-style';
import { bgrToHex, hexToBgr } from '../../src/hosts/wps/cell-values';
import { WpsHost } from '../../src/hosts/wps/wps-host';
import { XL_SHEET_VISIBLE } from '../../src/hosts/wps/wps-types';
import { FakeOfficeError, FakeWorkbook } from '../support/office-fake';
import { createFakeEt } from '../support/wps-fake';
import { CONTRACT_SHEETS, type ContractSheet } from './contract/host-contract';
import { excelHostOn, seedsFromContract } from './excel/fixture';

/**
 * Issue 10's fault-injection suite: the same scenarios over every host fake (Excel with today's and
 * the oldest requirement sets, WPS, the demo). Each ends by comparing the whole workbook, cell by
 * cell, fill by fill, note by note, with what it must be.
 */

type Snapshot = Record<string, { v: unknown; fill: string | null; note?: string }>;

interface World {
  notes: boolean;
  /** A new host over the same document: the pane reopened, or the ribbon. */
  host(): WorkbookHost;
  snapshot(): Snapshot;
  fill(sheet: string, row: number, col: number): string | null;
  note(sheet: string, row: number, col: number): string | undefined;
  paint(sheet: string, row: number, col: number, hex: string): void;
  writeNote(sheet: string, row: number, col: number, text: string): void;
  type(sheet: string, row: number, col: number, value: string | number): void;
  insertRows(sheet: string, at: number, count: number): void;
  /** The clerk inserts (count > 0) or deletes (count < 0) rows or columns at 0-based `at`. */
  shift(sheet: string, axis: 'row' | 'col', at: number, count: number): void;
  /**
   * The host follows the add-in's cells when rows or columns move (Excel by names from ExcelApi 1.7 and by bindings
   * before it, WPS, demo); not where Excel refuses the bindings.
   */
  follows: boolean;
  rename(sheet: string, to: string): void;
  remove(sheet: string): void;
  protect(sheet: string): void;
  /** Makes the write commands numbered `fails(n)` (from now, from 1) fail; undefined: none. */
  inject(fails: ((n: number) => boolean) | undefined): void;
}

function sheets(): ContractSheet[] {
  return JSON.parse(JSON.stringify(CONTRACT_SHEETS)) as ContractSheet[];
}

function excelWorld(version: string, bindingsRefused = false): World {
  const b = FakeWorkbook.from(seedsFromContract(sheets()));
  b.excelApiVersion = version;
  b.failBindings = bindingsRefused;
  const s = (name: string) => b.sheet(name)!;
  return {
    notes: version === '1.18',
    host: () => excelHostOn(b),
    snapshot() {
      const out: Snapshot = {};
      for (const sh of b.sheets)
        for (const [k, c] of sh.cells) {
          const [r, col] = k.split(',').map(Number);
          out[`${sh.name}!${a1(r, col)}`] = { v: b.shown(sh.name, r, col), fill: c.fill, ...(c.note !== undefined ? { note: c.note } : {}) };
        }
      return out;
    },
    fill: (n, r, c) => s(n).get(r, c)?.fill ?? null,
    note: (n, r, c) => s(n).get(r, c)?.note,
    paint: (n, r, c, hex) => (s(n).ensure(r, c).fill = hex),
    writeNote: (n, r, c, text) => (s(n).ensure(r, c).note = text),
    type: (n, r, c, v) => (s(n).ensure(r, c).value = v),
    insertRows: (n, at, count) => b.shift(n, 'row', at, count),
    shift: (n, axis, at, count) => b.shift(n, axis, at, count),
    follows: !bindingsRefused,
    rename: (n, to) => (s(n).name = to),
    remove: (n) => (b.sheets = b.sheets.filter((x) => x.name !== n)),
    protect: (n) => (s(n).protected = true),
    inject(fails) {
      const base = b.writeCount;
      b.failWrite = fails && ((_w, n) => (fails(n - base) ? new FakeOfficeError('GeneralException', '模拟的写入故障') : undefined));
    },
  };
}

function wpsWorld(): World {
  const { app, book } = createFakeEt();
  for (const sh of sheets()) {
    const ws = book.sheet(sh.name);
    sh.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        if (isCellError(v)) ws.setError(a1(r, c), v.error);
        else ws.set(a1(r, c), v);
      }),
    );
    for (const [ref, hex] of Object.entries(sh.fills ?? {})) ws.setFill(ref, hexToBgr(hex));
  }
  const s = (name: string) => book.sheetList.find((x) => x.Name === name)!;
  return {
    notes: true,
    host: () => new WpsHost(app),
    snapshot() {
      const out: Snapshot = {};
      for (const ws of book.sheetList.filter((x) => x.Visible === XL_SHEET_VISIBLE))
        for (const [k, c] of ws.store.snapshot()) {
          const [r, col] = k.split(',').map(Number);
          out[`${ws.Name}!${a1(r - 1, col - 1)}`] = {
            v: c.error ? { error: c.error } : c.formula ? { formula: c.formula } : (c.value ?? null),
            fill: c.fill === undefined ? null : bgrToHex(c.fill),
            ...(c.comment ? { note: c.comment.text } : {}),
          };
        }
      return out;
    },
    fill: (n, r, c) => {
      const f = s(n).cell(r, c)?.fill;
      return f === undefined ? null : bgrToHex(f);
    },
    note: (n, r, c) => s(n).cell(r, c)?.comment?.text,
    paint: (n, r, c, hex) => s(n).setFill(a1(r, c), hexToBgr(hex)),
    writeNote: (n, r, c, text) => s(n).setComment(a1(r, c), text),
    type: (n, r, c, v) => s(n).set(a1(r, c), v),
    insertRows: (n, at, count) => s(n).shift('row', at, count),
    shift: (n, axis, at, count) => s(n).shift(axis, at, count),
    follows: true,
    rename: (n, to) => (s(n).Name = to),
    remove: (n) => s(n).Delete(),
    protect: (n) => s(n).protect(),
    inject(fails) {
      const base = app.stats.writes;
      app.failWrite = fails && ((_w, n) => (fails(n - base) ? new Error('模拟的写入故障') : undefined));
    },
  };
}

function demoWorld(): World {
  const book = new DemoWorkbook({ grid: { name: 'faults.xlsx', sheets: sheets().map((x) => ({ name: x.name, cells: x.rows })) } });
  for (const sh of sheets())
    for (const [address, color] of Object.entries(sh.fills ?? {})) {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      book.sheet(sh.name)!.fills.set(key(Number(m[2]) - 1, columnIndex(m[1])), color);
    }
  const s = (name: string) => book.sheet(name)!;
  return {
    notes: true,
    host: () => createDemoHost(book),
    snapshot() {
      const out: Snapshot = {};
      for (const sh of book.sheets) {
        const keys = new Set([...sh.cells.keys(), ...sh.fills.keys(), ...sh.notes.keys()]);
        for (const k of keys) {
          const [r, c] = k.split(',').map(Number);
          const fill = sh.fills.get(k);
          out[`${sh.name}!${a1(r, c)}`] = {
            v: sh.cells.get(k)?.value ?? null,
            fill: fill ? normalizeColor(fill) : null,
            ...(sh.notes.has(k) ? { note: sh.notes.get(k) } : {}),
          };
        }
      }
      return out;
    },
    fill: (n, r, c) => {
      const f = s(n).fills.get(key(r, c));
      return f ? normalizeColor(f) : null;
    },
    note: (n, r, c) => s(n).notes.get(key(r, c)),
    paint: (n, r, c, hex) => s(n).fills.set(key(r, c), hex),
    writeNote: (n, r, c, text) => s(n).notes.set(key(r, c), text),
    type: (n, r, c, v) => book.setCell(n, r, c, { value: v }),
    insertRows: (n, at, count) => book.shift(n, 'row', at, count),
    shift: (n, axis, at, count) => book.shift(n, axis, at, count),
    follows: true,
    rename: (n, to) => ((s(n) as { name: string }).name = to),
    remove: (n) => book.removeSheet(n),
    protect: (n) => book.setProtected(n, true),
    inject: () => undefined,
  };
}

const WORLDS: Array<[string, () => World]> = [
  ['Excel (ExcelApi 1.18)', () => excelWorld('1.18')],
  ['Excel (ExcelApi 1.4)', () => excelWorld('1.4')],
  ['Excel 2016 (ExcelApi 1.1)', () => excelWorld('1.1')],
  ['Excel 2016 (ExcelApi 1.1), bindings refused', () => excelWorld('1.1', true)],
  ['WPS', wpsWorld],
  ['Demo', demoWorld],
];

const mark = (sheet: string, top: number, left: number, bottom = top, right = left, note = '合计不等于各项之和'): Mark => ({
  sheet,
  range: { top, left, bottom, right },
  severity: 'error',
  note,
});

function ok(r: ApplyResult): ApplyResult & { ok: true } {
  if (!r.ok) throw new Error(`expected ok, got ${r.reason}: ${r.message}`);
  return r;
}

describe.each(WORLDS)('%s: what the clerk does between runs', (_name, make) => {
  let w: World;
  let original: Snapshot;
  beforeEach(() => {
    w = make();
    original = w.snapshot();
  });

  it('two runs in a row, then 清除标记: the workbook is exactly as before', async () => {
    ok(await w.host().mark([mark('表1', 2, 0, 3, 1), mark('表3', 2, 1)]));
    ok(await w.host().mark([mark('表1', 3, 1), mark('表1', 4, 1)]));
    ok(await w.host().clearMarks());
    expect(w.snapshot()).toEqual(original);
  });

  it('a fill the clerk painted on a marked cell stays after 清除标记 and after another run', async () => {
    ok(await w.host().mark([mark('表1', 2, 0, 2, 1)]));
    w.paint('表1', 2, 1, '#92D050');
    ok(await w.host().mark([mark('表1', 2, 0, 2, 1)]));
    const r = ok(await w.host().clearMarks());
    expect(w.fill('表1', 2, 1)).toBe('#92D050');
    expect(w.fill('表1', 2, 0)).toBe('#00B0F0');
    expect(r.notice).toBeUndefined();
    expect(w.snapshot()).toEqual({ ...original, '表1!B3': { ...original['表1!B3'], fill: '#92D050' } });
  });

  it('a fill the clerk painted on a marked cell stays after 清除标记; every other mark is taken away', async () => {
    ok(await w.host().mark([mark('表1', 2, 0, 2, 1), mark('表1', 4, 1)]));
    w.paint('表1', 2, 1, '#92D050');
    const r = ok(await w.host().clearMarks());
    expect(r.notice).toContain('B3');
    const want: Snapshot = { ...original, '表1!B3': { ...original['表1!B3'], fill: '#92D050' } };
    if (w.follows) expect(w.snapshot()).toEqual(want);
    else {
      // Known by address only, the sheet is left alone rather than guessed at: only the add-in's colour may stay.
      const now = w.snapshot();
      for (const k of Object.keys(want)) if (JSON.stringify(now[k]) !== JSON.stringify(want[k])) expect([k, now[k]?.fill]).toEqual([k, MARK_FILL.error]);
    }
  });

  it('a note the add-in wrote and the clerk extended is kept, with the clerk’s words', async () => {
    if (!w.notes) return;
    ok(await w.host().mark([mark('表1', 2, 1)]));
    expect(w.note('表1', 2, 1)).toBe('合计不等于各项之和');
    w.writeNote('表1', 2, 1, '合计不等于各项之和\n已核实：差额为四舍五入。');
    const r = ok(await w.host().clearMarks());
    expect(w.note('表1', 2, 1)).toBe('合计不等于各项之和\n已核实：差额为四舍五入。');
    expect(w.fill('表1', 2, 1)).toBeNull();
    expect(r.notice).toContain('B3');
  });

  it('after the clerk inserts a row above marked cells, no cell loses a fill the add-in did not set', async () => {
    w.paint('表1', 4, 1, '#FFFF00');
    ok(await w.host().mark([mark('表1', 5, 1)]));
    // A row inserted right above the marked cell takes the format of the row above it.
    w.insertRows('表1', 5, 1);
    expect(w.fill('表1', 5, 1)).toBe('#FFFF00');
    const r = ok(await w.host().clearMarks());
    // The cell now at the old address is the clerk's: left alone.
    expect(w.fill('表1', 4, 1)).toBe('#FFFF00');
    expect(w.fill('表1', 5, 1)).toBe('#FFFF00');
    if (w.follows) {
      // The marked cell, now one row down, is restored there.
      expect(w.fill('表1', 6, 1)).toBeNull();
      expect(r.notice).toBeUndefined();
    } else expect(r.notice).toContain('B6');
  });

  it('the clerk edits a cell the add-in wrote: 撤销 asks first, and undo twice restores everything', async () => {
    ok(await w.host().applyEdits({ label: '第一次', edits: [{ sheet: '表1', row: 2, col: 2, value: 0.9 }] }));
    ok(await w.host().applyEdits({ label: '第二次', edits: [{ sheet: '表3', row: 2, col: 2, value: '说明' }] }));
    w.type('表3', 2, 2, '经办人改过');
    const asked = await w.host().undoLast();
    expect(asked.ok === false && asked.reason).toBe('conflict');
    w.type('表3', 2, 2, '说明');
    ok(await w.host().undoLast());
    ok(await w.host().undoLast());
    expect(w.snapshot()).toEqual(original);
  });

  it('a marked sheet renamed and another deleted: 校验 and 清除标记 go on, with a word', async () => {
    ok(await w.host().mark([mark('表1', 2, 0), mark('表3', 2, 1)]));
    w.rename('表1', '收支总表');
    w.remove('表3');
    const r = ok(await w.host().clearMarks());
    expect(r.notice).toContain('表3');
    // Excel follows the renamed sheet; elsewhere its marks are named for the clerk to remove.
    if (_name.startsWith('Excel')) expect(w.fill('收支总表', 2, 0)).toBe('#00B0F0');
    ok(await w.host().mark([]));
    ok(await w.host().clearMarks());
  });

  it('a protected sheet refuses the batch and changes nothing', async () => {
    w.protect('表3');
    const r = await w.host().mark([mark('表1', 2, 0), mark('表3', 2, 1)]);
    expect(r.ok === false && r.reason).toBe('protected');
    expect(w.snapshot()).toEqual(original);
  });
});

describe.each(WORLDS)('%s: rows or columns inserted or deleted above or left of the add-in’s cells', (_name, make) => {
  /** The same document with only the clerk's change: what 清除标记 / 撤销 must give back. */
  const expected = (shift: (w: World) => void) => {
    const e = make();
    shift(e);
    return e.snapshot();
  };
  const MOVES: Array<[string, (w: World) => void]> = [
    ['a row inserted above', (w) => w.shift('表1', 'row', 1, 1)],
    ['two rows inserted above', (w) => w.shift('表1', 'row', 0, 2)],
    ['a row deleted above', (w) => w.shift('表1', 'row', 1, -1)],
    ['a column inserted left', (w) => w.shift('表1', 'col', 0, 1)],
    ['a column deleted left', (w) => w.shift('表1', 'col', 0, -1)],
  ];

  it.each(MOVES)('%s: 清除标记 restores the marked cells where they are now, and nothing else', async (_m, move) => {
    const w = make();
    ok(await w.host().mark([mark('表1', 2, 1, 3, 2), mark('表1', 4, 1), mark('表3', 2, 1)]));
    move(w);
    const r = ok(await w.host().clearMarks());
    if (w.follows) {
      expect(w.snapshot()).toEqual(expected(move));
      expect(r.notice).toBeUndefined();
    } else {
      // Cells known by address only (not followed): no cell the add-in did not mark is changed; a marked cell that
      // moved may keep the add-in's colour.
      const want = expected(move);
      const now = w.snapshot();
      for (const k of new Set([...Object.keys(want), ...Object.keys(now)]))
        if (JSON.stringify(now[k]) !== JSON.stringify(want[k])) expect([k, now[k]?.fill]).toEqual([k, MARK_FILL.error]);
    }
  });

  it.each(MOVES)('%s: 撤销 puts back the cells the add-in wrote where they are now', async (_m, move) => {
    const w = make();
    if (!w.follows) return;
    ok(await w.host().applyEdits({ label: '填写', edits: [{ sheet: '表1', row: 2, col: 2, value: 0.9 }, { sheet: '表1', row: 5, col: 2, value: '说明' }] }));
    move(w);
    ok(await w.host().undoLast());
    expect(w.snapshot()).toEqual(expected(move));
  });

  it('the row of a marked cell deleted: the others are cleared, and the clerk is told', async () => {
    const w = make();
    ok(await w.host().mark([mark('表1', 2, 1), mark('表1', 4, 1)]));
    const move = (x: World) => x.shift('表1', 'row', 2, -1);
    move(w);
    const r = ok(await w.host().clearMarks());
    if (!w.follows) return;
    expect(w.snapshot()).toEqual(expected(move));
    expect(r.notice).toContain('B3');
    // Told once: the journal no longer names it.
    expect(ok(await w.host().clearMarks()).notice).toBeUndefined();
  });
});

describe.each(WORLDS.filter(([n]) => n !== 'Demo'))('%s: every write failing', (_name, make) => {
  it('a mark batch where every write fails says nothing was changed, and the journal stays true', async () => {
    const w = make();
    const original = w.snapshot();
    ok(await w.host().mark([mark('表1', 2, 0, 2, 1), mark('表1', 4, 1)]));
    const marked = w.snapshot();
    w.inject(() => true);
    const r = await w.host().mark([mark('表1', 3, 0, 3, 2), mark('表3', 2, 1)]);
    expect(r.ok).toBe(false);
    // WPS writes the journal first, in one write: it fails, and nothing is written. Excel's batch fails at its first
    // command and is rolled back whole.
    if (!r.ok) expect(r.message).toMatch(_name === 'WPS' ? /本次没有做任何修改/ : /已撤回本次修改/);
    expect(w.snapshot()).toEqual(marked);
    const undo = await w.host().clearMarks();
    expect(undo.ok).toBe(false);
    w.inject(undefined);
    // The journal still knows the first run's marks, and nothing else.
    const cleared = ok(await w.host().clearMarks());
    expect(cleared.notice).toBeUndefined();
    expect(w.snapshot()).toEqual(original);
  });

  it('a write that fails for good halfway names the cells left, and 清除标记 then takes them away', async () => {
    const w = make();
    const original = w.snapshot();
    // Fail from the third write on: the fills and notes before it stay, and putting them back fails too.
    w.inject((n) => n >= 3);
    const r = await w.host().mark([mark('表1', 2, 0, 2, 1), mark('表1', 4, 1), mark('表3', 2, 1)]);
    w.inject(undefined);
    expect(r.ok).toBe(false);
    if (!r.ok && r.message.includes('未能撤回')) expect(r.message).toContain('已记入本助手的记录');
    ok(await w.host().clearMarks());
    expect(w.snapshot()).toEqual(original);
  });
});

describe.each(WORLDS.filter(([n]) => n !== 'Demo'))('%s: a write failing at each command of a mark batch', (_name, make) => {
  it.each([
    ['once', (k: number) => (n: number) => n === k],
    ['for good', (k: number) => (n: number) => n >= k],
  ])('%s: says exactly what was rolled back, and 清除标记 then restores every cell', async (how, failing) => {
    for (let k = 1; k < 40; k++) {
      const w = make();
      const original = w.snapshot();
      ok(await w.host().mark([mark('表1', 2, 0, 2, 1), mark('表1', 4, 1)]));
      const marked = w.snapshot();
      w.inject(failing(k));
      const r = await w.host().mark([mark('表1', 2, 1), mark('表1', 3, 0, 3, 2), mark('表3', 2, 1)]);
      w.inject(undefined);
      if (r.ok) break;
      if (!r.message.includes('未能')) expect([k, w.snapshot()]).toEqual([k, marked]);
      else expect(r.message).not.toMatch(/已撤回本次修改/);
      const cleared = await w.host().clearMarks();
      expect([k, cleared.ok]).toEqual([k, true]);
      expect([k, w.snapshot()]).toEqual([k, original]);
    }
  });
});
