import { normalizeLabel } from './text';
import type { CellRange, RawCell, SheetGrid } from './types';

/** Absolute-coordinate access to a sheet grid, with merged areas resolved to their top-left value. */
export class SheetView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly mergeOwner = new Map<number, number>();

  constructor(readonly grid: SheetGrid) {
    this.name = grid.name;
    this.top = grid.originRow ?? 0;
    this.left = grid.originCol ?? 0;
    let width = 0;
    for (const row of grid.cells) if (row && row.length > width) width = row.length;
    this.bottom = this.top + grid.cells.length - 1;
    this.right = this.left + width - 1;
    for (const m of grid.merges ?? []) {
      const owner = this.key(m.top, m.left);
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) this.mergeOwner.set(this.key(r, c), owner);
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The value stored in this exact cell (empty for the hidden part of a merge). */
  value(row: number, col: number): RawCell {
    const r = this.grid.cells[row - this.top];
    return r ? r[col - this.left] : undefined;
  }

  /** The value shown in this cell: a merged area shows its top-left value everywhere. */
  shown(row: number, col: number): RawCell {
    const owner = this.mergeOwner.get(this.key(row, col));
    if (owner === undefined) return this.value(row, col);
    return this.value(Math.floor(owner / 16384), owner % 16384);
  }

  /** True when the cell is part of a merge but not its top-left cell. */
  isMergedTail(row: number, col: number): boolean {
    return this.mergeOwner.has(this.key(row, col));
  }

  /** True when the cell belongs to a merged area that starts on an earlier row (a header cell spanning down). */
  spansFromAbove(row: number, col: number): boolean {
    const owner = this.mergeOwner.get(this.key(row, col));
    return owner !== undefined && Math.floor(owner / 16384) < row;
  }

  private labelList?: Array<{ row: number; col: number; text: string }>;
  private labelGrid?: string[][];

  /** Every stored cell whose label (normalizeLabel) is not empty, row by row, left to right; computed once. */
  labels(): ReadonlyArray<{ row: number; col: number; text: string }> {
    if (!this.labelList) {
      const out: Array<{ row: number; col: number; text: string }> = [];
      const grid: string[][] = [];
      const cells = this.grid.cells;
      for (let r = 0; r < cells.length; r++) {
        const row = cells[r];
        const texts: string[] = [];
        grid.push(texts);
        if (!row) continue;
        for (let c = 0; c < row.length; c++) {
          const text = normalizeLabel(row[c]);
          texts.push(text);
          if (text) out.push({ row: this.top + r, col: this.left + c, text });
        }
      }
      this.labelList = out;
      this.labelGrid = grid;
    }
    return this.labelList;
  }

  /** normalizeLabel of the value stored in this exact cell, each cell's computed once (with labels()). */
  labelAt(row: number, col: number): string {
    if (!this.labelGrid) this.labels();
    const r = this.labelGrid![row - this.top];
    return (r && r[col - this.left]) ?? '';
  }

  /** normalizeLabel of the value shown in this cell (a merged area's top-left value everywhere in it). */
  shownLabel(row: number, col: number): string {
    const owner = this.mergeOwner.get(this.key(row, col));
    if (owner === undefined) return this.labelAt(row, col);
    return this.labelAt(Math.floor(owner / 16384), owner % 16384);
  }

  private holding = new Map<string, Array<{ row: number; col: number; text: string }>>();

  /** The stored text cells (strings as stored, not normalized) that hold `word`, row by row, left to right; once per word. */
  textsHolding(word: string): ReadonlyArray<{ row: number; col: number; text: string }> {
    let out = this.holding.get(word);
    if (!out) {
      out = [];
      const cells = this.grid.cells;
      for (let r = 0; r < cells.length; r++) {
        const row = cells[r];
        if (!row) continue;
        for (let c = 0; c < row.length; c++) {
          const v = row[c];
          if (typeof v === 'string' && v.includes(word)) out.push({ row: this.top + r, col: this.left + c, text: v });
        }
      }
      this.holding.set(word, out);
    }
    return out;
  }

  private labelJoined?: string;

  /** Every label of labels(), joined by NUL (which no label holds): one search tells whether any label holds a text. */
  labelText(): string {
    if (this.labelJoined === undefined) this.labelJoined = this.labels().map((l) => l.text).join('\u0000');
    return this.labelJoined;
  }

  get rowCount(): number {
    return this.bottom - this.top + 1;
  }

  contains(range: CellRange): boolean {
    return range.top >= this.top && range.bottom <= this.bottom && range.left >= this.left && range.right <= this.right;
  }
}
