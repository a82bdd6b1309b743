import type { CellRange, RawCell } from '../../engine';
import { normalizeColor } from '../mark-style';
import { cellValue, workbookFromBytes } from '../xlsx-grid';
import { precheckInBrowser } from '../xlsx-precheck-web';
import { DemoWorkbook, key, type DemoFormula, type DemoSheetLayout } from './demo-workbook';

/**
 * The page as a spreadsheet program for any .xlsx: a file the clerk drops or picks is read in the
 * page (ExcelJS, no upload) into a DemoWorkbook with its values, formulas, merges, widths, bold cells,
 * fills and notes; saving loads the same bytes again and writes back only what changed in the page
 * (values the pane filled, the 情况说明 sheet, marks and notes), so everything else in the file -
 * number formats, borders, fonts, print settings - stays as the clerk made it.
 */

type ExcelJsModule = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;
type Cell = import('exceljs').Cell;

export const DEMO_XLSX_TEXT = {
  savedName: (name: string) => `${name.replace(/\.xlsx$/i, '')}-已校验.xlsx`,
} as const;

/** The solid fill colour of a cell as '#RRGGBB', or undefined. */
function fillOf(cell: Cell): string | undefined {
  const f = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
  if (f?.type !== 'pattern' || f.pattern !== 'solid' || !f.fgColor?.argb) return undefined;
  const argb = f.fgColor.argb;
  return normalizeColor(argb.length === 8 ? argb.slice(2) : argb);
}

function noteOf(cell: Cell): string | undefined {
  const n = cell.note as unknown;
  if (n === undefined || n === null) return undefined;
  if (typeof n === 'string') return n;
  const texts = (n as { texts?: Array<{ text?: string }> }).texts;
  return texts ? texts.map((t) => t.text ?? '').join('') : undefined;
}

function formulaOf(cell: Cell): string | undefined {
  const v = cell.value as { formula?: string; sharedFormula?: string } | null;
  if (v && typeof v === 'object' && typeof v.formula === 'string') return v.formula;
  const f = (cell as unknown as { formula?: string }).formula;
  return typeof f === 'string' && f ? f : undefined;
}

/** Each visible or hidden sheet's own cells (not the hidden cells of a merge), by "row,col" from 0. */
function eachOwnCell(ws: Worksheet, fn: (cell: Cell, row: number, col: number) => void): void {
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      fn(cell, r - 1, c - 1);
    }),
  );
}

/** Reads an .xlsx the clerk picked into the page's workbook. Throws an Error with the one line to show. */
export async function demoWorkbookFromXlsx(ExcelJS: ExcelJsModule, bytes: Uint8Array, name: string): Promise<DemoWorkbook> {
  const grid = await workbookFromBytes(ExcelJS, bytes, name, (b) => precheckInBrowser(b));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const layout: Record<string, DemoSheetLayout> = {};
  const formulas: DemoFormula[] = [];
  const fills = new Map<string, Map<string, string>>();
  const notes = new Map<string, Map<string, string>>();
  for (const s of grid.sheets) {
    const ws = wb.getWorksheet(s.name);
    if (!ws) continue;
    const widths: Array<{ col: number; width: number }> = [];
    (ws.columns ?? []).forEach((col, i) => {
      if (col && typeof col.width === 'number') widths.push({ col: i, width: col.width });
    });
    const bold: CellRange[] = [];
    const sheetFills = new Map<string, string>();
    const sheetNotes = new Map<string, string>();
    eachOwnCell(ws, (cell, r, c) => {
      if (cell.font?.bold) bold.push({ top: r, left: c, bottom: r, right: c });
      const fill = fillOf(cell);
      if (fill) sheetFills.set(key(r, c), fill);
      const note = noteOf(cell);
      if (note !== undefined) sheetNotes.set(key(r, c), note);
      const formula = formulaOf(cell);
      if (formula) formulas.push({ sheet: s.name, row: r, col: c, formula });
    });
    layout[s.name] = { widths, bold };
    fills.set(s.name, sheetFills);
    notes.set(s.name, sheetNotes);
  }
  const book = new DemoWorkbook({ grid, layout, formulas });
  for (const sheet of book.sheets) {
    for (const [k, v] of fills.get(sheet.name) ?? []) sheet.fills.set(k, v);
    for (const [k, v] of notes.get(sheet.name) ?? []) sheet.notes.set(k, v);
  }
  return book;
}

function sameValue(a: RawCell | undefined, b: RawCell | undefined): boolean {
  const x = a === undefined || a === '' ? null : a;
  const y = b === undefined || b === '' ? null : b;
  if (x === y) return true;
  if (x && y && typeof x === 'object' && typeof y === 'object') return x.error === y.error;
  return false;
}

/** The value of a cell as the grid reads it (a formula's cached result), as workbookFromBytes does. */
function gridValue(ExcelJS: ExcelJsModule, cell: Cell): RawCell {
  const v = cell.type === ExcelJS.ValueType.Formula ? (cell.result ?? null) : cell.value;
  return cellValue(v as import('exceljs').CellValue);
}

function excelFill(color: string | undefined): import('exceljs').Fill {
  if (!color) return { type: 'pattern', pattern: 'none' };
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${normalizeColor(color).slice(1)}` } };
}

/**
 * The page's workbook as .xlsx bytes. With the bytes it was opened from, those are the base and only
 * what the page changed is written; without (the built-in sample), the whole workbook is written.
 */
export async function demoWorkbookToXlsx(ExcelJS: ExcelJsModule, book: DemoWorkbook, original?: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (original) await wb.xlsx.load(original as unknown as ArrayBuffer);
  else wb.creator = '预算公开助手';
  for (const sheet of book.sheets) {
    const existing = wb.getWorksheet(sheet.name);
    const ws = existing ?? wb.addWorksheet(sheet.name);
    const before = new Map<string, { value: RawCell; formula?: string; fill?: string; note?: string }>();
    if (existing)
      eachOwnCell(ws, (cell, r, c) => before.set(key(r, c), { value: gridValue(ExcelJS, cell), formula: formulaOf(cell), fill: fillOf(cell), note: noteOf(cell) }));
    const keys = new Set<string>([...before.keys(), ...sheet.cells.keys(), ...sheet.fills.keys(), ...sheet.notes.keys()]);
    for (const k of keys) {
      const [r, c] = k.split(',').map(Number);
      const was = before.get(k);
      const now = sheet.cells.get(k);
      const cell = ws.getCell(r + 1, c + 1);
      if (!sameValue(was?.value, now?.value) || (was?.formula ?? undefined) !== (now?.formula ?? undefined)) {
        const v = now?.value;
        const plain = v === undefined || v === null ? null : typeof v === 'object' ? { error: v.error } : v;
        cell.value = now?.formula
          ? ({ formula: now.formula, result: plain ?? undefined } as import('exceljs').CellFormulaValue)
          : (plain as import('exceljs').CellValue);
      }
      const fill = sheet.fills.get(k);
      // ExcelJS shares one style object among the cells of a style: the cell gets its own copy first.
      if ((was?.fill ?? undefined) !== (fill ? normalizeColor(fill) : undefined)) cell.style = { ...cell.style, fill: excelFill(fill) };
      const note = sheet.notes.get(k);
      if ((was?.note ?? undefined) !== note) {
        if (note === undefined) (cell as unknown as { _comment?: unknown })._comment = undefined;
        else cell.note = note;
      }
    }
    if (!existing) {
      for (const { col, width } of sheet.layout.widths ?? []) ws.getColumn(col + 1).width = width;
      // A sheet the pane wrote (情况说明): its first column as wide as a paragraph, wrapped.
      if (!sheet.layout.widths?.length && sheet.cells.size) {
        ws.getColumn(1).width = 100;
        ws.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
      }
    }
    for (const m of existing ? [] : sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
