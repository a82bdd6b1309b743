import type { RawCell } from '../../engine/grid/types';
import type { CellInput } from '../host';
import type { CellState, StoredValue } from '../journal';

/**
 * Between Office.js cell payloads and the add-in's cells. `values` holds what the sheet shows (a
 * formula's result); an error shows as its text ("#REF!"), which only `valueTypes` tells apart from
 * the same text typed into a cell.
 */
export function toStoredValue(value: unknown, valueType: string | undefined): StoredValue {
  if (valueType === 'Error') return { error: String(value) };
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

export function toRawCell(value: unknown, valueType: string | undefined): RawCell {
  return toStoredValue(value, valueType);
}

/** A cell's state from `values`, `valueTypes` and `formulas` loaded on the same range. */
export function toCellState(value: unknown, valueType: string | undefined, formula: unknown): CellState {
  const state: CellState = { value: toStoredValue(value, valueType) };
  if (typeof formula === 'string' && formula.startsWith('=')) state.formula = formula;
  return state;
}

/** What to put in `values` to write an add-in value; blank clears the cell's content, not its format. */
export function toExcelInput(v: CellInput): string | number {
  return v === null ? '' : v;
}

/** What to put in `formulas` to give a cell back exactly what it had: its formula, else its constant. */
export function toExcelRestore(state: CellState): string | number | boolean {
  if (state.formula) return state.formula;
  const v = state.value;
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return v;
}
