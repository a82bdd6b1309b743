import type { Analysis } from './analyze';
import { analysisNotes } from './analysis-notes';
import { groupByCause, type Cause, type CauseKind } from './causes';
import { SEVERITY_LABEL, type Finding, type Severity } from './findings';
import { findingToJson, type FindingJson } from './findings-json';
import { moneyWithUnit } from './money';
import type { RecognitionIssue } from './recognize/types';
import { missingTables, summarizeTables, type TableSummary } from './report-tables';

/**
 * The one projection of an analysis that every surface shows (the CLI's text and JSON, the pane, the marks on the
 * sheet, the ribbon notice): plain JSON — amounts formatted once by unit (money.ts), cells as 'Sheet!A1', no
 * Decimal or engine object — so it crosses worker threads and storage between pages.
 */
export interface AnalysisReport {
  profile: { id: string; name: string; kind: Analysis['kind']; reason: string };
  /** The first table's department and the first year a table states. */
  department?: string;
  year?: number;
  tables: TableSummary[];
  /** Tables of the profile not found in the workbook, as "表9 国有资本经营预算支出情况表". */
  missing: string[];
  issues: RecognitionIssue[];
  /** What the checks stand on: amount columns not placed, and each check that stood aside with its reason. */
  checkNotes: string[];
  findings: FindingJson[];
  /** The findings by cause (causes.ts): what the clerk fixes. Every finding is in exactly one. */
  causes: CauseJson[];
  counts: FindingCounts;
}

export interface CauseJson {
  kind: CauseKind;
  severity: Severity;
  severityLabel: string;
  message: string;
  /** The row that explains it: its sheet, the row as Excel numbers it (1-based), how much (万元) it is off, signed. */
  place?: { sheet: string; row: number; amount: string };
  /** Indices (0-based) of its findings in the report's finding list, the headline first. */
  findings: number[];
}

export interface FindingCounts {
  /** Findings, as the rules report them. */
  error: number;
  warning: number;
  /** Causes: what the clerk has to fix. */
  causes: { error: number; warning: number };
}

export function analysisReport(analysis: Analysis): AnalysisReport {
  const causes = groupByCause(analysis.findings, analysis.tables);
  const department = analysis.tables.find((t) => t.department)?.department;
  const year = analysis.tables.find((t) => t.year)?.year;
  return {
    profile: { id: analysis.profile.id, name: analysis.profile.name, kind: analysis.kind, reason: analysis.profileChoice.reason },
    ...(department ? { department } : {}),
    ...(year ? { year } : {}),
    tables: summarizeTables(analysis),
    missing: missingTables(analysis),
    issues: analysis.issues,
    checkNotes: analysisNotes(analysis),
    findings: analysis.findings.map(findingToJson),
    causes: causesToJson(causes, analysis.findings),
    counts: countFindings(analysis.findings, causes),
  };
}

/** The causes of a list of findings as plain JSON, pointing into that list. */
function causesToJson(causes: Cause[], findings: Finding[]): CauseJson[] {
  const index = new Map(findings.map((f, i) => [f, i]));
  return causes.map((c) => ({
    kind: c.kind,
    severity: c.severity,
    severityLabel: SEVERITY_LABEL[c.severity],
    message: c.message,
    ...(c.place ? { place: { sheet: c.place.sheet, row: c.place.row + 1, amount: moneyWithUnit(c.place.amount) } } : {}),
    findings: c.findings.map((f) => index.get(f)!),
  }));
}

export function countFindings(findings: Array<{ severity: Severity }>, causes: Array<{ severity: Severity }>): FindingCounts {
  const n = (list: Array<{ severity: Severity }>, s: Severity) => list.filter((x) => x.severity === s).length;
  return { error: n(findings, 'error'), warning: n(findings, 'warning'), causes: { error: n(causes, 'error'), warning: n(causes, 'warning') } };
}

/**
 * "，按原因归并为 6 个问题（错误 4 个、提示 2 个）": the one sentence every surface (CLI, pane, ribbon notice) appends
 * to its count of findings; nothing when each finding is its own cause.
 */
export function causeCountText(counts: FindingCounts): string {
  const { error, warning } = counts.causes;
  if (error + warning === counts.error + counts.warning) return '';
  return `，按原因归并为 ${error + warning} 个问题（错误 ${error} 个、提示 ${warning} 个）`;
}
