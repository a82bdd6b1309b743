import Decimal from 'decimal.js';
import { displayText, stripNumbering } from '../grid/text';
import type { CellRef } from '../grid/types';
import { effectiveItem, findBlock, findTable, hasColumn } from '../model/query';
import type { RecognizedBlock, RecognizedRow, RecognizedTable } from '../recognize/types';
import type { NarrativeContext } from './context';

const ZERO = new Decimal(0);
const WAN = new Decimal(10000);

/** Reading this year's tables for the narrative: amounts in 万元, names as printed. */
export function table(ctx: NarrativeContext, id: string): RecognizedTable | undefined {
  return findTable(ctx.analysis.tables, id);
}

export function block(ctx: NarrativeContext, id: string, blockId?: string): { table: RecognizedTable; block: RecognizedBlock } | undefined {
  const t = table(ctx, id);
  const b = t && findBlock(t, blockId);
  return t && b ? { table: t, block: b } : undefined;
}

export interface Amount {
  amount: Decimal;
  cells: CellRef[];
  /** The cell's text, for the 'as-table' amount style. */
  printed?: string;
}

function wan(t: RecognizedTable, d: Decimal): Decimal {
  return t.unit === '元' ? d.div(WAN) : d;
}

/** An item row (or 'total') of an items block, a blank parent taking the sum of its parts. */
export function item(ctx: NarrativeContext, id: string, blockId: string | undefined, role: string, col: string): Amount | undefined {
  const found = block(ctx, id, blockId);
  if (!found) return undefined;
  const e = effectiveItem(found.block, role, col, found.table.def.identities);
  if (!e) return undefined;
  const raw = e.cells.length === 1 ? e.cells[0].raw : undefined;
  return {
    amount: wan(found.table, e.amount),
    cells: e.cells.map((c) => c.ref),
    ...(typeof raw === 'string' || typeof raw === 'number' ? { printed: String(raw) } : {}),
  };
}

/** Whether an items row is filled in on the sheet (not blank). */
export function itemIsFilled(ctx: NarrativeContext, id: string, blockId: string | undefined, role: string, col: string): boolean {
  const found = block(ctx, id, blockId);
  const row = found?.block.rows.find((r) => r.kind === 'item' && r.role === role);
  const cell = row?.amounts[col];
  return Boolean(cell && !cell.blank);
}

/** A row's amount in one column. */
export function cellAmount(t: RecognizedTable, row: RecognizedRow, col: string): Amount {
  const cell = row.amounts[col];
  if (!cell) return { amount: ZERO, cells: [] };
  const raw = cell.raw;
  return {
    amount: wan(t, cell.value),
    cells: [cell.ref],
    ...(typeof raw === 'string' || typeof raw === 'number' ? { printed: String(raw) } : {}),
  };
}

/** The total row's amount in one column. */
export function totalAmount(ctx: NarrativeContext, id: string, col: string, blockId?: string): Amount | undefined {
  const found = block(ctx, id, blockId);
  // A column the table does not print is not found, never 0 (广州 表6 prints no 公用经费 column).
  if (!found?.block.total || !hasColumn(found.block, col)) return undefined;
  return cellAmount(found.table, found.block.total, col);
}

/** "1.一般公共预算拨款" → "一般公共预算拨款"; "210卫生健康支出" stays a name without its code. */
export function cleanName(name: string): string {
  return stripNumbering(displayText(name).replace(/[\s\u3000]+/g, ''));
}

/** The 类 and 款 rows above a 项 code, from this year's block or last year's rows. */
export function classPath(
  rows: Array<{ kind: string; code?: string; name: string }>,
  code: string,
  ownName: string,
): string {
  const nameOf = (c: string, kind: string) => rows.find((r) => r.kind === kind && r.code === c)?.name;
  const cls = nameOf(code.slice(0, 3), 'class');
  const kuan = nameOf(code.slice(0, 5), 'kuan');
  return `${cls ? cleanName(cls) + '（类）' : ''}${kuan ? cleanName(kuan) + '（款）' : ''}${cleanName(ownName)}（项）`;
}

export const isZero = (a: Amount | undefined): boolean => !a || a.amount.isZero();

