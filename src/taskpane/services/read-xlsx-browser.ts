import type { CellRange, RawCell, SheetGrid, WorkbookGrid } from '../../engine';
import { parseRange } from '../../engine';

/**
 * Last year's workbook, read in the pane from the file the clerk picked: what each cell shows
 * (a formula's cached result), merges and protection, as the Node reader (src/hosts/node/read-xlsx.ts)
 * does. ExcelJS's browser build is loaded only when a file is picked.
 */

export const XLSX_READ_TEXT = {
  empty: '文件为空',
  legacy: '文件设有打开密码或是旧版 .xls 格式，无法读取：请在 Excel/WPS 中取消密码或另存为 .xlsx 后再选择',
  notXlsx: '不是有效的 .xlsx 文件',
  damaged: (detail: string) => `.xlsx 文件已损坏，无法读取（${detail}）`,
} as const;

type ExcelJsModule = typeof import('exceljs');
type CellValue = import('exceljs').CellValue;

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
      if (cell.isMerged && cell.master.address !== cell.address) return;
      out[colNumber - 1] = cell.type === ExcelJS.ValueType.Formula ? cellValue((cell.result ?? null) as CellValue) : cellValue(cell.value);
    });
    cells[rowNumber - 1] = out;
  });
  for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = [];
  const merges: CellRange[] = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((m) => parseRange(m));
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  return { name: ws.name, cells, merges, protected: Boolean(protection?.sheet) };
}

export async function readXlsxBytes(buffer: ArrayBuffer, name: string): Promise<WorkbookGrid> {
  const bytes = new Uint8Array(buffer);
  if (bytes.length === 0) throw new Error(XLSX_READ_TEXT.empty);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new Error(XLSX_READ_TEXT.legacy);
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new Error(XLSX_READ_TEXT.notXlsx);
  const mod = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')) as ExcelJsModule & { default?: ExcelJsModule };
  const ExcelJS = mod.default ?? mod;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer);
  } catch (e) {
    throw new Error(XLSX_READ_TEXT.damaged(String((e as Error).message ?? e).split('\n')[0]));
  }
  const sheets = wb.worksheets.filter((ws) => ws.state !== 'veryHidden').map((ws) => sheetGrid(ExcelJS, ws));
  return { name, sheets };
}

export async function readXlsxFileInBrowser(file: File): Promise<WorkbookGrid> {
  return readXlsxBytes(await file.arrayBuffer(), file.name);
}
