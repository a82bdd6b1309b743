import { parseRange, parseRef } from '../../../src/engine/grid/address';
import type { EtRange, EtSheets, EtWorksheet } from '../../../src/hosts/wps/wps-types';
import { XL_SHEET_VISIBLE } from '../../../src/hosts/wps/wps-types';
import { CellStore, type FakeCell, isBlank } from './fake-cells';
import { FakeRange } from './fake-range';
import type { FakeEtApplication } from './fake-app';
import { shiftFormula } from '../office-fake/names';
import type { FakeWorkbook } from './fake-workbook';

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const BAD_NAME = /[[\]:*?/\\]/;

export class FakeWorksheet implements EtWorksheet {
  readonly store = new CellStore();
  readonly merges: Box[] = [];
  private name: string;
  private protectedContents = false;
  private visible = XL_SHEET_VISIBLE;
  /** Cached results of formulas that were in a cell, so restoring the formula restores its value. */
  private readonly formulaResults = new Map<string, FakeCell['value']>();

  constructor(
    readonly workbook: FakeWorkbook,
    name: string,
  ) {
    this.name = name;
  }

  get app(): FakeEtApplication {
    return this.workbook.app;
  }

  get Name(): string {
    return this.name;
  }

  set Name(v: string) {
    if (this.workbook.ProtectStructure) throw new Error('工作簿结构受保护，不能重命名工作表');
    if (!v || v.length > 31 || BAD_NAME.test(v)) throw new Error('工作表名称无效');
    const clash = this.workbook.sheetList.find((s) => s !== this && s.Name.toLowerCase() === v.toLowerCase());
    if (clash) throw new Error('该名称已被使用');
    this.name = v;
  }

  get Index(): number {
    return this.workbook.sheetList.indexOf(this) + 1;
  }

  get ProtectContents(): boolean {
    return this.protectedContents;
  }

  get Visible(): number {
    return this.visible;
  }

  set Visible(v: number) {
    if (this.workbook.ProtectStructure) throw new Error('工作簿结构受保护');
    if (v !== XL_SHEET_VISIBLE && this.workbook.sheetList.filter((s) => s !== this && s.Visible === XL_SHEET_VISIBLE).length === 0)
      throw new Error('工作簿中至少要有一张可见工作表');
    this.visible = v;
  }

  get UsedRange(): EtRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    for (const [r, c] of this.store.used()) {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    for (const m of this.merges) {
      top = Math.min(top, m.top);
      left = Math.min(left, m.left);
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
    }
    // An empty sheet's used range is A1.
    if (top === Infinity) return new FakeRange(this, 1, 1, 1, 1);
    return new FakeRange(this, top, left, bottom, right);
  }

  get Cells(): EtRange {
    return new FakeRange(this, 1, 1, 1048576, 16384);
  }

  Range(cell1: string, cell2?: string): EtRange {
    const r = parseRange(cell2 ? `${cell1}:${cell2}` : cell1.replace(/\$/g, ''));
    return new FakeRange(this, r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);
  }

  Activate(): void {
    if (this.visible !== XL_SHEET_VISIBLE) throw new Error('Worksheet 类的 Activate 方法无效');
    this.workbook.activeSheet = this;
  }

  Delete(): void {
    this.workbook.deleteSheet(this);
  }

  mergeAt(r: number, c: number): Box | undefined {
    return this.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }

  rememberFormula(r: number, c: number, cell: FakeCell): void {
    if (cell.formula) this.formulaResults.set(`${r},${c}|${cell.formula}`, cell.value);
  }

  formulaResult(r: number, c: number, formula: string): FakeCell['value'] {
    return this.formulaResults.get(`${r},${c}|${formula}`);
  }

  // ---- test helpers (not part of the WPS API) ----

  /** Puts a value as if the clerk typed it ('=...' needs `setFormula`). */
  set(ref: string, value: string | number | boolean | null): this {
    const p = parseRef(ref);
    const cell = this.store.at(p.row + 1, p.col + 1);
    Object.assign(cell, { value: undefined, error: undefined, formula: undefined }, typeof value === 'string' ? { value } : value === null ? {} : { value });
    return this;
  }

  /** Fills a block of cells from A1-style top-left, row by row. */
  setRows(topLeft: string, rows: Array<Array<string | number | boolean | null>>): this {
    const p = parseRef(topLeft);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = this.store.at(p.row + 1 + i, p.col + 1 + j);
        cell.value = v === null ? undefined : v;
        cell.error = undefined;
        cell.formula = undefined;
      }),
    );
    return this;
  }

  setFormula(ref: string, formula: string, result: string | number | boolean): this {
    const p = parseRef(ref);
    Object.assign(this.store.at(p.row + 1, p.col + 1), { formula, value: result, error: undefined });
    return this;
  }

  setError(ref: string, error: string, formula?: string): this {
    const p = parseRef(ref);
    Object.assign(this.store.at(p.row + 1, p.col + 1), { error, formula, value: undefined });
    return this;
  }

  setFill(ref: string, bgr: number | undefined): this {
    const r = parseRange(ref);
    for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) this.store.at(i + 1, j + 1).fill = bgr;
    return this;
  }

  setComment(ref: string, text: string, visible = false): this {
    const p = parseRef(ref);
    this.store.at(p.row + 1, p.col + 1).comment = { text, visible };
    return this;
  }

  merge(ref: string): this {
    const r = parseRange(ref);
    this.merges.push({ top: r.top + 1, left: r.left + 1, bottom: r.bottom + 1, right: r.right + 1 });
    return this;
  }

  /**
   * The clerk inserts `count` rows above row `at` (0-based): cells below move down with fills and
   * comments, the new rows take the fill of the row above (ET's default), merges below move too.
   */
  insertRows(at: number, count = 1): this {
    this.store.shiftRows(at + 1, count);
    if (at > 0) {
      for (const [r, c, cell] of [...this.store.used()]) {
        if (r !== at || cell.fill === undefined) continue;
        for (let i = 0; i < count; i++) this.store.at(at + 1 + i, c).fill = cell.fill;
      }
    }
    for (const m of this.merges) {
      if (m.top >= at + 1) {
        m.top += count;
        m.bottom += count;
      }
    }
    return this;
  }

  /**
   * Test helper: the clerk inserts (count > 0) or deletes (count < 0) rows or columns at 0-based `at`. Cells after
   * them move with their fills and comments; inserted ones take the fill of the row above / column to the left;
   * the workbook's names move with them, as in WPS.
   */
  shift(axis: 'row' | 'col', at: number, count: number): this {
    if (axis === 'row' && count > 0) this.insertRows(at, count);
    else {
      this.store.shift(axis, at + 1, count);
      if (count > 0 && at > 0)
        for (const [r, c, cell] of [...this.store.used()]) {
          if (c !== at || cell.fill === undefined) continue;
          for (let i = 0; i < count; i++) this.store.at(r, at + 1 + i).fill = cell.fill;
        }
    }
    for (const n of this.workbook.nameList) n.RefersTo = shiftFormula(n.RefersTo, this.Name, axis, at, count);
    return this;
  }

  protect(on = true): this {
    this.protectedContents = on;
    return this;
  }

  /** A copy of one cell's record (0-based row/col), undefined when blank and unformatted. */
  cell(row: number, col: number): FakeCell | undefined {
    const c = this.store.get(row + 1, col + 1);
    if (!c || (isBlank(c) && c.fill === undefined && c.comment === undefined)) return undefined;
    return { ...c, comment: c.comment ? { ...c.comment } : undefined };
  }

  /** The value a cell shows, as the fake stores it (errors as their text). */
  shown(ref: string): string | number | boolean | undefined {
    const p = parseRef(ref);
    const c = this.store.get(p.row + 1, p.col + 1);
    return c?.error ?? c?.value;
  }
}

export class FakeSheets implements EtSheets {
  constructor(private readonly workbook: FakeWorkbook) {}

  get Count(): number {
    return this.workbook.sheetList.length;
  }

  Item(index: number | string): FakeWorksheet {
    const list = this.workbook.sheetList;
    const s =
      typeof index === 'number' ? list[index - 1] : list.find((x) => x.Name.toLowerCase() === String(index).toLowerCase());
    if (!s || (typeof index === 'number' && (!Number.isInteger(index) || index < 1))) throw new Error('下标越界');
    return s;
  }

  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): FakeWorksheet {
    return this.workbook.addSheet(before as FakeWorksheet | null | undefined, after as FakeWorksheet | null | undefined);
  }
}
