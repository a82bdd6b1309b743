import { a1 } from '../../engine';
import type { CellRef } from '../../engine';
import type { CellInput } from '../host';
import type { CellState } from '../journal';
import { cellKey, lastPerCell } from '../journal';
import { toCellState, toExcelInput, toExcelRestore } from './cell-values';

/**
 * Queues cell reads and writes into an Office.js batch. Cells are grouped into horizontal runs
 * (same sheet, same row, adjacent columns) so a table column or row costs one range, not one per cell.
 */

export interface CellRun<T extends CellRef> {
  sheet: string;
  row: number;
  col: number;
  cells: T[];
}

export function toRuns<T extends CellRef>(cells: T[]): CellRun<T>[] {
  const sorted = [...cells].sort((p, q) =>
    p.sheet < q.sheet ? -1 : p.sheet > q.sheet ? 1 : p.row - q.row || p.col - q.col,
  );
  const runs: CellRun<T>[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.sheet === c.sheet && last.row === c.row && last.col + last.cells.length === c.col) {
      last.cells.push(c);
    } else {
      runs.push({ sheet: c.sheet, row: c.row, col: c.col, cells: [c] });
    }
  }
  return runs;
}

export function rangeAddress(row: number, col: number, rows = 1, cols = 1): string {
  const start = a1(row, col);
  return rows === 1 && cols === 1 ? start : `${start}:${a1(row + rows - 1, col + cols - 1)}`;
}

/** One proxy per worksheet per batch. */
export class SheetProxies {
  private readonly sheets = new Map<string, Excel.Worksheet>();

  constructor(private readonly ctx: Excel.RequestContext) {}

  get(name: string): Excel.Worksheet {
    let ws = this.sheets.get(name);
    if (!ws) {
      ws = this.ctx.workbook.worksheets.getItem(name);
      this.sheets.set(name, ws);
    }
    return ws;
  }

  add(name: string): Excel.Worksheet {
    const ws = this.ctx.workbook.worksheets.add(name);
    this.sheets.set(name, ws);
    return ws;
  }
}

/** Queues reading each cell's shown value and formula; the getter answers after sync. */
export function queueStateReads(sheets: SheetProxies, refs: CellRef[]): (ref: CellRef) => CellState {
  const runs = toRuns(lastPerCell(refs)).map((run) => {
    const range = sheets.get(run.sheet).getRange(rangeAddress(run.row, run.col, 1, run.cells.length));
    range.load('values,valueTypes,formulas');
    return { run, range };
  });
  let states: Map<string, CellState> | undefined;
  return (ref) => {
    if (!states) {
      states = new Map();
      for (const { run, range } of runs) {
        run.cells.forEach((c, i) => {
          states!.set(cellKey(c), toCellState(range.values[0][i], range.valueTypes[0][i], range.formulas[0][i]));
        });
      }
    }
    const s = states.get(cellKey(ref));
    if (!s) throw new Error(`cell ${ref.sheet}!${a1(ref.row, ref.col)} was not read`);
    return s;
  };
}

export function queueValueWrites(sheets: SheetProxies, cells: Array<CellRef & { value: CellInput }>): void {
  for (const run of toRuns(cells)) {
    const range = sheets.get(run.sheet).getRange(rangeAddress(run.row, run.col, 1, run.cells.length));
    range.values = [run.cells.map((c) => toExcelInput(c.value))];
  }
}

/** Gives cells back exactly what they had: formulas as formulas, constants as constants. */
export function queueRestores(sheets: SheetProxies, cells: Array<CellRef & { state: CellState }>): void {
  for (const run of toRuns(cells)) {
    const range = sheets.get(run.sheet).getRange(rangeAddress(run.row, run.col, 1, run.cells.length));
    range.formulas = [run.cells.map((c) => toExcelRestore(c.state))];
  }
}

export function errorCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') {
    return (e as { message: string }).message;
  }
  return String(e);
}
