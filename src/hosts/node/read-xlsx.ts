import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { parseRange } from '../../engine/grid/address';
import type { CellRange, RawCell, SheetGrid, WorkbookGrid } from '../../engine/grid/types';

/** A file that cannot be checked, with the one-line reason a clerk reads. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** What the sheet shows in a cell, from ExcelJS's value: formulas give their cached result. */
export function cellValue(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('error' in v && v.error) return { error: String(v.error) };
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      return cellValue(result as ExcelJS.CellValue);
    }
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const cells: RawCell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The hidden cells of a merge repeat the master's value in ExcelJS; the grid keeps only the master.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      // ExcelJS leaves a formula's cached 0 or "" out of cell.value; cell.result keeps it.
      out[colNumber - 1] = cell.type === ExcelJS.ValueType.Formula ? cellValue((cell.result ?? null) as ExcelJS.CellValue) : cellValue(cell.value);
    });
    cells[rowNumber - 1] = out;
  });
  for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = [];
  const model = ws.model as unknown as { merges?: string[] };
  const merges: CellRange[] = (model.merges ?? []).map((m) => parseRange(m));
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  return { name: ws.name, cells, merges, protected: Boolean(protection?.sheet) };
}

/** Reads an .xlsx into the engine's grid. Throws WorkbookReadError with a Chinese one-line reason. */
export async function readXlsxBuffer(buffer: Buffer, name?: string): Promise<WorkbookGrid> {
  if (buffer.length === 0) throw new WorkbookReadError('文件为空');
  if (buffer.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new WorkbookReadError('文件设有打开密码或是旧版 .xls 格式，无法读取：请在 Excel/WPS 中取消密码或另存为 .xlsx 后再检查');
  }
  if (!buffer.subarray(0, 4).equals(ZIP_MAGIC)) throw new WorkbookReadError('不是有效的 .xlsx 文件');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError(`.xlsx 文件已损坏，无法读取（${(e as Error).message.split('\n')[0]}）`);
  }
  const sheets = wb.worksheets.filter((ws) => ws.state !== 'veryHidden').map(sheetGrid);
  return { name, sheets };
}

export async function readXlsxFile(path: string): Promise<WorkbookGrid> {
  let buffer: Buffer;
  try {
    buffer = await fs.promises.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : `无法打开文件（${code ?? (e as Error).message}）`);
  }
  return readXlsxBuffer(buffer, path);
}
