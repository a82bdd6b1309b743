import { parseRef, type AnalysisReport, type CellRange, type FindingJson } from '../engine';
import type { SkippedSheet } from '../hosts/host';

/**
 * What a 校验 run leaves for the pane: the engine's report of the analysis with when, where from and how marking
 * went. The pane may be another page than the one that ran the check (an Excel ribbon button without a shared
 * runtime, the WPS ribbon), so the result travels through storage as plain JSON.
 */
export interface ValidationReport extends AnalysisReport {
  kind: 'validation';
  /** ISO time the check finished. */
  at: string;
  /** Which button started it: a ribbon button or the pane. */
  origin: 'ribbon' | 'pane';
  workbook?: string;
  skipped: SkippedSheet[];
  /** How marking the cells went; a protected sheet leaves the findings in the pane only. */
  marks: { ok: boolean; cells: number; message?: string };
}

/** Where clicking a finding takes the clerk. */
export interface SelectionTarget {
  sheet: string;
  range: CellRange;
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

/** The engine's report of an analysis (analysisReport) as the pane keeps it. */
export function buildValidationReport(
  report: AnalysisReport,
  extra: { origin: 'ribbon' | 'pane'; workbook?: string; skipped?: SkippedSheet[]; marks: ValidationReport['marks']; at?: Date },
): ValidationReport {
  return {
    kind: 'validation',
    at: (extra.at ?? new Date()).toISOString(),
    origin: extra.origin,
    ...(extra.workbook ? { workbook: extra.workbook } : {}),
    ...report,
    skipped: extra.skipped ?? [],
    marks: extra.marks,
  };
}
