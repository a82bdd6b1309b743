/**
 * Cell storage of the WPS 表格 fake: one record per non-blank cell, 1-based rows and columns as in
 * the real object model. Value parsing mimics what ET does when a value is typed or assigned to
 * Value2: "=..." is a formula, "'..." is text, "12.5" / "1,760" / "45%" become numbers.
 */
export interface FakeCell {
  value?: string | number | boolean;
  /** An error the cell shows, e.g. '#REF!'. */
  error?: string;
  formula?: string;
  /** BGR fill colour; undefined means no fill. */
  fill?: number;
  comment?: { text: string; visible: boolean };
}

export type Assigned = string | number | boolean | null | undefined;

const NUMERIC = /^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?%?$/;

/** What a cell holds after `Value2 = v` (formulas keep no computed value in the fake). */
export function parseAssigned(v: Assigned): Pick<FakeCell, 'value' | 'formula' | 'error'> {
  if (v === null || v === undefined || v === '') return {};
  if (typeof v !== 'string') return { value: v };
  if (v.startsWith("'")) return v.length > 1 ? { value: v.slice(1) } : {};
  if (v.startsWith('=') && v.length > 1) return { formula: v };
  if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/.test(v)) return { error: v };
  const t = v.trim();
  if (t !== '' && /\d/.test(t) && NUMERIC.test(t)) {
    const n = Number(t.replace(/,/g, '').replace(/%$/, ''));
    return { value: t.endsWith('%') ? n / 100 : n };
  }
  return { value: v };
}

export function isBlank(c: FakeCell | undefined): boolean {
  return !c || (c.value === undefined && c.error === undefined && c.formula === undefined);
}

/** Counts as "used" for UsedRange: content, fill or comment. */
export function isUsed(c: FakeCell | undefined): boolean {
  return !!c && (!isBlank(c) || c.fill !== undefined || c.comment !== undefined);
}

export class CellStore {
  private readonly cells = new Map<string, FakeCell>();

  private key(row: number, col: number): string {
    return `${row},${col}`;
  }

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(this.key(row, col));
  }

  /** The record for a cell, created when missing. */
  at(row: number, col: number): FakeCell {
    const k = this.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = {};
      this.cells.set(k, c);
    }
    return c;
  }

  /** Rows and columns (1-based) of every used cell. */
  *used(): IterableIterator<[number, number, FakeCell]> {
    for (const [k, c] of this.cells) {
      if (!isUsed(c)) continue;
      const [r, col] = k.split(',').map(Number);
      yield [r, col, c];
    }
  }

  /** Moves every cell at row >= `from` (1-based) down by `count` rows. */
  shiftRows(from: number, count: number): void {
    const moved = new Map<string, FakeCell>();
    for (const [k, c] of this.cells) {
      const [r, col] = k.split(',').map(Number);
      moved.set(r >= from ? this.key(r + count, col) : k, c);
    }
    this.cells.clear();
    for (const [k, c] of moved) this.cells.set(k, c);
  }

  /** Rows (axis 'row') or columns from 1-based `from` move by `count`; with count < 0 the ones deleted are gone. */
  shift(axis: 'row' | 'col', from: number, count: number): void {
    const moved = new Map<string, FakeCell>();
    for (const [k, c] of this.cells) {
      const [r, col] = k.split(',').map(Number);
      const pos = axis === 'row' ? r : col;
      let to = pos;
      if (count > 0) {
        if (pos >= from) to = pos + count;
      } else if (pos >= from && pos < from - count) continue;
      else if (pos >= from - count) to = pos + count;
      moved.set(axis === 'row' ? this.key(to, col) : this.key(r, to), c);
    }
    this.cells.clear();
    for (const [k, c] of moved) this.cells.set(k, c);
  }

  snapshot(): Map<string, FakeCell> {
    const out = new Map<string, FakeCell>();
    for (const [k, c] of this.cells)
      if (isUsed(c)) out.set(k, { ...c, comment: c.comment ? { ...c.comment } : undefined });
    return out;
  }
}
