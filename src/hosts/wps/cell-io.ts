import type { CellRef } from '../../engine';
import type { CellInput } from '../host';
import type { CellState } from '../journal';
import { bgrToHex, hexToBgr, toEtInput, toEtRestore, toRows, toStoredValue } from './cell-values';
import { findSheet } from './journal-store';
import type { EtRange, EtWorkbook, EtWorksheet } from './wps-types';
import { XL_NONE } from './wps-types';

/**
 * Reading and writing single cells through the ET object model. Rows and columns are the add-in's
 * 0-based coordinates; ET's are 1-based.
 */

export function cellAt(ws: EtWorksheet, row: number, col: number): EtRange {
  return ws.Cells.Item(row + 1, col + 1);
}

/** Sheets by name, looked up once per operation. */
export class SheetLookup {
  private readonly byName = new Map<string, EtWorksheet | undefined>();

  constructor(private readonly book: EtWorkbook) {}

  get(name: string): EtWorksheet | undefined {
    if (!this.byName.has(name)) this.byName.set(name, findSheet(this.book.Worksheets, name));
    return this.byName.get(name);
  }

  forget(name: string): void {
    this.byName.delete(name);
  }
}

export function readState(cell: EtRange): CellState {
  const state: CellState = { value: toStoredValue(toRows(cell.Value2)[0][0], () => cell.Text) };
  if (cell.HasFormula) state.formula = cell.Formula;
  return state;
}

/** Largest block read in one Value2 call when fetching the states of scattered cells. */
const MAX_BLOCK_CELLS = 20000;

/**
 * The states of many cells of one sheet: one Value2 read of their bounding block, one HasFormula
 * check of it, and per-cell calls only for formulas and error codes.
 */
export function readStates(ws: EtWorksheet, refs: CellRef[]): Map<string, CellState> {
  const out = new Map<string, CellState>();
  if (refs.length === 0) return out;
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const r of refs) {
    top = Math.min(top, r.row);
    left = Math.min(left, r.col);
    bottom = Math.max(bottom, r.row);
    right = Math.max(right, r.col);
  }
  const key = (r: CellRef) => `${r.row},${r.col}`;
  if ((bottom - top + 1) * (right - left + 1) > MAX_BLOCK_CELLS) {
    for (const r of refs) out.set(key(r), readState(cellAt(ws, r.row, r.col)));
    return out;
  }
  const block = ws.Cells.Item(top + 1, left + 1).Resize(bottom - top + 1, right - left + 1);
  const values = toRows(block.Value2);
  const anyFormula = block.HasFormula !== false;
  for (const r of refs) {
    const cell = () => cellAt(ws, r.row, r.col);
    const raw = values[r.row - top]?.[r.col - left];
    const state: CellState = { value: toStoredValue(raw, () => cell().Text) };
    if (anyFormula && cell().HasFormula) state.formula = cell().Formula;
    out.set(key(r), state);
  }
  return out;
}

export function writeValue(cell: EtRange, v: CellInput): void {
  if (v === null) cell.ClearContents();
  else cell.Value2 = toEtInput(v);
}

/** Gives a cell back exactly the content it had: its formula, else its constant, else nothing. */
export function restoreState(cell: EtRange, state: CellState): void {
  if (state.formula) {
    cell.Formula = state.formula;
    return;
  }
  const v = state.value;
  if (v === null) cell.ClearContents();
  // Typing an error's text ("#N/A") gives the cell that error.
  else if (typeof v === 'object') cell.Formula = v.error;
  else cell.Value2 = toEtRestore(v);
}

/** The cell's fill as '#RRGGBB', or null when it has none. */
export function readFill(cell: EtRange): string | null {
  const interior = cell.Interior;
  if (interior.Pattern === XL_NONE || interior.ColorIndex === XL_NONE) return null;
  return bgrToHex(interior.Color);
}

export function writeFill(cell: EtRange, fill: string | null): void {
  if (fill === null) cell.Interior.ColorIndex = XL_NONE;
  else cell.Interior.Color = hexToBgr(fill);
}
