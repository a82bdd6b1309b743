import { parseRange } from '../engine';
import type { CellRange, RawCell, SheetGrid, WorkbookGrid } from '../engine';

/**
 * An .xlsx as the engine's grid, through ExcelJS: what each cell shows (a formula's cached result),
 * merges and protection. Shared by the Node reader and the pane's reader of last year's file, each of
 * which brings its own ExcelJS build.
 */

export const XLSX_READ_TEXT = {
  empty: '文件为空',
  legacy: '文件设有打开密码或是旧版 .xls 格式，无法读取：请在 Excel/WPS 中取消密码或另存为 .xlsx 后再检查',
  notXlsx: '不是有效的 .xlsx 文件',
  damaged: (detail: string) => `.xlsx 文件已损坏，无法读取（${detail}）`,
} as const;

type ExcelJsModule = typeof import('exceljs');
type CellValue = import('exceljs').CellValue;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function cellValue(v: CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('error' in v && v.error) return { error: String(v.error) };
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: CellValue }).result;
      return result === undefined || result === null ? null : cellValue(result);
    }
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

function sheetGrid(ExcelJS: ExcelJsModule, ws: import('exceljs').Worksheet): SheetGrid {
  const cells: RawCell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The hidden cells of a merge repeat the master's value in ExcelJS; the grid keeps only the master.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      // ExcelJS leaves a formula's cached 0 or "" out of cell.value; cell.result keeps it.
      out[colNumber - 1] = cell.type === ExcelJS.ValueType.Formula ? cellValue((cell.result ?? null) as CellValue) : cellValue(cell.value);
    });
    cells[rowNumber - 1] = out;
  });
  for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = [];
  const merges: CellRange[] = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((m) => parseRange(m));
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  return { name: ws.name, cells, merges, protected: Boolean(protection?.sheet) };
}

/** Reads the bytes of an .xlsx; throws an Error whose message is the one line a clerk reads. */
export async function workbookFromBytes(
  ExcelJS: ExcelJsModule,
  bytes: Uint8Array,
  name?: string,
  /** The reader's limits, checked on the zip before ExcelJS builds a cell: the reason a file is refused. */
  precheck?: (bytes: Uint8Array) => Promise<string | undefined>,
): Promise<WorkbookGrid> {
  if (bytes.length === 0) throw new Error(XLSX_READ_TEXT.empty);
  if (startsWith(bytes, OLE_MAGIC)) throw new Error(XLSX_READ_TEXT.legacy);
  if (!startsWith(bytes, ZIP_MAGIC)) throw new Error(XLSX_READ_TEXT.notXlsx);
  const refused = precheck ? await precheck(bytes) : undefined;
  if (refused) throw new Error(refused);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new Error(XLSX_READ_TEXT.damaged(String((e as Error).message ?? e).split('\n')[0]));
  }
  const sheets = wb.worksheets.filter((ws) => ws.state !== 'veryHidden').map((ws) => sheetGrid(ExcelJS, ws));
  return { name, sheets };
}
