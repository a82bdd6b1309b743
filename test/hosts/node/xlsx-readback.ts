import { ValueType, Workbook, type Cell } from 'exceljs';
import { a1 } from '../../../src/engine/grid/address';
import type { SheetSource, SourceCell } from '../../../src/hosts/node/sheet-source';

/** A cell as read back from an xlsx, in a form tests can compare with `toEqual`. */
export type CellSnapshot =
  | { type: 'number'; value: number; numFmt?: string }
  | { type: 'text'; value: string }
  | { type: 'error'; value: string }
  | { type: 'formula'; formula: string; result: CellSnapshot };

export interface SheetSnapshot {
  name: string;
  /** Non-blank cells by A1 address (merged tails excluded). */
  cells: Record<string, CellSnapshot>;
  merges: string[];
  widths: Record<string, number>;
  bold: string[];
}

/** Every sheet of an xlsx file as seen through ExcelJS: values with their types, merges, widths, bold. */
export async function snapshotXlsx(file: string | Buffer): Promise<SheetSnapshot[]> {
  const workbook = new Workbook();
  if (typeof file === 'string') await workbook.xlsx.readFile(file);
  else await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const cells: Record<string, CellSnapshot> = {};
    const bold: string[] = [];
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.font?.bold) bold.push(cell.address);
        if (cell.type === ValueType.Merge) return;
        const snap = snapshotCell(cell);
        if (snap) cells[cell.address] = snap;
      }),
    );
    const widths: Record<string, number> = {};
    ws.columns?.forEach((column) => {
      if (column.width !== undefined && column.letter) widths[column.letter] = column.width;
    });
    return { name: ws.name, cells, merges: [...ws.model.merges].sort(), widths, bold: bold.sort() };
  });
}

function snapshotCell(cell: Cell): CellSnapshot | undefined {
  const v = cell.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return withFormat({ type: 'number', value: v }, cell.numFmt);
  if (typeof v === 'string') return { type: 'text', value: v };
  if (cell.type === ValueType.Formula) {
    // cell.value drops a cached result of 0 (ExcelJS copies only truthy fields); cell.result keeps it.
    const result = cell.result;
    const snap =
      typeof result === 'number'
        ? withFormat({ type: 'number', value: result }, cell.numFmt)
        : typeof result === 'string'
          ? { type: 'text' as const, value: result }
          : result && typeof result === 'object' && 'error' in result
            ? { type: 'error' as const, value: String(result.error) }
            : undefined;
    if (!snap) throw new Error(`${cell.address}: 公式没有缓存结果`);
    return { type: 'formula', formula: cell.formula, result: snap };
  }
  if (typeof v === 'object' && 'error' in v) return { type: 'error', value: v.error };
  throw new Error(`${cell.address}: 未预期的单元格值 ${JSON.stringify(v)}`);
}

function withFormat(snap: { type: 'number'; value: number }, numFmt: string | undefined): CellSnapshot {
  return numFmt && numFmt !== 'General' ? { ...snap, numFmt } : snap;
}

/**
 * What a workbook written from this source must read back as: the expectation is derived from the
 * source's own cells, independently of the writer's code.
 */
export function expectedSnapshot(source: SheetSource): SheetSnapshot[] {
  return source.sheets.map((sheet) => {
    const cells: Record<string, CellSnapshot> = {};
    for (const { row, col, cell } of sheet.cells) cells[a1(row, col)] = expectedCell(cell);
    const widths: Record<string, number> = {};
    for (const w of sheet.widths) widths[letters(w.col)] = w.width;
    const bold = new Set<string>();
    for (const r of sheet.bold)
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) bold.add(a1(row, col));
    // A merged area takes its top-left cell's style.
    for (const m of sheet.merges)
      if (bold.has(a1(m.top, m.left)))
        for (let row = m.top; row <= m.bottom; row++) for (let col = m.left; col <= m.right; col++) bold.add(a1(row, col));
    return {
      name: sheet.name,
      cells,
      merges: sheet.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).sort(),
      widths,
      bold: [...bold].sort(),
    };
  });
}

function expectedCell(cell: SourceCell): CellSnapshot {
  switch (cell.kind) {
    case 'number': {
      const padded = cell.value.toFixed(cell.decimals);
      return padded !== String(cell.value)
        ? { type: 'number', value: cell.value, numFmt: `0.${'0'.repeat(cell.decimals)}` }
        : { type: 'number', value: cell.value };
    }
    case 'text':
      return { type: 'text', value: cell.value };
    case 'error':
      return { type: 'error', value: cell.value };
    case 'formula':
      return { type: 'formula', formula: cell.formula, result: expectedCell(cell.result) };
  }
}

function letters(col: number): string {
  return a1(0, col).replace(/\d+$/, '');
}
