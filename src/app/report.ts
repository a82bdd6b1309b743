import {
  analysisNotes,
  findingReport,
  findingToJson,
  formatRange,
  parseRef,
  tableName,
  type Analysis,
  type CauseJson,
  type CellRange,
  type FindingCounts,
  type FindingJson,
  type RecognitionIssue,
  type Unit,
} from '../engine';
import type { SkippedSheet } from '../hosts/host';

/**
 * What a 校验 run leaves for the pane, in plain JSON: the pane may be another page than the one that
 * ran the check (an Excel ribbon button without a shared runtime, the WPS ribbon), so the result
 * travels through storage and must not hold Decimals or engine objects.
 */
export interface TableSummary {
  id: string;
  number: number;
  /** 表6, or the name of a table a region adds (政府采购预算表). */
  name: string;
  title: string;
  /** The title as printed, when the table was found by it. */
  titleText?: string;
  sheet: string;
  range: CellRange;
  /** "'表1 收支总表'!A2:D37". */
  address: string;
  unit: Unit;
  foundBy: 'title' | 'signature';
  /** Body rows, total included. */
  rows: number;
  department?: string;
  year?: number;
}

/** Where clicking a finding takes the clerk. */
export interface SelectionTarget {
  sheet: string;
  range: CellRange;
}

export interface FindingView extends FindingJson {
  id: string;
  select?: SelectionTarget;
}

/** A cause as the pane shows it: its findings by id ('f3'), the headline first; several are shown expandable. */
export interface CauseView extends Omit<CauseJson, 'findings'> {
  id: string;
  findings: string[];
}

export interface ValidationReport {
  kind: 'validation';
  /** ISO time the check finished. */
  at: string;
  /** Which button started it: a ribbon button or the pane. */
  origin: 'ribbon' | 'pane';
  workbook?: string;
  profile: string;
  tables: TableSummary[];
  /** Tables of the profile not found in the workbook, as "表9 国有资本经营预算支出情况表". */
  missing: string[];
  issues: RecognitionIssue[];
  /** What the checks stand on: amount columns not placed, and each check that stood aside with its reason. */
  checkNotes: string[];
  skipped: SkippedSheet[];
  findings: FindingView[];
  /** The findings by cause (engine/causes.ts): what the clerk fixes. Every finding is in exactly one. */
  causes?: CauseView[];
  /** Findings by severity; and causes, absent in a report stored before causes were counted. */
  counts: Omit<FindingCounts, 'causes'> & Partial<Pick<FindingCounts, 'causes'>>;
  /** How marking the cells went; a protected sheet leaves the findings in the pane only. */
  marks: { ok: boolean; cells: number; message?: string };
}

/** The report's causes; a report stored before causes were counted has each finding as its own. */
export function causesOf(report: Pick<ValidationReport, 'findings' | 'causes'>): CauseView[] {
  return (
    report.causes ??
    report.findings.map((f, i) => ({ id: `c${i + 1}`, kind: 'single' as const, severity: f.severity, severityLabel: f.severityLabel, message: f.message, findings: [f.id] }))
  );
}

/** Selections larger than this select just the finding's first cell. */
const MAX_SELECTION_CELLS = 400;

/**
 * The cells to select for a finding: the bounding box of every cell the finding names on the sheet
 * of its target (a total and the parts under it, a row and its columns), or the target alone when
 * that box would be large. Cells on other sheets (the other table of a cross-table finding) stay
 * in the pane's text.
 */
export function selectionForFinding(f: FindingJson): SelectionTarget | undefined {
  return selectionForCells([...(f.target ? [f.target] : []), ...f.sides.flatMap((s) => s.cells)]);
}

/**
 * The cells to select for a list of A1 references: the bounding box of those on the first one's
 * sheet, or that first cell alone when the box would be large.
 */
export function selectionForCells(cells: string[]): SelectionTarget | undefined {
  const first = cells[0];
  if (!first) return undefined;
  const target = parseRef(first);
  let range: CellRange = { top: target.row, left: target.col, bottom: target.row, right: target.col };
  for (const text of cells) {
    const ref = parseRef(text);
    if (ref.sheet !== target.sheet) continue;
    range = {
      top: Math.min(range.top, ref.row),
      left: Math.min(range.left, ref.col),
      bottom: Math.max(range.bottom, ref.row),
      right: Math.max(range.right, ref.col),
    };
  }
  const count = (range.bottom - range.top + 1) * (range.right - range.left + 1);
  if (count > MAX_SELECTION_CELLS) range = { top: target.row, left: target.col, bottom: target.row, right: target.col };
  return { sheet: target.sheet, range };
}

export function summarizeTables(analysis: Analysis): TableSummary[] {
  return analysis.tables.map((t) => {
    const rows = new Set<number>();
    for (const b of t.blocks) {
      for (const r of b.rows) rows.add(r.row);
      if (b.total) rows.add(b.total.row);
    }
    return {
      id: t.def.id,
      number: t.def.number,
      name: tableName(t.def),
      title: t.def.title,
      ...(t.titleText ? { titleText: t.titleText } : {}),
      sheet: t.sheet,
      range: t.range,
      address: formatRange(t.sheet, t.range),
      unit: t.unit,
      foundBy: t.foundBy,
      rows: rows.size,
      ...(t.department ? { department: t.department } : {}),
      ...(t.year ? { year: t.year } : {}),
    };
  });
}

export function buildValidationReport(
  analysis: Analysis,
  extra: { origin: 'ribbon' | 'pane'; workbook?: string; skipped?: SkippedSheet[]; marks: ValidationReport['marks']; at?: Date },
): ValidationReport {
  const found = new Set(analysis.tables.map((t) => t.def.id));
  const findings: FindingView[] = analysis.findings.map((f, i) => {
    const json = findingToJson(f);
    const select = selectionForFinding(json);
    return { ...json, id: `f${i + 1}`, ...(select ? { select } : {}) };
  });
  const { causes, counts } = findingReport(analysis);
  return {
    kind: 'validation',
    at: (extra.at ?? new Date()).toISOString(),
    origin: extra.origin,
    ...(extra.workbook ? { workbook: extra.workbook } : {}),
    profile: analysis.profile.id,
    tables: summarizeTables(analysis),
    missing: analysis.profile.tables.filter((t) => !found.has(t.id) && t.number > 0).map((t) => `表${t.number} ${t.title}`),
    issues: analysis.issues,
    checkNotes: analysisNotes(analysis),
    skipped: extra.skipped ?? [],
    findings,
    causes: causes.map((c, i) => ({ ...c, id: `c${i + 1}`, findings: c.findings.map((k) => findings[k].id) })),
    counts,
    marks: extra.marks,
  };
}
