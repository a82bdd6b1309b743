import { a1, parseRange, parseRef } from '../../../src/engine/grid/address';
import type { CellRange, RawCell } from '../../../src/engine/grid/types';
import { evaluateFormula } from './formula';
import { shiftFormula, type FakeName } from './names';

/**
 * The document behind the fake Office.js: what Excel itself would hold. Tests set it up and inspect
 * it directly; the add-in reaches it only through the proxies in proxies.ts.
 */

export interface FakeCell {
  /** A constant; null when the cell has no content. */
  value: string | number | boolean | null;
  /** A constant error typed into the cell ("#N/A"). */
  error?: string;
  formula?: string;
  /** What a formula showed when the workbook was saved, for functions the fake cannot compute. */
  cached?: string | number | boolean | { error: string };
  /** '#RRGGBB', or null for no fill. */
  fill: string | null;
  note?: string;
}

/** One write command the fake is about to apply. */
export interface FakeWrite {
  kind: 'value' | 'fill' | 'note' | 'setting' | 'sheet' | 'name';
  sheet: string;
  /** 'B3' or 'B3:C4'; '' for settings and sheets. */
  address: string;
}

export interface FakeBinding {
  sheetId: string;
  cell: { row: number; col: number } | null;
}

export type Shown = string | number | boolean | null | { error: string };

let nextSheetId = 1;

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  /** Worksheet.id: stable for the sheet's life, across renames (ExcelApi 1.1). */
  readonly id = `{00000000-0001-0000-0000-${String(nextSheetId++).padStart(12, '0')}}`;
  protected = false;
  merges: CellRange[] = [];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';

  constructor(public name: string) {}

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  ensure(row: number, col: number): FakeCell {
    let c = this.get(row, col);
    if (!c) {
      c = { value: null, fill: null };
      this.cells.set(`${row},${col}`, c);
    }
    return c;
  }

  /** Drops cells that hold nothing at all, so the used range shrinks like Excel's. */
  tidy(row: number, col: number): void {
    const c = this.get(row, col);
    if (c && c.value === null && !c.error && !c.formula && c.fill === null && c.note === undefined) {
      this.cells.delete(`${row},${col}`);
    }
  }

  hasContent(c: FakeCell): boolean {
    return c.value !== null || !!c.error || !!c.formula;
  }

  /**
   * Test helper: the clerk inserts `count` rows above row `at` (0-based). Cells below move down with
   * their fills and notes; the new rows take the fill of the row above, as Excel's default
   * "Format Same As Above" does. Merges below move too.
   */
  insertRows(at: number, count = 1): void {
    const moved = new Map<string, FakeCell>();
    for (const [key, c] of this.cells) {
      const [r, col] = key.split(',').map(Number);
      moved.set(r >= at ? `${r + count},${col}` : key, c);
    }
    this.cells.clear();
    for (const [k, c] of moved) this.cells.set(k, c);
    if (at > 0) {
      for (const [key, c] of [...this.cells]) {
        const [r, col] = key.split(',').map(Number);
        if (r !== at - 1 || c.fill === null) continue;
        for (let i = 0; i < count; i++) this.ensure(at + i, col).fill = c.fill;
      }
    }
    this.merges = this.merges.map((m) => (m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m));
  }

  /**
   * Test helper: the clerk inserts (count > 0) or deletes (count < 0) rows or columns at 0-based index `at`.
   * Cells after them move with their fills and notes; deleted cells are gone; inserted rows or columns take the
   * fill of the one before, as Excel's default "Format Same As Above / Left" does. Merges move or shrink.
   */
  shift(axis: 'row' | 'col', at: number, count: number): void {
    if (axis === 'row' && count > 0) return this.insertRows(at, count);
    const moved = new Map<string, FakeCell>();
    for (const [key, c] of this.cells) {
      const [r, col] = key.split(',').map(Number);
      const pos = axis === 'row' ? r : col;
      let to = pos;
      if (count > 0) {
        if (pos >= at) to = pos + count;
      } else if (pos >= at && pos < at - count) continue;
      else if (pos >= at - count) to = pos + count;
      moved.set(axis === 'row' ? `${to},${col}` : `${r},${to}`, c);
    }
    this.cells.clear();
    for (const [k, c] of moved) this.cells.set(k, c);
    if (count > 0 && at > 0) {
      for (const [key, c] of [...this.cells]) {
        const [r, col] = key.split(',').map(Number);
        if (col !== at - 1 || c.fill === null) continue;
        for (let i = 0; i < count; i++) this.ensure(r, at + i).fill = c.fill;
      }
    }
    const lo = axis === 'row' ? 'top' : 'left';
    const hi = axis === 'row' ? 'bottom' : 'right';
    this.merges = this.merges
      .map((m) => {
        const move = (p: number) => (count > 0 ? (p >= at ? p + count : p) : p >= at - count ? p + count : p >= at ? at : p);
        return { ...m, [lo]: move(m[lo]), [hi]: count < 0 && m[hi] >= at && m[hi] < at - count ? at - 1 : move(m[hi]) };
      })
      .filter((m) => m[hi] >= m[lo]);
  }

  /** The used range: cells with content (valuesOnly) or also with a fill or note; A1 for an empty sheet. */
  usedRange(valuesOnly: boolean): CellRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, c] of this.cells) {
      if (valuesOnly ? !this.hasContent(c) : !this.hasContent(c) && c.fill === null && c.note === undefined) continue;
      const [r, col] = key.split(',').map(Number);
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
  }
}

export interface SeedSheet {
  name: string;
  /** Row-major from A1 (or from `origin`); a cell is a value, an error, or a formula with its saved result. */
  rows?: Array<Array<RawCell | { formula: string; cached?: FakeCell['cached'] }>>;
  origin?: string;
  fills?: Record<string, string>;
  notes?: Record<string, string>;
  merges?: string[];
  protected?: boolean;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheet = '';
  selection: { sheet: string; range: CellRange } | null = null;
  /** Workbook settings (ExcelApi 1.4), stored in the document. */
  readonly settings = new Map<string, unknown>();
  /** Office.context.document.settings as saved in the document. */
  readonly documentSettings = new Map<string, unknown>();
  /** Workbook-scoped names (ExcelApi 1.1 to read, 1.4 to add, 1.7 for their formula). */
  readonly names = new Map<string, FakeName>();
  /**
   * Bindings (Office.context.document.bindings, kept in the document): a bound cell moves with its cell; a binding
   * whose cell was deleted stays, with no cell (`cell: null`), and fails getRange, as in Excel.
   */
  readonly bindings = new Map<string, FakeBinding>();
  /** A test's fault injection: every common-API binding call fails. */
  failBindings = false;
  /** Highest ExcelApi version this Excel supports. */
  excelApiVersion = '1.18';
  syncCount = 0;
  /** Write commands applied or attempted so far (values, formulas, fills, notes, settings, sheets). */
  writeCount = 0;
  /** Return an error to make that write command fail its sync (a test's fault injection); `n` counts from 1. */
  failWrite: ((w: FakeWrite, n: number) => Error | undefined) | undefined;
  /** Every range whose `values` were loaded, as "Sheet!A1:B2", for asserting what was read. */
  readonly valueLoads: string[] = [];

  static from(seeds: SeedSheet[]): FakeWorkbook {
    const book = new FakeWorkbook();
    for (const s of seeds) {
      const sheet = book.addSheet(s.name);
      const origin = s.origin ? parseRef(s.origin) : { row: 0, col: 0 };
      s.rows?.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === undefined || v === '') return;
          const cell = sheet.ensure(origin.row + r, origin.col + c);
          if (typeof v === 'object' && 'formula' in v) {
            cell.formula = v.formula;
            cell.cached = v.cached;
          } else if (typeof v === 'object') cell.error = v.error;
          else cell.value = v;
        }),
      );
      for (const [addr, color] of Object.entries(s.fills ?? {})) {
        const p = parseRef(addr);
        sheet.ensure(p.row, p.col).fill = color.toUpperCase();
      }
      for (const [addr, text] of Object.entries(s.notes ?? {})) {
        const p = parseRef(addr);
        sheet.ensure(p.row, p.col).note = text;
      }
      sheet.merges = (s.merges ?? []).map((m) => parseRange(m));
      sheet.protected = !!s.protected;
    }
    return book;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Called by every write command before it changes anything: counts it, and fails it if the test says so. */
  beforeWrite(w: FakeWrite): void {
    this.writeCount += 1;
    const e = this.failWrite?.(w, this.writeCount);
    if (e) throw e;
  }

  /**
   * Test helper: the clerk inserts (count > 0) or deletes (count < 0) rows or columns of a sheet; the cells move
   * (FakeSheet.shift) and so do the references of every name, as in Excel.
   */
  shift(sheetName: string, axis: 'row' | 'col', at: number, count: number): void {
    const sheet = this.sheet(sheetName)!;
    sheet.shift(axis, at, count);
    for (const n of this.names.values()) n.formula = shiftFormula(n.formula, sheet.name, axis, at, count);
    for (const b of this.bindings.values()) {
      if (b.sheetId !== sheet.id || !b.cell) continue;
      const pos = axis === 'row' ? b.cell.row : b.cell.col;
      let to = pos;
      if (count > 0) to = pos >= at ? pos + count : pos;
      else if (pos >= at && pos < at - count) {
        b.cell = null;
        continue;
      } else if (pos >= at - count) to = pos + count;
      b.cell = axis === 'row' ? { row: to, col: b.cell.col } : { row: b.cell.row, col: to };
    }
  }

  supports(version: string): boolean {
    return compareVersions(this.excelApiVersion, version) >= 0;
  }

  /** What the cell shows: a formula's result, a constant, an error; null when empty. */
  shown(sheetName: string, row: number, col: number, depth = 0): Shown {
    const sheet = this.sheet(sheetName);
    const c = sheet?.get(row, col);
    if (!c) return null;
    if (c.error) return { error: c.error };
    if (c.formula) {
      if (depth > 50) return { error: '#REF!' };
      const v = evaluateFormula(c.formula, (r, col2) => this.shown(sheetName, r, col2, depth + 1));
      if (typeof v === 'object' && v !== null && v.error === '#NAME?' && c.cached !== undefined) return c.cached;
      return v;
    }
    return c.value;
  }

  address(sheetName: string, range: CellRange): string {
    const start = a1(range.top, range.left);
    const end = a1(range.bottom, range.right);
    const quoted = /^[\p{L}\p{N}_.]+$/u.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
    return `${quoted}!${start === end ? start : `${start}:${end}`}`;
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
