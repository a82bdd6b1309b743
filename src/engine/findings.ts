import type Decimal from 'decimal.js';
import type { CellRef } from './grid/types';

/** 错误 must be fixed; 提示 asks the clerk to look and explain (审核公式's "query and explain"). */
export type Severity = 'error' | 'warning';

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '提示' };

/** One side of a comparison: what it is, the cells that make it up, and its amount. */
export interface FindingSide {
  label: string;
  cells: CellRef[];
  amount: Decimal;
}

export interface Finding {
  ruleId: string;
  /** Which of the rule's messages this is (the key into its `messages`); runRules always sets it. */
  messageId?: string;
  severity: Severity;
  /** A sentence a clerk understands, in Chinese. */
  message: string;
  /** Table ids the finding concerns ('T2'), for grouping. */
  tables: string[];
  /** Where to go when the clerk clicks the finding: the first cell of the first side, usually. */
  target?: CellRef;
  sides: FindingSide[];
  /** The unit of every amount in this finding: a table's own unit inside one table, 万元 across tables. */
  unit: '万元' | '元';
  /** left − right, when the finding compares two sides. */
  difference?: Decimal;
  /** The difference is within the rounding limit (可能为四舍五入差异). */
  rounding?: boolean;
  /** The limit (万元) within which the difference was taken as rounding, when it was. */
  roundingLimit?: Decimal;
}
