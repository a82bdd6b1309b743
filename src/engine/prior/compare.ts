import Decimal from 'decimal.js';
import type { Analysis } from '../analyze';
import { matchPriorRows, type AmountRow, type MatchKind } from '../compute/prior-match';
import { effectiveItem, findBlock, findTable } from '../model/query';
import type { RecognizedBlock, RecognizedRow, RecognizedTable, RowKind } from '../recognize/types';
import { rowKey } from './from-analysis';
import { findPriorBlock, type PriorBlock, type PriorRow, type PriorYear } from './types';

const ZERO = new Decimal(0);
const WAN = new Decimal(10000);

/** One row compared with last year. */
export interface RowComparison {
  /** 'code' / 'name': found in both years; 'new': only this year; 'dropped': only last year. */
  match: MatchKind;
  key: string;
  code?: string;
  name: string;
  role?: string;
  project?: string;
  /** In 万元. */
  current: Decimal;
  prior: Decimal;
  currentRow?: RecognizedRow;
  priorRow?: PriorRow;
}

export interface BlockComparison {
  table: string;
  block: string;
  col: string;
  /** Last year's figures exist for this table and column. */
  available: boolean;
  /** This year's rows in their order, then the rows only last year had. */
  rows: RowComparison[];
  newItems: RowComparison[];
  droppedItems: RowComparison[];
}

export interface CompareSpec {
  table: string;
  block?: string;
  col: string;
  /** Which rows: 类, 款, 项 rows, projects or items. */
  kinds: RowKind[];
}

/**
 * This year's rows of one block against last year's, matched by code (or item role), then by name
 * (see matchPriorRows). Rows in one year only are kept with the other year at 0.
 */
export function compareRows(analysis: Analysis, prior: PriorYear | undefined, spec: CompareSpec): BlockComparison | undefined {
  const located = locate(analysis, spec.table, spec.block);
  if (!located) return undefined;
  const { table, block } = located;
  const blockId = block.def.id;
  const priorBlock = findPriorBlock(prior, spec.table, blockId);
  const available = Boolean(priorBlock && priorBlock.columns.includes(spec.col));
  const currentRows = block.rows.filter((r) => spec.kinds.includes(r.kind));
  const priorRows = available ? priorBlock!.rows.filter((r) => spec.kinds.includes(r.kind)) : [];

  const asAmountRow = (r: { kind: RowKind; code?: string; role?: string; name: string; project?: string }, amount: Decimal): AmountRow => {
    if (r.kind === 'project') return { name: r.project ?? r.name, amount };
    if (r.kind === 'item') return { code: r.role, name: r.name, amount };
    return { ...(r.code ? { code: r.code } : {}), name: r.name, amount };
  };
  const current = currentRows.map((r) => asAmountRow(r, currentAmount(table, block, r, spec.col)));
  const previous = priorRows.map((r) => asAmountRow(r, r.amounts[spec.col] ?? ZERO));
  const matched = matchPriorRows(current, previous);

  const rows: RowComparison[] = matched.pairs.map((pair) => {
    const ci = pair.currentRow ? current.indexOf(pair.currentRow) : -1;
    const pi = pair.priorRow ? previous.indexOf(pair.priorRow) : -1;
    const currentRow = ci >= 0 ? currentRows[ci] : undefined;
    const priorRow = pi >= 0 ? priorRows[pi] : undefined;
    const source = currentRow ?? priorRow!;
    return {
      match: pair.kind,
      key: currentRow ? rowKey(currentRow) : priorRow!.key,
      ...(source.code ? { code: source.code } : {}),
      name: source.name,
      ...(source.role ? { role: source.role } : {}),
      ...(source.project ? { project: source.project } : {}),
      current: pair.current,
      prior: pair.prior,
      ...(currentRow ? { currentRow } : {}),
      ...(priorRow ? { priorRow } : {}),
    };
  });
  return {
    table: spec.table,
    block: blockId,
    col: spec.col,
    available,
    rows,
    newItems: available ? rows.filter((r) => r.match === 'new') : [],
    droppedItems: rows.filter((r) => r.match === 'dropped'),
  };
}

/** One item row ('gpb') or the total row ('total') against last year; prior undefined when unknown. */
export function compareItem(
  analysis: Analysis,
  prior: PriorYear | undefined,
  spec: { table: string; block?: string; row: string; col: string },
): { current: Decimal; prior?: Decimal; row?: RecognizedRow; priorRow?: PriorRow } | undefined {
  const located = locate(analysis, spec.table, spec.block);
  if (!located) return undefined;
  const { table, block } = located;
  const row = spec.row === 'total' ? block.total : block.rows.find((r) => r.kind === 'item' && r.role === spec.row);
  let current: Decimal;
  if (block.def.kind === 'items') {
    const e = effectiveItem(block, spec.row, spec.col, table.def.identities);
    if (!e && !row) return undefined;
    current = inWan(table, e?.amount ?? ZERO);
  } else {
    if (!row) return undefined;
    current = inWan(table, row.amounts[spec.col]?.value ?? ZERO);
  }
  const priorBlock = findPriorBlock(prior, spec.table, block.def.id);
  if (!priorBlock || !priorBlock.columns.includes(spec.col)) return { current, ...(row ? { row } : {}) };
  const priorRow = spec.row === 'total' ? priorBlock.total : priorBlock.rows.find((r) => r.key === spec.row);
  const derived = priorRow || block.def.kind !== 'items' ? undefined : priorFromParts(priorBlock, spec.row, spec.col, table.def.identities);
  return {
    current,
    prior: priorRow?.amounts[spec.col] ?? derived ?? ZERO,
    ...(row ? { row } : {}),
    ...(priorRow ? { priorRow } : {}),
  };
}

/** Last year's line the table does not print (三公's 合计), as the sum of its parts last year, by the table's item-sums. */
function priorFromParts(pb: PriorBlock, role: string, col: string, identities: RecognizedTable['def']['identities'], depth = 0): Decimal | undefined {
  const identity = identities.find((i) => i.kind === 'item-sum' && i.block === pb.block && i.target === role && i.op === 'eq');
  if (!identity || identity.kind !== 'item-sum' || depth > 5) return undefined;
  let sum: Decimal | undefined;
  for (const part of identity.parts) {
    const row = pb.rows.find((r) => r.key === part);
    const v = row?.amounts[col] ?? priorFromParts(pb, part, col, identities, depth + 1);
    if (v !== undefined) sum = (sum ?? ZERO).plus(v);
  }
  return sum;
}

function locate(analysis: Analysis, tableId: string, blockId?: string): { table: RecognizedTable; block: RecognizedBlock } | undefined {
  const table = findTable(analysis.tables, tableId);
  const block = table && findBlock(table, blockId);
  return table && block ? { table, block } : undefined;
}

function currentAmount(table: RecognizedTable, block: RecognizedBlock, row: RecognizedRow, col: string): Decimal {
  if (row.kind === 'item' && row.role) {
    const e = effectiveItem(block, row.role, col, table.def.identities);
    return inWan(table, e?.amount ?? ZERO);
  }
  return inWan(table, row.amounts[col]?.value ?? ZERO);
}

function inWan(table: RecognizedTable, d: Decimal): Decimal {
  return table.unit === '元' ? d.div(WAN) : d;
}
