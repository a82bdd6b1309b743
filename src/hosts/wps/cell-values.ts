import type { RawCell } from '../../engine';
import type { CellInput } from '../host';
import type { StoredValue } from '../journal';
import { ET_ERROR_CODES, type EtScalar, type EtValue2 } from './wps-types';

/**
 * Between ET's Value2 and the add-in's cells. Value2 is a scalar for one cell and a 2-D array for
 * several; empty cells arrive as undefined (or null / '' on some builds); error cells as the COM error
 * number of the error (#REF! = -2146826265), which a real number can equal only by accident, so such
 * a number is confirmed with the cell's Text before it is taken for an error.
 */

/** Value2 of any range as rows of cells, always 2-D. */
export function toRows(v: EtValue2): EtScalar[][] {
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row : [row as EtScalar]));
  return [[v]];
}

/** The error text for a Value2 number that is an error code, else undefined. */
export function errorCodeText(v: EtScalar): string | undefined {
  return typeof v === 'number' ? ET_ERROR_CODES[v] : undefined;
}

/**
 * A Value2 item as the add-in stores it. `shownText` gives the cell's displayed text; it is asked only
 * for numbers that are error codes.
 */
export function toStoredValue(v: EtScalar, shownText?: () => string | null | undefined): StoredValue {
  if (v === undefined || v === null || v === '') return null;
  const code = errorCodeText(v);
  if (code !== undefined) {
    const text = shownText ? shownText() : code;
    if (typeof text === 'string' && text.startsWith('#')) return { error: text };
    return v as number;
  }
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

export function toRawCell(v: StoredValue): RawCell {
  return typeof v === 'object' && v !== null ? { error: v.error } : v;
}

const NUMBER_LIKE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;
const DATE_LIKE = /^\d{1,4}\s*[-/.年月]\s*\d{1,2}/;

/**
 * Text the sheet would not keep as typed: a formula start, a leading apostrophe, a number, a date, a
 * boolean or an error. Written with a leading apostrophe, it stays the same text.
 */
export function wouldBeParsed(s: string): boolean {
  const t = s.trim();
  if (/^[=+@']/.test(s)) return true;
  if (/^#/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (t !== '' && /\d/.test(t) && NUMBER_LIKE.test(t)) return true;
  return DATE_LIKE.test(t);
}

/**
 * What to assign to Value2 for a value the add-in writes. Numbers in text form ("45.47%") are left
 * for the sheet to read as numbers, as Excel does with the same text; only a text that would turn into
 * a formula (or lose its apostrophe) is quoted.
 */
export function toEtInput(v: Exclude<CellInput, null>): string | number {
  if (typeof v === 'string' && /^[=+@']/.test(v)) return `'${v}`;
  return v;
}

/** What to assign to Value2 to give a cell back a constant it had, exactly as it was. */
export function toEtRestore(v: Exclude<StoredValue, null | { error: string }>): string | number | boolean {
  if (typeof v === 'string' && wouldBeParsed(v)) return `'${v}`;
  return v;
}

/** '#FFC7CE' (RGB, as mark-style writes colours) → ET's BGR number. */
export function hexToBgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`无法识别的颜色：${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16));
  return (b << 16) | (g << 8) | r;
}

/** ET's BGR number → '#RRGGBB'. */
export function bgrToHex(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}
