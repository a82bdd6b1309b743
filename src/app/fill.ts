import { columnLetters, type Analysis } from '../engine';
import { FILL_HEADERS, planFills, type CellEdit } from '../engine';
import type { RecognizedTable } from '../engine';
import type { ResolvedPrior } from './prior';

/**
 * 填充占比/同比 as the clerk chooses it: the engine plans every cell (planFills: 上年数, 增减额,
 * 增减率, 占比 beside 表2, 3, 5, 6, 10, in columns the clerk added or right of each table); the pane
 * shows that plan per table, and the clerk keeps the tables and kinds they want and may move a
 * table's columns to start at another column.
 */
export type FillKind = keyof typeof FILL_HEADERS;
export const FILL_KINDS: FillKind[] = ['prior', 'change', 'rate', 'share'];

export interface FillTablePlan {
  id: string;
  number: number;
  title: string;
  sheet: string;
  /** Planned column of each kind (0-based). */
  columns: Partial<Record<FillKind, number>>;
  /** Planned cells by kind, headers included. */
  cells: Partial<Record<FillKind, number>>;
}

export interface FillPlan {
  tables: FillTablePlan[];
  /** Where last year's figures came from; 'none' means only 占比 can be filled. */
  prior: { source: ResolvedPrior['source']; name?: string; note?: string };
}

export interface FillChoice {
  kinds: Record<FillKind, boolean>;
  /** By table id: left out, or moved so its first kept column is `startCol`. */
  tables: Record<string, { include: boolean; startCol?: number }>;
}

interface PlannedEdit extends CellEdit {
  table: string;
  kind: FillKind;
}

function tableOf(tables: RecognizedTable[], e: CellEdit): RecognizedTable | undefined {
  return tables.find((t) => t.sheet === e.sheet && e.row >= t.range.top && e.row <= t.range.bottom);
}

/** Every planned edit with its table and kind (read off the header each column gets). */
export function classifyFills(analysis: Analysis, edits: CellEdit[]): PlannedEdit[] {
  const kindByColumn = new Map<string, FillKind>();
  const headerKind = (value: CellEdit['value']) => FILL_KINDS.find((k) => FILL_HEADERS[k] === value);
  for (const e of edits) {
    const t = tableOf(analysis.tables, e);
    const k = headerKind(e.value);
    if (t && k && e.row === t.headerRows.bottom) kindByColumn.set(`${t.def.id}\u0000${e.col}`, k);
  }
  const out: PlannedEdit[] = [];
  for (const e of edits) {
    const t = tableOf(analysis.tables, e);
    const kind = t && kindByColumn.get(`${t.def.id}\u0000${e.col}`);
    if (t && kind) out.push({ ...e, table: t.def.id, kind });
  }
  return out;
}

export function planFillEdits(analysis: Analysis, prior: ResolvedPrior): PlannedEdit[] {
  return classifyFills(analysis, planFills(analysis, prior.prior, { grid: analysis.workbook }));
}

export function summarizeFillPlan(analysis: Analysis, planned: PlannedEdit[], prior: ResolvedPrior): FillPlan {
  const tables: FillTablePlan[] = [];
  for (const e of planned) {
    let t = tables.find((x) => x.id === e.table);
    if (!t) {
      const def = analysis.tables.find((x) => x.def.id === e.table)!;
      t = { id: e.table, number: def.def.number, title: def.def.title, sheet: def.sheet, columns: {}, cells: {} };
      tables.push(t);
    }
    t.columns[e.kind] = e.col;
    t.cells[e.kind] = (t.cells[e.kind] ?? 0) + 1;
  }
  tables.sort((a, b) => a.number - b.number);
  return { tables, prior: { source: prior.source, ...(prior.name ? { name: prior.name } : {}), ...(prior.note ? { note: prior.note } : {}) } };
}

/** The edits the clerk chose: kept tables and kinds, each table's kept columns moved to its start column. */
export function chooseFillEdits(planned: PlannedEdit[], choice: FillChoice): CellEdit[] {
  const kept = planned.filter((e) => choice.kinds[e.kind] && (choice.tables[e.table]?.include ?? true));
  const moved = new Map<string, number>();
  for (const id of new Set(kept.map((e) => e.table))) {
    const start = choice.tables[id]?.startCol;
    if (start === undefined) continue;
    const cols = Array.from(new Set(kept.filter((e) => e.table === id).map((e) => e.col))).sort((a, b) => a - b);
    cols.forEach((c, i) => moved.set(`${id}\u0000${c}`, start + i));
  }
  return kept.map((e) => ({ sheet: e.sheet, row: e.row, col: moved.get(`${e.table}\u0000${e.col}`) ?? e.col, value: e.value }));
}

/** "H" for column 7; for showing a planned column. */
export function columnName(col: number | undefined): string {
  return col === undefined ? '' : columnLetters(col);
}
