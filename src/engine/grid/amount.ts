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
/** Zero-width characters: invisible, so "12\u200b34" is what the clerk sees, 1234. */
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff]/g;
/** A visible space between two digits (JS \s covers U+3000, NBSP, thin and narrow spaces). */
const SPACE_IN_DIGITS = /\d\s+\d/;
/**
 * The one way spaces may split the digits of a number: thousands grouping, 1–3 digits then groups of exactly
 * three, each separated by one space of the same kind, in the integer part ("1 234 567.50", "1\u2009234").
 */
const GROUPED = /^(\D*?)(\d{1,3})([ \u00a0\u2009\u202f\u3000])(\d{3}(?:\3\d{3})*)(?!\d)([\s\S]*)$/;

/**
 * The cell's text with thousands-grouping spaces taken out, or undefined when a space splits digits any other way
 * ("12 34", "1 2345", "1.234 5"): such a cell is not a number, and reading it as 1234 would hide a typing slip.
 */
function joinGroupedDigits(text: string): string | undefined {
  if (!SPACE_IN_DIGITS.test(text)) return text;
  const m = GROUPED.exec(text);
  if (!m || m[1].endsWith('.') || m[1].endsWith('．')) return undefined;
  const joined = m[1] + m[2] + m[4].split(m[3]).join('') + m[5];
  return SPACE_IN_DIGITS.test(joined) ? undefined : joined;
}

/** A double from a sheet, made exact: 170.10999999999999 → 170.11. */
export function decimalFromNumber(n: number): Decimal {
  let d = DECIMALS.get(n);
  if (d === undefined) {
    if (DECIMALS.size > 100_000) DECIMALS.clear();
    d = new Decimal(n.toPrecision(SPREADSHEET_SIGNIFICANT_DIGITS));
    DECIMALS.set(n, d);
  }
  return d;
}

/**
 * The same amount is read again for every profile tried and every rule that looks at it; a Decimal never
 * changes (its operations return new ones), so each distinct double is made exact once.
 */
const DECIMALS = new Map<number, Decimal>();

/**
 * Reads a money cell the way a clerk means it: blank, "-" or "—" is zero; "4878.73　", " 1,760",
 * full-width digits and numbers stored as text are numbers; #REF! and words are reported, not guessed.
 * Spaces around the number are dropped; spaces inside it only as thousands grouping ("1 234.50" is 1234.5, the
 * way "1,234.50" is), so "12 34" is text, reported as a bad cell rather than read as 1234.
 */
export function parseAmount(v: RawCell): ParsedAmount {
  if (typeof v !== 'string') return parseValue(v);
  // Texts repeat (labels, "-", the same 科目 in every table): each distinct one is parsed once. The result is
  // shared, so it is frozen: a caller that changed it would change every other cell's.
  let p = PARSED_TEXT.get(v);
  if (p === undefined) {
    if (PARSED_TEXT.size > 100_000) PARSED_TEXT.clear();
    p = Object.freeze(parseValue(v));
    PARSED_TEXT.set(v, p);
  }
  return p;
}

const PARSED_TEXT = new Map<string, ParsedAmount>();

function parseValue(v: RawCell): ParsedAmount {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (isCellError(v)) return { kind: 'error', code: v.error };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'error', code: '#NUM!' };
    return { kind: 'number', value: decimalFromNumber(v), storedAsText: false };
  }
  if (typeof v === 'boolean') return { kind: 'text', text: String(v) };
  const joined = joinGroupedDigits(v.replace(INVISIBLE, '').replace(/[\uff10-\uff19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
  if (joined === undefined) return { kind: 'text', text: v.trim() };
  const compact = joined
    .replace(SPACES, '')
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
