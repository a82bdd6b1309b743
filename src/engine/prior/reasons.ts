import type { Analysis } from '../analyze';
import { normalizeName } from '../compute/prior-match';
import { SheetView } from '../grid/sheet-view';
import { compactText, displayText, normalizeLabel } from '../grid/text';
import type { CellRef, WorkbookGrid } from '../grid/types';
import { findSideColumns } from './side-columns';

/** A reason the clerk wrote for a change against last year. */
export interface ReasonEntry {
  /** The 表N it is limited to: "表3 基本支出" in a reasons sheet, or the table a 变动原因 column stands beside. */
  table?: number;
  /** What it explains, normalized: codes, names, item roles. */
  keys: string[];
  text: string;
  ref: CellRef;
  source: 'column' | 'sheet';
}

export interface ReasonBook {
  entries: ReasonEntry[];
}

/** Sheets holding reasons: two columns 项目 | 原因. */
export const REASON_SHEET = /^(变动原因|增减原因|说明|变动说明)/;
const KEY_HEADER = /^(项目|科目|名称|项目名称|科目名称)$/;
const TEXT_HEADER = /原因|说明/;
const TABLE_PREFIX = /^表\s*(\d{1,2})\s*[:：\s、.．-]*/;

/** Every reason in the workbook: 变动原因 columns beside tables, then reasons sheets. */
export function readReasons(grid: WorkbookGrid, analysis?: Analysis): ReasonBook {
  const entries: ReasonEntry[] = [];
  if (analysis) {
    for (const side of findSideColumns(grid, analysis)) {
      if (side.kind !== 'reason') continue;
      const view = new SheetView(grid.sheets.find((s) => s.name === side.table.sheet)!);
      const rows = [...side.block.rows, ...(side.block.total && !side.block.rows.includes(side.block.total) ? [side.block.total] : [])];
      for (const row of rows) {
        const text = displayText(view.value(row.row, side.col));
        if (!text) continue;
        const keys = [row.kind === 'total' ? 'total' : '', row.code ?? '', row.role ?? '', normalizeName(row.name), normalizeName(row.project ?? '')];
        entries.push({
          table: side.table.def.number,
          keys: unique(keys),
          text,
          ref: { sheet: side.table.sheet, row: row.row, col: side.col },
          source: 'column',
        });
      }
    }
  }
  for (const sheet of grid.sheets) {
    if (!REASON_SHEET.test(compactText(sheet.name))) continue;
    entries.push(...sheetEntries(new SheetView(sheet)));
  }
  return { entries };
}

function sheetEntries(view: SheetView): ReasonEntry[] {
  let keyCol = view.left;
  let textCol = view.left + 1;
  let start = view.top;
  // The header row is optional: 项目 | 原因 in the first rows, else the first two columns.
  for (let r = view.top; r <= Math.min(view.bottom, view.top + 4); r++) {
    let k = -1;
    let t = -1;
    for (let c = view.left; c <= view.right; c++) {
      const h = normalizeLabel(view.value(r, c));
      if (k < 0 && KEY_HEADER.test(h)) k = c;
      else if (t < 0 && TEXT_HEADER.test(h)) t = c;
    }
    if (k >= 0 && t >= 0) {
      keyCol = k;
      textCol = t;
      start = r + 1;
      break;
    }
  }
  const out: ReasonEntry[] = [];
  for (let r = start; r <= view.bottom; r++) {
    const rawKey = displayText(view.value(r, keyCol));
    const text = displayText(view.value(r, textCol));
    if (!rawKey || !text) continue;
    const m = normalizeLabel(rawKey).match(TABLE_PREFIX);
    const key = m ? normalizeLabel(rawKey).slice(m[0].length) : normalizeLabel(rawKey);
    out.push({
      ...(m ? { table: Number(m[1]) } : {}),
      keys: unique([codeOf(key), normalizeName(key)]),
      text,
      ref: { sheet: view.name, row: r, col: textCol },
      source: 'sheet',
    });
  }
  return out;
}

export interface ReasonQuery {
  table?: number;
  code?: string;
  /** Names the item goes by: its row name, its label in the narrative, its role. */
  names: string[];
}

/**
 * The clerk's reason for one item: an entry naming it and limited to its table first, then one
 * naming it without a table. An entry limited to another table never applies.
 */
export function findReason(book: ReasonBook | undefined, query: ReasonQuery): ReasonEntry | undefined {
  if (!book) return undefined;
  const wanted = new Set(unique([codeOf(query.code ?? ''), ...query.names.map((n) => normalizeName(n))]));
  const hits = book.entries.filter((e) => e.keys.some((k) => wanted.has(k)) && (e.table === undefined || e.table === query.table));
  return hits.find((e) => e.table !== undefined) ?? hits[0];
}

function codeOf(text: string): string {
  const digits = compactText(text).replace(/[-.·]/g, '');
  return /^\d{3,7}$/.test(digits) ? digits : '';
}

function unique(list: string[]): string[] {
  return Array.from(new Set(list.filter((k) => k !== '')));
}
