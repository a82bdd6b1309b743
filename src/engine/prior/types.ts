import type Decimal from 'decimal.js';
import type { CellRef } from '../grid/types';
import type { RowKind } from '../recognize/types';

/** Where last year's figures came from. */
export type PriorSource =
  /** A 上年数 / 上年预算数 column the clerk added beside this year's table. */
  | 'columns'
  /** Last year's workbook, recognized by the same engine. */
  | 'workbook';

/** One row of last year's table, keyed the way this year's rows are. */
export interface PriorRow {
  /** 'total', an item role ('gpb'), a code ('2080501') or, for 表7, the project name. */
  key: string;
  kind: RowKind;
  code?: string;
  name: string;
  role?: string;
  project?: string;
  /** Amounts by column role, in 万元 (a 元 table is converted). */
  amounts: Record<string, Decimal>;
  /** Where each amount was read. */
  cells: Record<string, CellRef>;
}

export interface PriorBlock {
  /** This year's table id ('T5') and block id ('body'). */
  table: string;
  block: string;
  /** Column roles last year's figures exist for. */
  columns: string[];
  rows: PriorRow[];
  total?: PriorRow;
}

export interface PriorYear {
  source: PriorSource;
  /** Workbook name, for reports. */
  name?: string;
  year?: number;
  blocks: PriorBlock[];
}

export function findPriorBlock(prior: PriorYear | undefined, table: string, block: string): PriorBlock | undefined {
  return prior?.blocks.find((b) => b.table === table && b.block === block);
}
