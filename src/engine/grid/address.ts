import type { CellRange, CellRef } from './types';

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Excel needs quotes around sheet names with spaces or punctuation; CJK letters are fine bare. */
export function quoteSheetName(name: string): string {
  // Explicit ranges, not \p{L}: WPS's older embedded browsers predate Unicode property escapes.
  return /^[A-Za-z0-9_.\u00c0-\u024f\u3400-\u9fff\uf900-\ufaff]+$/.test(name) && !/^\d/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatRef(ref: CellRef): string {
  return `${quoteSheetName(ref.sheet)}!${a1(ref.row, ref.col)}`;
}

export function formatRange(sheet: string, range: CellRange): string {
  const start = a1(range.top, range.left);
  const end = a1(range.bottom, range.right);
  return `${quoteSheetName(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

/** Parses "A1", "表1!B5", "'my sheet'!C3" (sheet defaults to `defaultSheet`). */
export function parseRef(text: string, defaultSheet = ''): CellRef {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!m) throw new Error(`无法识别的单元格地址：${text}`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2] ?? defaultSheet;
  return { sheet, row: Number(m[4]) - 1, col: columnIndex(m[3]) };
}

/** Parses "A1:C3" into a range. */
export function parseRange(text: string): CellRange {
  const [a, b = a] = text.split(':');
  const p = parseRef(a);
  const q = parseRef(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}
