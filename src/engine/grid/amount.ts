import Decimal from 'decimal.js';
import { isCellError, type RawCell } from './types';

/** Spreadsheets keep 15 significant digits; anything past that in a double is binary noise. */
export const SPREADSHEET_SIGNIFICANT_DIGITS = 15;

export type ParsedAmount =
  | { kind: 'blank' }
  | { kind: 'number'; value: Decimal; storedAsText: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'error'; code: string };

const ZERO_MARKS = new Set(['-', '—', '——', '－', '–', '―', '/']);
const ERROR_TEXT = /^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;
const SPACES = /[\s\u3000\u00a0\u200b\ufeff]/g;

/** A double from a sheet, made exact: 170.10999999999999 → 170.11. */
export function decimalFromNumber(n: number): Decimal {
  return new Decimal(n.toPrecision(SPREADSHEET_SIGNIFICANT_DIGITS));
}

/**
 * Reads a money cell the way a clerk means it: blank, "-" or "—" is zero; "4878.73　", " 1,760",
 * full-width digits and numbers stored as text are numbers; #REF! and words are reported, not guessed.
 */
export function parseAmount(v: RawCell): ParsedAmount {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (isCellError(v)) return { kind: 'error', code: v.error };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'error', code: '#NUM!' };
    return { kind: 'number', value: decimalFromNumber(v), storedAsText: false };
  }
  if (typeof v === 'boolean') return { kind: 'text', text: String(v) };
  const compact = v
    .replace(SPACES, '')
    .replace(/[\uff10-\uff19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[－]/g, '-');
  if (compact === '') return { kind: 'blank' };
  if (ZERO_MARKS.has(compact)) return { kind: 'blank' };
  if (ERROR_TEXT.test(compact)) return { kind: 'error', code: compact.toUpperCase() };
  const negativeParens = /^\((.*)\)$/.exec(compact);
  const body = (negativeParens ? negativeParens[1] : compact).replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(body)) return { kind: 'text', text: v.trim() };
  const value = new Decimal(body);
  return { kind: 'number', value: negativeParens ? value.negated() : value, storedAsText: true };
}
