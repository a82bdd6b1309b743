import type { CellRange, RawCell, SheetGrid } from '../../engine';
import type { SkippedSheet, WorkbookRead } from '../host';
import { HOST_MESSAGES } from '../messages';
import { toRawCell, toRows, toStoredValue } from './cell-values';
import { JOURNAL_SHEET_NAME } from './journal-store';
import type { EtRange, EtWorkbook, EtWorksheet } from './wps-types';

/** A used range larger than this is not read (the same limit as the Excel host). */
export const MAX_SHEET_CELLS = 200_000;

/**
 * Reads every sheet but the add-in's own journal sheet: one Value2 call per sheet for the values,
 * a MergeCells check per sheet (and per row only where the sheet has merges), the protection flag.
 */
export function readWorkbookFrom(book: EtWorkbook, maxSheetCells = MAX_SHEET_CELLS): WorkbookRead {
  const sheets: SheetGrid[] = [];
  const skipped: SkippedSheet[] = [];
  // Worksheets, not Sheets: a chart sheet has no cells.
  for (let i = 1; i <= book.Worksheets.Count; i++) {
    const ws = book.Worksheets.Item(i);
    const name = ws.Name;
    if (name === JOURNAL_SHEET_NAME) continue;
    const used = ws.UsedRange;
    const rows = used.Rows.Count;
    const cols = used.Columns.Count;
    if (rows * cols > maxSheetCells) {
      skipped.push({ sheet: name, reason: 'too-large', cells: rows * cols, message: HOST_MESSAGES.sheetTooLarge(name, rows * cols, maxSheetCells) });
      continue;
    }
    sheets.push(readSheet(ws, name, used));
  }
  const result: WorkbookRead = { name: book.Name, sheets };
  if (skipped.length) result.skipped = skipped;
  return result;
}

function readSheet(ws: EtWorksheet, name: string, used: EtRange): SheetGrid {
  const top = used.Row - 1;
  const left = used.Column - 1;
  const cells: RawCell[][] = toRows(used.Value2).map((row, r) =>
    row.map((v, c) => toRawCell(toStoredValue(v, () => used.Item(r + 1, c + 1).Text))),
  );
  const empty = cells.every((row) => row.every((v) => v === null));
  const grid: SheetGrid = { name, cells: empty ? [] : cells, originRow: top, originCol: left, protected: !!ws.ProtectContents };
  const merges = empty ? [] : readMerges(used);
  if (merges.length) grid.merges = merges;
  return grid;
}

/** Merged areas inside the used range, in 0-based sheet coordinates. */
function readMerges(used: EtRange): CellRange[] {
  if (used.MergeCells === false) return [];
  const rows = used.Rows.Count;
  const cols = used.Columns.Count;
  const found: CellRange[] = [];
  const covered = (r: number, c: number) => found.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  for (let r = 1; r <= rows; r++) {
    if (used.Item(r, 1).Resize(1, cols).MergeCells === false) continue;
    for (let c = 1; c <= cols; c++) {
      const sheetRow = used.Row + r - 2;
      const sheetCol = used.Column + c - 2;
      if (covered(sheetRow, sheetCol)) continue;
      const cell = used.Item(r, c);
      if (cell.MergeCells !== true) continue;
      const area = cell.MergeArea;
      found.push({
        top: area.Row - 1,
        left: area.Column - 1,
        bottom: area.Row - 1 + area.Rows.Count - 1,
        right: area.Column - 1 + area.Columns.Count - 1,
      });
    }
  }
  return found;
}
