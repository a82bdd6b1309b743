import type { RawCell } from '../../engine';
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

/**
 * A cell's state from `values`, `valueTypes` and `formulas` loaded on the same range. A text cell
 * whose text starts with "=" (written with Excel's apostrophe prefix) reports that text in both
 * `values` and `formulas`: it is text, not a formula.
 */
export function toCellState(value: unknown, valueType: string | undefined, formula: unknown): CellState {
  const state: CellState = { value: toStoredValue(value, valueType) };
  const isText = valueType === 'String' && (formula === value || formula === `'${String(value)}`);
  if (typeof formula === 'string' && formula.startsWith('=') && !isText) state.formula = formula;
  return state;
}

const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?%?$/;

/**
 * Text Excel would not keep as typed: "=…" (and "+…", "-…" that are not numbers) become formulas, and
 * a leading apostrophe is taken as Excel's text prefix and dropped. Such text is written with the
 * apostrophe prefix, as Excel itself stores text typed as "'=…": the cell shows the text, and holds text.
 */
export function needsTextPrefix(s: string): boolean {
  if (/^[='@]/.test(s)) return true;
  if (/^[+-]/.test(s)) {
    const t = s.trim();
    return !(/\d/.test(t) && NUMBER_TEXT.test(t));
  }
  return false;
}

function asTextInput(s: string): string {
  return needsTextPrefix(s) ? `'${s}` : s;
}

/**
 * What to put in `values` to write an add-in value; blank clears the cell's content, not its format.
 * Text is text: a narrative line "=HYPERLINK(…)" is never a live formula. Numbers in text form
 * ("45.47%") are left for Excel to read as numbers, as it does with the same text typed.
 */
export function toExcelInput(v: CellInput): string | number {
  if (v === null) return '';
  return typeof v === 'string' ? asTextInput(v) : v;
}

/** What to put in `formulas` to give a cell back exactly what it had: its formula, else its constant. */
export function toExcelRestore(state: CellState): string | number | boolean {
  if (state.formula) return state.formula;
  const v = state.value;
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return typeof v === 'string' && wouldBeParsed(v) ? `'${v}` : v;
}

/** Text Excel would turn into something else when typed: a formula, a number, a boolean, an error, a date. */
function wouldBeParsed(s: string): boolean {
  const t = s.trim();
  if (needsTextPrefix(s)) return true;
  if (/^#/.test(t) || /^(true|false)$/i.test(t)) return true;
  if (t !== '' && /\d/.test(t) && NUMBER_TEXT.test(t)) return true;
  return /^\d{1,4}\s*[-/.年月]\s*\d{1,2}/.test(t);
}
