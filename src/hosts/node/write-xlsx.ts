import { Workbook, type CellErrorValue, type CellValue, type Worksheet } from 'exceljs';
import { readSheetSource, type SheetSource, type SourceCell, type SourceValue } from './sheet-source';

/** Fixed document dates, so regenerating a sample changes the file only when its content changes. */
const DOCUMENT_DATE = new Date(Date.UTC(2023, 0, 1));

/**
 * Builds the workbook a sheet source describes: text stays text ("4878.73　" is not a number in
 * Excel either), numbers are numbers shown with the decimals written, formulas are real formulas
 * with their cached results, plus merges, column widths and bold cells.
 */
export function buildWorkbook(source: SheetSource): Workbook {
  const workbook = new Workbook();
  workbook.creator = '预算公开助手';
  workbook.created = DOCUMENT_DATE;
  workbook.modified = DOCUMENT_DATE;
  for (const sheet of source.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const { col, width } of sheet.widths) ws.getColumn(col + 1).width = width;
    for (const { row, col, cell } of sheet.cells) {
      const target = ws.getCell(row + 1, col + 1);
      target.value = excelValue(cell);
      const format = numberFormat(cell.kind === 'formula' ? cell.result : cell);
      if (format) target.numFmt = format;
    }
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const range of sheet.bold) boldRange(ws, range);
  }
  return workbook;
}

/** Writes the sheet source (text or already read) to an xlsx file. */
export async function writeSourceToXlsx(source: SheetSource | string, path: string): Promise<void> {
  const read = typeof source === 'string' ? readSheetSource(source) : source;
  await buildWorkbook(read).xlsx.writeFile(path);
}

function excelValue(cell: SourceCell): CellValue {
  if (cell.kind === 'formula') {
    const result = plainValue(cell.result);
    return { formula: cell.formula, result: result as number | string | CellErrorValue };
  }
  return plainValue(cell);
}

function plainValue(v: SourceValue): number | string | CellErrorValue {
  if (v.kind === 'error') return { error: v.value };
  return v.value;
}

/** 170.10 is stored as 170.1; a format keeps the trailing zero the table printed. */
function numberFormat(v: SourceValue): string | undefined {
  if (v.kind !== 'number' || v.decimals === 0) return undefined;
  if (v.value.toFixed(v.decimals) === String(v.value)) return undefined;
  return `0.${'0'.repeat(v.decimals)}`;
}

function boldRange(ws: Worksheet, range: { top: number; left: number; bottom: number; right: number }): void {
  for (let r = range.top; r <= range.bottom; r++)
    for (let c = range.left; c <= range.right; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      cell.font = { ...(cell.font ?? {}), bold: true };
    }
}
