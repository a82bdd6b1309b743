import { isCellError, type RawCell } from './types';

/** Whitespace a clerk's cells arrive with: ASCII, U+3000 ideographic space, NBSP, zero-width. */
const SPACES = /[\s\u3000\u00a0\u200b\ufeff]+/g;

/** The cell's text with every kind of space removed: what matching titles, headers and labels uses. */
export function compactText(v: RawCell): string {
  if (v === null || v === undefined || isCellError(v) || isNonFinite(v)) return '';
  return String(v).replace(SPACES, '');
}

/**
 * NaN and ±Infinity are no value a sheet can hold: a host that hands one over had a calculation fail, so it
 * reads as the error value #NUM! (as parseAmount reads it), never as the words "NaN" or "Infinity".
 */
function isNonFinite(v: RawCell): v is number {
  return typeof v === 'number' && !Number.isFinite(v);
}

/** The cell's text trimmed of the spaces around it, inner spacing kept (for display). */
export function displayText(v: RawCell): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (isNonFinite(v)) return '#NUM!';
  return String(v).replace(/^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/g, '');
}

const FULL_WIDTH_MAP: Record<string, string> = { '（': '(', '）': ')', '：': ':', '，': ',', '“': '"', '”': '"', '、': ',' };

/**
 * Canonical form for comparing labels: spaces removed, full-width ASCII folded to half-width,
 * Chinese brackets and colons unified.
 */
export function normalizeLabel(v: RawCell): string {
  // A number's text has no space nor full-width character to fold: String(v) is its label (NaN and ±Infinity read as empty).
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return normalizeUncached(v);
  let out = LABEL_CACHE.get(v);
  if (out === undefined) {
    if (LABEL_CACHE.size > 100_000) LABEL_CACHE.clear();
    out = normalizeUncached(v);
    LABEL_CACHE.set(v, out);
  }
  return out;
}

/** Labels repeat across rows, tables and workbooks; normalizing each distinct text once is the hot path's saving. */
const LABEL_CACHE = new Map<string, string>();

function normalizeUncached(v: RawCell): string {
  return compactText(v)
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[（）：，“”、]/g, (ch) => FULL_WIDTH_MAP[ch] ?? ch)
    .replace(/[【〔［]/g, '[')
    .replace(/[】〕］]/g, ']');
}

/** Strips list numbering and 其中 prefixes: "一、本年收入" → "本年收入", "1.一般公共预算拨款" → "一般公共预算拨款". */
export function stripNumbering(label: string): string {
  return label
    .replace(/^(其中|含)[:：]?/, '')
    .replace(/^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．,])/, '')
    .replace(/^(?:[（(]\d+[)）]|\d+[、.．,](?!\d))/, '')
    .replace(/^(其中|含)[:：]?/, '');
}
