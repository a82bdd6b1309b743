import type Decimal from 'decimal.js';
import type { CellRef } from '../grid/types';
import type { Finding, Severity } from '../findings';
import type { RecognizedTable } from '../recognize/types';
import type { Settings } from '../settings';
import type { Identity, Profile } from '../tables/types';

export interface ReportSide {
  label: string;
  cells: CellRef[];
  amount: Decimal;
}

/**
 * What a rule hands `ctx.report`: its message id and data, not yet a finding. The runner completes it — the
 * message filled from the rule's template, the rule's id, severity and behaviour applied — into a `Finding`; the
 * report every surface shows (report.ts) is a later stage still.
 */
export interface ReportInput {
  messageId: string;
  data: Record<string, string | number>;
  tables: string[];
  sides?: ReportSide[];
  unit?: '万元' | '元';
  difference?: Decimal;
  rounding?: boolean;
  /** The limit that made it rounding (Comparison.roundingLimit), stated in the finding's note. */
  roundingLimit?: Decimal;
  /** Overrides the rule's severity for this finding (提示 for a blank parent, a rounding residue). */
  severity?: Severity;
  target?: CellRef;
}

export interface RuleContext {
  tables: RecognizedTable[];
  profile: Profile;
  settings: Settings;
  /** The workbook says 因四舍五入产生的差异 somewhere: rounding residues are then only 提示. */
  roundingStated: boolean;
  report(input: ReportInput): void;
  /**
   * When set, rules that read the tables' identities check only those it accepts: a 决算 rule J-07 runs the
   * generic row-sum over the identities whose id is J-07 (see rules/juesuan).
   */
  only?: (identity: Identity) => boolean;
  /** Says a check did not run and why (a column it needs is not placed), so the clerk sees what each check stands on. */
  skip(input: { tables: string[]; reason: string; target?: CellRef }): void;
}

/** A check that stood aside, with the reason. */
export interface SkippedCheck {
  ruleId: string;
  tables: string[];
  reason: string;
  target?: CellRef;
}

/**
 * What the runner does with a rule's findings, declared on the rule (as ESLint's meta) so that the runner
 * knows no rule by name.
 */
export interface RuleBehaviour {
  /**
   * A cell that holds no amount (#REF!, a word in an amount cell): 'report' — this rule reports such cells, its
   * findings are kept; 'stand-aside' (the default) — this rule's findings through such a cell are left out, since a
   * sum through it would only echo the cell's own finding.
   */
  problemCells?: 'report' | 'stand-aside';
  /**
   * The severity a residue within the rounding limit takes when the workbook states its rounding
   * (因四舍五入产生的差异). Without it the rule's own severity stands; a rule that reports rounding residues declares it.
   */
  roundingStated?: Severity;
}

/**
 * A rule, shaped like an ESLint rule: meta (id, severity, description, messages keyed by id with
 * {{placeholders}}, behaviour) and the check. Findings are reported by message id and data, never as free text.
 */
export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  messages: Record<string, string>;
  behaviour?: RuleBehaviour;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export type { Finding };
