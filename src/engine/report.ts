import type { Analysis } from './analyze';
import { groupByCause, type Cause, type CauseKind } from './causes';
import { SEVERITY_LABEL, type Finding, type Severity } from './findings';
import { formatRef } from './grid/address';
import { moneyWithUnit } from './money';

/**
 * The one projection of an analysis's findings that every surface shows (the CLI text and JSON, the pane, the
 * marks on the sheet, the ribbon notice): the findings by cause, and counts of both.
 */
export interface CauseJson {
  kind: CauseKind;
  severity: Severity;
  severityLabel: string;
  message: string;
  /** The row that explains it: the sheet as Excel quotes it and the 1-based row, "'表1 收支总表'!8". */
  place?: string;
  /** How much (万元) that row is off, signed. */
  amount?: string;
  /** Indices (0-based) of its findings in the report's flat finding list, the headline first. */
  findings: number[];
}

export interface FindingCounts {
  /** Findings, as the rules report them. */
  error: number;
  warning: number;
  /** Causes: what the clerk has to fix. */
  causes: { error: number; warning: number };
}

/** The causes of a list of findings as plain JSON, pointing into that list. */
export function causesToJson(causes: Cause[], findings: Finding[]): CauseJson[] {
  const index = new Map(findings.map((f, i) => [f, i]));
  return causes.map((c) => ({
    kind: c.kind,
    severity: c.severity,
    severityLabel: SEVERITY_LABEL[c.severity],
    message: c.message,
    ...(c.place ? { place: `${formatRef({ sheet: c.place.sheet, row: c.place.row, col: 0 }).replace(/A(\d+)$/, '$1')}`, amount: moneyWithUnit(c.place.amount) } : {}),
    findings: c.findings.map((f) => index.get(f)!),
  }));
}

export function countFindings(findings: Array<{ severity: Severity }>, causes: Array<{ severity: Severity }>): FindingCounts {
  const n = (list: Array<{ severity: Severity }>, s: Severity) => list.filter((x) => x.severity === s).length;
  return { error: n(findings, 'error'), warning: n(findings, 'warning'), causes: { error: n(causes, 'error'), warning: n(causes, 'warning') } };
}

/**
 * "，按原因归并为 6 个问题（错误 4 个、提示 2 个）": the one sentence every surface (CLI, pane, ribbon notice) appends
 * to its count of findings; nothing when each finding is its own cause (or the causes were not counted).
 */
export function causeCountText(counts: Pick<FindingCounts, 'error' | 'warning'> & Partial<Pick<FindingCounts, 'causes'>>): string {
  if (!counts.causes) return '';
  const { error, warning } = counts.causes;
  if (error + warning === counts.error + counts.warning) return '';
  return `，按原因归并为 ${error + warning} 个问题（错误 ${error} 个、提示 ${warning} 个）`;
}

/** An analysis's findings by cause, with their JSON and counts. */
export function findingReport(analysis: Pick<Analysis, 'findings' | 'tables'>): { causes: CauseJson[]; counts: FindingCounts } {
  const causes = groupByCause(analysis.findings, analysis.tables);
  return { causes: causesToJson(causes, analysis.findings), counts: countFindings(analysis.findings, causes) };
}
