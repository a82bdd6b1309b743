import { tableName } from '../tables/table-name';
import Decimal from 'decimal.js';
import type { CellRef } from '../grid/types';
import { normalizeLabel } from '../grid/text';
import { DecimalSum, scaledOf } from '../grid/decimal-sum';
import type { AmountCell, RecognizedBlock, RecognizedRow, RecognizedTable, Unit } from '../recognize/types';
import type { CellSelector, Identity } from '../tables/types';

const ZERO = new Decimal(0);

/** An amount taken from the tables, with the cells it was read from. */
export interface Selected {
  amount: Decimal;
  cells: CellRef[];
  label: string;
  unit: Unit;
  /** True when every cell behind it is blank. */
  blank: boolean;
}

export function findTable(tables: RecognizedTable[], id: string): RecognizedTable | undefined {
  return tables.find((t) => t.def.id === id);
}

export function findBlock(table: RecognizedTable, blockId?: string): RecognizedBlock | undefined {
  return blockId ? table.blocks.find((b) => b.def.id === blockId) : table.blocks[0];
}

export function columnLabel(block: RecognizedBlock, role: string): string {
  return block.def.columns.find((c) => c.role === role)?.label ?? role;
}

export function rowLabel(block: RecognizedBlock, row: RecognizedRow): string {
  if (row.kind === 'total') return '合计';
  if (row.kind === 'item') return block.def.rows?.find((r) => r.role === row.role)?.label ?? row.name;
  if (row.inferred) return row.kind === 'project' ? row.project ?? row.name : row.name;
  if (row.kind === 'project') return `${row.code} ${row.project}`;
  return row.code ? `${row.code} ${row.name}` : row.name;
}

export function findItemRow(block: RecognizedBlock, role: string): RecognizedRow | undefined {
  if (role === 'total') return block.total;
  return block.rows.find((r) => r.kind === 'item' && r.role === role);
}

export function findCodeRow(block: RecognizedBlock, code: string): RecognizedRow | undefined {
  return block.rows.find((r) => r.code === code && r.kind !== 'project');
}

/** Rows of the block at a code level, keyed by code; 'total' gives the total row under the key 'total'. */
export function rowsAtLevel(block: RecognizedBlock, level: 'class' | 'kuan' | 'xiang' | 'total'): Map<string, RecognizedRow> {
  const out = new Map<string, RecognizedRow>();
  if (level === 'total') {
    if (block.total) out.set('total', block.total);
    return out;
  }
  for (const r of block.rows) if (r.kind === level && r.code && !r.inferred && !out.has(r.code)) out.set(r.code, r);
  return out;
}

/**
 * The value an item row stands for: its own amount when filled; when the clerk left it blank,
 * the sum of the rows the table's identities say make it up (so one blank parent is one finding,
 * not a cascade through every total above it).
 */
export function effectiveItem(
  block: RecognizedBlock,
  role: string,
  col: string,
  identities: Identity[],
  depth = 0,
): { amount: Decimal; cells: AmountCell[]; blank: boolean } | undefined {
  const row = findItemRow(block, role);
  const cell = row?.amounts[col];
  if (cell && !cell.blank) return { amount: cell.value, cells: [cell], blank: false };
  const identity = identities.find((i) => i.kind === 'item-sum' && i.block === block.def.id && i.target === role && i.op === 'eq');
  // A sum of parts stands for the row only when every row with an amount was recognized: an unknown line
  // (一、一般公共预算资金 where no label names it) may be one of the parts.
  if (identity && identity.kind === 'item-sum' && depth < 5 && !hasUnknownAmounts(block, col)) {
    let amount = ZERO;
    const cells: AmountCell[] = [];
    let any = false;
    for (const part of identity.parts) {
      const p = effectiveItem(block, part, col, identities, depth + 1);
      if (p && !p.blank) {
        amount = amount.plus(p.amount);
        cells.push(...p.cells);
        any = true;
      }
    }
    if (any) return { amount, cells, blank: false };
  }
  if (!row || !cell) return undefined;
  return { amount: ZERO, cells: [cell], blank: true };
}

/** A line no row definition, code, 单位 or 类 above it placed: what the checks cannot read. */
export function isUnplacedLine(r: RecognizedRow): boolean {
  return r.kind === 'other' && !r.detailOf && !r.unitRow && !r.projectLine && r.underUnit === undefined;
}

/** The block has a line with an amount in this column that no row definition or code placed. */
export function hasUnknownAmounts(block: RecognizedBlock, col: string): boolean {
  return block.rows.some((r) => isUnplacedLine(r) && r.amounts[col] && !r.amounts[col].blank && !r.amounts[col].value.isZero());
}

/** Whether a table's printed title holds one of `has` and none of `lacks`; a table found without its title is the national one. */
export function titleMeets(table: RecognizedTable, when: { has?: string[]; lacks?: string[] }): boolean {
  const title = normalizeLabel(table.titleText ?? table.def.title);
  if (when.has && !when.has.some((w) => title.includes(w))) return false;
  if (when.lacks && when.lacks.some((w) => title.includes(w))) return false;
  return true;
}

/** The block prints the role, or the parts it is derived from (基本支出 as 人员经费 + 公用经费; 三公 by source of funds). */
export function hasColumn(block: RecognizedBlock, role: string): boolean {
  const printed = (r: string) => block.columns.some((c) => c.role === r);
  return printed(role) || (block.def.composites?.[role]?.every(printed) ?? false) || (block.def.sums?.[role]?.some(printed) ?? false);
}

/** Reads one selector (a table's row in a column); undefined when the table, row or column is absent. */
export function select(tables: RecognizedTable[], sel: CellSelector): Selected | undefined {
  if (!sel.table) return undefined;
  const table = findTable(tables, sel.table);
  if (!table) return undefined;
  const block = findBlock(table, sel.block);
  if (!block) return undefined;
  if (!hasColumn(block, sel.col)) return undefined;
  const head = `${tableName(table.def)}`;
  if (block.def.kind === 'items' || sel.row === 'total') {
    if (block.def.kind === 'items') {
      const e = effectiveItem(block, sel.row, sel.col, table.def.identities);
      if (!e) return undefined;
      const rowName = sel.row === 'total' ? (block.total?.name.replace(/\s+/g, '') || '合计') : block.def.rows?.find((r) => r.role === sel.row)?.label ?? sel.row;
      const own = findItemRow(block, sel.row)?.amounts[sel.col];
      const derived = own?.blank && !e.blank ? '（未填写，按其中各项合计）' : '';
      return { amount: e.amount, cells: e.cells.map((c) => c.ref), label: `${head}「${rowName}」${columnLabel(block, sel.col)}${derived}`, unit: table.unit, blank: e.blank };
    }
    const cell = block.total?.amounts[sel.col];
    if (!cell) return undefined;
    const totalName = block.total!.name.replace(/\s+/g, '') || '合计';
    return { amount: cell.value, cells: [cell.ref], label: `${head}「${totalName}」${columnLabel(block, sel.col)}`, unit: table.unit, blank: cell.blank };
  }
  const row = findCodeRow(block, sel.row);
  const cell = row?.amounts[sel.col];
  if (!row || !cell) {
    return { amount: ZERO, cells: [], label: `${head}「${sel.row}」${columnLabel(block, sel.col)}`, unit: table.unit, blank: true };
  }
  return { amount: cell.value, cells: [cell.ref], label: `${head}「${rowLabel(block, row)}」${columnLabel(block, sel.col)}`, unit: table.unit, blank: cell.blank };
}

/** Sum of the given columns on one row. */
export function sumColumns(row: RecognizedRow, cols: string[]): { amount: Decimal; cells: CellRef[]; present: boolean } {
  // One cell: 0 + x is x itself when x is a figure of the exact-integer path (decimal-sum.ts), no new Decimal made.
  if (cols.length === 1) {
    const cell = row.amounts[cols[0]];
    if (cell && Number.isSafeInteger(scaledOf(cell.value))) return { amount: cell.value, cells: cell.parts ? cell.parts.map((p) => p.ref) : [cell.ref], present: true };
  }
  const amount = new DecimalSum();
  const cells: CellRef[] = [];
  let present = false;
  for (const c of cols) {
    const cell = row.amounts[c];
    if (!cell) continue;
    present = true;
    amount.add(cell.value);
    if (cell.parts) for (const p of cell.parts) cells.push(p.ref);
    else cells.push(cell.ref);
  }
  return { amount: amount.value, cells, present };
}

/** sumColumns(row, cols).amount × 10^7 as DecimalSum adds it on its exact path; NaN where it would leave that path. */
export function scaledSumColumns(row: RecognizedRow, cols: string[]): number {
  let s = 0;
  for (const c of cols) {
    const cell = row.amounts[c];
    if (!cell) continue;
    s += scaledOf(cell.value);
    if (!Number.isSafeInteger(s)) return NaN;
  }
  return s;
}

/** Whether sumColumns(row, cols).amount is zero, told on the exact integers where they are such. */
export function sumIsZero(row: RecognizedRow, cols: string[]): boolean {
  const s = scaledSumColumns(row, cols);
  return Number.isNaN(s) ? sumColumns(row, cols).amount.isZero() : s === 0;
}

/**
 * A 类 printed on more than one row of the block (the same 科目 under each 单位 of a table listed by unit):
 * sums by code would count it twice, so the checks that add rows by code stand aside.
 */
export function repeatedCode(block: RecognizedBlock): string | undefined {
  const seen = new Set<string>();
  for (const r of block.rows) {
    // A 类 printed twice is the layout (one block of rows per 单位); a 款 printed twice under one 类 is a slip the rules should see.
    if (!r.code || r.kind !== 'class') continue;
    if (seen.has(r.code)) return r.code;
    seen.add(r.code);
  }
  return undefined;
}

/** True when the block has no amount anywhere (an empty 表8/表9). */
export function blockIsEmpty(block: RecognizedBlock): boolean {
  return block.rows.every((r) => Object.values(r.amounts).every((a) => a.blank || a.value.isZero()));
}

/** The header columns grouped under one prefix of their stacks (基本支出 → 基本支出/人员经费, 基本支出/公用经费). */
export function columnsUnder(columns: RecognizedBlock['headerColumns'], prefix: string[]): RecognizedBlock['headerColumns'] {
  return columns.filter((c) => c.stack.length > prefix.length && prefix.every((t, i) => c.stack[i] === t));
}
