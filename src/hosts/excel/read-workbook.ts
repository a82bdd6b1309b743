import { parseRange } from '../../engine';
import type { CellRange, SheetGrid } from '../../engine';
import type { SkippedSheet, WorkbookRead } from '../host';
import { HOST_MESSAGES } from '../messages';
import { toRawCell } from './cell-values';
import type { ExcelFeatures } from './requirements';

/** A used range larger than this is not read: the clerk gets a message instead of a frozen Excel. */
export const MAX_SHEET_CELLS = 200_000;

export interface SheetInfo {
  name: string;
  /** Worksheet.id: the same sheet keeps it when renamed, so the journal can follow it. */
  id: string;
  protected: boolean;
}

/** Queues loading every worksheet's name and id (and, with ExcelApi 1.2, whether it is protected). */
export function queueSheetList(ctx: Excel.RequestContext, features: ExcelFeatures): () => SheetInfo[] {
  const sheets = ctx.workbook.worksheets;
  sheets.load(features.protection ? 'items/name,items/id,items/protection/protected' : 'items/name,items/id');
  return () =>
    sheets.items.map((ws) => ({ name: ws.name, id: ws.id, protected: features.protection ? ws.protection.protected : false }));
}

/**
 * Reads every worksheet in three round trips whatever their number: (1) the sheet list, (2) each
 * used range's position and size, (3) the values of every used range small enough to read, with
 * their merged areas. Anything queued on `ctx` before the call rides along with the first trip.
 */
export async function readWorkbook(
  ctx: Excel.RequestContext,
  features: ExcelFeatures,
  maxSheetCells = MAX_SHEET_CELLS,
): Promise<WorkbookRead & { sheetInfo: SheetInfo[] }> {
  const list = queueSheetList(ctx, features);
  await ctx.sync();
  const sheetInfo = list();
  const used = ctx.workbook.worksheets.items.map((ws) => {
    const range = features.valuesOnlyUsedRange ? ws.getUsedRange(true) : ws.getUsedRange();
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return range;
  });
  await ctx.sync();

  const skipped: SkippedSheet[] = [];
  const reads = used.map((range, i) => {
    const cells = range.rowCount * range.columnCount;
    if (cells > maxSheetCells) {
      const sheet = sheetInfo[i].name;
      skipped.push({ sheet, reason: 'too-large', cells, message: HOST_MESSAGES.sheetTooLarge(sheet, cells, maxSheetCells) });
      return undefined;
    }
    range.load('values,valueTypes');
    const merged = features.mergedAreas ? range.getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    return { range, merged };
  });
  if (reads.some((r) => r)) await ctx.sync();

  const sheets: SheetGrid[] = [];
  reads.forEach((read, i) => {
    if (!read) return;
    const { range, merged } = read;
    const types = range.valueTypes as string[][];
    const grid: SheetGrid = {
      name: sheetInfo[i].name,
      cells: range.values.map((row, r) => row.map((v, c) => toRawCell(v, types[r][c]))),
      originRow: range.rowIndex,
      originCol: range.columnIndex,
    };
    if (features.protection) grid.protected = sheetInfo[i].protected;
    if (merged && !merged.isNullObject) grid.merges = parseAreas(merged.address);
    sheets.push(grid);
  });
  const result: WorkbookRead & { sheetInfo: SheetInfo[] } = { sheets, sheetInfo };
  if (skipped.length) result.skipped = skipped;
  return result;
}

/** "Sheet1!A1:B2, 'my sheet'!D4:E4" → ranges; only the part after each "!" matters here. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  const re = /!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?=\s*,|\s*$)/g;
  for (const m of address.matchAll(re)) out.push(parseRange(m[1].replace(/\$/g, '')));
  return out;
}
