import { analysisReport, analyzeWorkbook, checkNarrativeReport, findNarrativeSheet, sheetText, type Analysis, type CellRange, type SheetText, type WorkbookGrid } from '../engine';
import { generateNarrative, renderText } from '../engine';
import { causeCountText } from '../engine';
import type { ApplyResult, Conflict, WorkbookHost, WorkbookRead } from '../hosts/host';
import { chooseFillEdits, planFillEdits, summarizeFillPlan, type FillChoice, type FillPlan } from './fill';
import { marksForFindings } from './marks';
import { COMMAND_TEXT, FILL_LABEL, NARRATIVE_CHECK_TEXT, NARRATIVE_LABEL, NARRATIVE_SHEET, PROGRESS } from './messages';
import { buildNarrativeCheckReport, type NarrativeCheckReport } from './narrative-check-report';
import { buildNarrativeReport, narrativeRows, writeOutcome, type NarrativeReport } from './narrative-report';
import { settingsFromWire, type PaneSettings } from './pane-settings';
import { resolveNarrativeInputs, resolvePrior } from './prior';
import { buildValidationReport, type ValidationReport } from './report';
import { getSharedStore, type SharedStore } from './shared-store';
import { splitWorkbook } from './workbook-split';

/**
 * The two ribbon actions, written once for every host: the Excel ribbon (commands.ts), the WPS
 * ribbon (src/commands/wps-ribbon.ts) and the pane's own buttons call these. They read, analyze, write through
 * the WorkbookHost only, leave their result in the shared store for the pane, and return a
 * one-line summary a ribbon can show.
 */

export interface Progress {
  /** What is being done, in Chinese. */
  step: string;
  /** 0–1. */
  fraction: number;
}

export interface RunOptions {
  /** Defaults to the page's shared store. */
  store?: SharedStore;
  /** Who asked: a ribbon button or the pane (shown in the pane). Default 'ribbon'. */
  origin?: 'ribbon' | 'pane';
  onProgress?: (p: Progress) => void;
  now?: () => Date;
  /**
   * Asked when a write would overwrite cells the add-in did not write; true retries with overwrite.
   * Without it (a ribbon button) nothing is overwritten and the pane asks later.
   */
  confirmOverwrite?: (conflicts: Conflict[], message: string) => Promise<boolean>;
}

/** Runs a write; on a conflict asks (when it can) and retries with overwrite. */
export async function writeWithConfirm(
  attempt: (overwrite: boolean) => Promise<ApplyResult>,
  confirm?: RunOptions['confirmOverwrite'],
): Promise<ApplyResult> {
  const first = await attempt(false);
  if (first.ok || first.reason !== 'conflict' || !confirm) return first;
  if (!(await confirm(first.conflicts, first.message))) return first;
  return attempt(true);
}

export interface ValidateOutcome {
  report: ValidationReport;
  analysis: Analysis;
  /** The workbook as read (all sheets, last year's sheets included). */
  grid: WorkbookRead;
  /** One sentence for a notification: "未发现问题：…" or the counts. */
  summary: string;
  /** True when there is something to look at in the pane (findings, no tables, unread sheets). */
  needsPane: boolean;
}

/** Lets the pane paint its progress bar between steps that block the page. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function step(options: RunOptions | undefined, text: string, fraction: number): Promise<void> {
  options?.onProgress?.({ step: text, fraction });
  return nextFrame();
}

export function analyzeCurrent(grid: WorkbookGrid, settings: PaneSettings): Analysis {
  const { current } = splitWorkbook(grid, settings.prior);
  return analyzeWorkbook(current, settingsFromWire(settings.engine));
}

export function validationSummary(report: ValidationReport): string {
  if (report.tables.length === 0) return COMMAND_TEXT.noTables;
  const lines: string[] = [];
  if (report.findings.length === 0) lines.push(COMMAND_TEXT.noProblem(report.tables.length));
  else {
    lines.push(COMMAND_TEXT.found(report.counts.error, report.counts.warning, report.tables.length, causeCountText(report.counts)));
  }
  if (report.skipped.length) lines.push(COMMAND_TEXT.skipped(report.skipped.length));
  if (!report.marks.ok && report.marks.message) lines.push(COMMAND_TEXT.marksFailed(report.marks.message));
  // Marked, with something to know: a sheet renamed or gone, cells the add-in left alone.
  if (report.marks.ok && report.marks.message) lines.push(report.marks.message);
  return lines.join('\n');
}

/**
 * 校验: reads the workbook, recognizes and checks the tables, colours the cells of each finding
 * (replacing the previous marks; none when all is well) and stores the report for the pane.
 */
export async function runValidate(host: WorkbookHost, settings?: PaneSettings, options?: RunOptions): Promise<ValidateOutcome> {
  const store = options?.store ?? getSharedStore();
  const paneSettings = settings ?? store.getSettings();

  await step(options, PROGRESS.read, 0.05);
  const grid = await host.readWorkbook();

  await step(options, PROGRESS.analyze, 0.35);
  const analysis = analyzeCurrent(grid, paneSettings);

  await step(options, PROGRESS.mark, 0.75);
  const found = analysisReport(analysis);
  const marks = marksForFindings(found.findings, found.causes);
  const marked: ApplyResult = await host.mark(marks);
  const markedCells = new Set(marks.map((m) => `${m.sheet}\u0000${m.range.top},${m.range.left}`)).size;

  const report = buildValidationReport(found, {
    origin: options?.origin ?? 'ribbon',
    at: options?.now?.(),
    ...(grid.name ? { workbook: grid.name } : {}),
    skipped: grid.skipped ?? [],
    marks: marked.ok
      ? { ok: true, cells: markedCells, ...(marked.notice ? { message: marked.notice } : {}) }
      : { ok: false, cells: 0, message: marked.message },
  });
  store.setValidation(report);
  options?.onProgress?.({ step: PROGRESS.done, fraction: 1 });
  return {
    report,
    analysis,
    grid,
    summary: validationSummary(report),
    needsPane: report.findings.length > 0 || report.tables.length === 0 || report.skipped.length > 0 || !report.marks.ok,
  };
}

export interface GenerateOutcome {
  /** Undefined when no table was recognized: there is nothing to write about. */
  report?: NarrativeReport;
  summary: string;
  needsPane: boolean;
}

export function narrativeSummary(report: NarrativeReport): string {
  const paragraphs = report.sections.reduce((n, s) => n + s.paragraphs.length, 0);
  const lines = [report.written.ok ? COMMAND_TEXT.narrativeWritten(paragraphs) : report.written.reason === 'conflict' ? COMMAND_TEXT.narrativeConflict : COMMAND_TEXT.narrativeNotWritten(report.written.message)];
  if (report.placeholders.length) lines.push(COMMAND_TEXT.placeholders(report.placeholders.length));
  return lines.join('\n');
}

/**
 * 生成说明: reads the workbook, finds last year's figures as the settings say, the clerk's reasons
 * (变动原因 columns, reasons sheets) and texts (情况说明素材), generates the 情况说明, writes it to
 * its own sheet and stores it for the pane (.docx download, copy).
 */
export async function runGenerate(host: WorkbookHost, settings?: PaneSettings, options?: RunOptions): Promise<GenerateOutcome> {
  const store = options?.store ?? getSharedStore();
  const paneSettings = settings ?? store.getSettings();

  await step(options, PROGRESS.read, 0.05);
  const grid = await host.readWorkbook();

  await step(options, PROGRESS.analyze, 0.25);
  const analysis = analyzeCurrent(grid, paneSettings);
  if (analysis.tables.length === 0) {
    options?.onProgress?.({ step: PROGRESS.done, fraction: 1 });
    return { summary: COMMAND_TEXT.noTables, needsPane: true };
  }

  await step(options, PROGRESS.prior, 0.45);
  const { prior, inputs } = resolveNarrativeInputs(paneSettings.prior, grid, analysis, store);

  await step(options, PROGRESS.narrative, 0.6);
  const doc = generateNarrative(analysis, prior.prior, { reasons: inputs.reasons, texts: inputs.texts });
  if (prior.note) doc.notes.unshift(prior.note);
  const text = renderText(doc);
  const rows = narrativeRows(doc);

  await step(options, PROGRESS.writeSheet, 0.85);
  const written = await writeWithConfirm(
    (overwrite) => host.writeSheet(NARRATIVE_SHEET, rows, NARRATIVE_LABEL, overwrite ? { overwrite } : undefined),
    options?.confirmOverwrite,
  );

  const report = buildNarrativeReport(doc, {
    origin: options?.origin ?? 'ribbon',
    text,
    prior: { source: prior.source, ...(prior.name ? { name: prior.name } : {}) },
    sheet: NARRATIVE_SHEET,
    rows,
    written: writeOutcome(written),
    at: options?.now?.(),
    percentDecimals: analysis.settings.percentDecimals,
  });
  store.setNarrative(report);
  options?.onProgress?.({ step: PROGRESS.done, fraction: 1 });
  return { report, summary: narrativeSummary(report), needsPane: true };
}

/** Reads the workbook and plans 填充占比/同比, for the pane to show before anything is written. */
export async function previewFill(host: WorkbookHost, settings?: PaneSettings, options?: RunOptions): Promise<FillPlan> {
  const store = options?.store ?? getSharedStore();
  const paneSettings = settings ?? store.getSettings();
  await step(options, PROGRESS.read, 0.1);
  const grid = await host.readWorkbook();
  await step(options, PROGRESS.plan, 0.5);
  const analysis = analyzeCurrent(grid, paneSettings);
  const prior = resolvePrior(paneSettings.prior, grid, analysis, store);
  const plan = summarizeFillPlan(analysis, planFillEdits(analysis, prior), prior);
  options?.onProgress?.({ step: PROGRESS.done, fraction: 1 });
  return plan;
}

export interface FillOutcome {
  result: ApplyResult;
  /** Cells the choice asked for (0: nothing to write, and nothing was). */
  cells: number;
  /** The cells written on the first sheet written to, to show the clerk. */
  shown?: { sheet: string; range: CellRange };
}

function firstSheetRange(edits: Array<{ sheet: string; row: number; col: number }>): { sheet: string; range: CellRange } | undefined {
  const sheet = edits[0]?.sheet;
  if (sheet === undefined) return undefined;
  const on = edits.filter((e) => e.sheet === sheet);
  return {
    sheet,
    range: {
      top: Math.min(...on.map((e) => e.row)),
      left: Math.min(...on.map((e) => e.col)),
      bottom: Math.max(...on.map((e) => e.row)),
      right: Math.max(...on.map((e) => e.col)),
    },
  };
}

/**
 * 填充占比/同比: plans afresh from the workbook as it is now, keeps what the clerk chose and writes it
 * in one batch (undoable). Cells the add-in did not write are overwritten only after confirmOverwrite.
 */
export async function runFill(host: WorkbookHost, choice: FillChoice, settings?: PaneSettings, options?: RunOptions): Promise<FillOutcome> {
  const store = options?.store ?? getSharedStore();
  const paneSettings = settings ?? store.getSettings();
  await step(options, PROGRESS.read, 0.1);
  const grid = await host.readWorkbook();
  await step(options, PROGRESS.plan, 0.4);
  const analysis = analyzeCurrent(grid, paneSettings);
  const prior = resolvePrior(paneSettings.prior, grid, analysis, store);
  const edits = chooseFillEdits(planFillEdits(analysis, prior), choice);
  if (edits.length === 0) return { result: { ok: true, written: 0 }, cells: 0 };
  await step(options, PROGRESS.write, 0.7);
  const result = await writeWithConfirm(
    (overwrite) => host.applyEdits({ label: FILL_LABEL, edits, ...(overwrite ? { overwrite } : {}) }),
    options?.confirmOverwrite,
  );
  options?.onProgress?.({ step: PROGRESS.done, fraction: 1 });
  const shown = firstSheetRange(edits);
  return { result, cells: edits.length, ...(shown ? { shown } : {}) };
}

/** What 核对 checks: a sheet of the workbook (by name, or the 情况说明 sheet found as `check` finds it), or a pasted text. */
export type NarrativeCheckInput = { kind: 'sheet'; sheet?: string } | { kind: 'text'; text: string };

export interface CheckNarrativeOutcome {
  /** Undefined when there was nothing to check (no tables, no such sheet, no text): summary says why. */
  report?: NarrativeCheckReport;
  summary: string;
  /** The workbook's sheets, for the pane's choice of sheet. */
  sheetNames: string[];
}

/**
 * 核对情况说明: reads the workbook, recognizes its tables and last year's figures as the settings
 * say, and checks the 情况说明 (a sheet's text or a pasted one) against them and against its own
 * arithmetic. Nothing is written; each finding carries the table cells to select and, for a sheet,
 * the cell holding its sentence.
 */
export async function runCheckNarrative(host: WorkbookHost, input: NarrativeCheckInput, settings?: PaneSettings, options?: RunOptions): Promise<CheckNarrativeOutcome> {
  const store = options?.store ?? getSharedStore();
  const paneSettings = settings ?? store.getSettings();
  const done = () => options?.onProgress?.({ step: PROGRESS.done, fraction: 1 });

  await step(options, PROGRESS.read, 0.05);
  const grid = await host.readWorkbook();
  const sheetNames = grid.sheets.map((s) => s.name);

  await step(options, PROGRESS.analyze, 0.3);
  const analysis = analyzeCurrent(grid, paneSettings);
  if (analysis.tables.length === 0) {
    done();
    return { summary: COMMAND_TEXT.noTables, sheetNames };
  }

  let source: SheetText | undefined;
  let text: string;
  if (input.kind === 'sheet') {
    const sheet = input.sheet ? grid.sheets.find((s) => s.name === input.sheet) : findNarrativeSheet(analysis.workbook, analysis);
    if (!sheet) {
      done();
      return { summary: input.sheet ? NARRATIVE_CHECK_TEXT.sheetMissing(input.sheet) : NARRATIVE_CHECK_TEXT.noSheet, sheetNames };
    }
    source = sheetText(sheet);
    text = source.text;
    if (text.trim() === '') {
      done();
      return { summary: NARRATIVE_CHECK_TEXT.sheetEmpty(sheet.name), sheetNames };
    }
  } else {
    text = input.text;
    if (text.trim() === '') {
      done();
      return { summary: NARRATIVE_CHECK_TEXT.noText, sheetNames };
    }
  }

  await step(options, PROGRESS.checkNarrative, 0.6);
  const prior = resolvePrior(paneSettings.prior, grid, analysis, store);
  const check = checkNarrativeReport(text, analysis, prior.prior);
  const report = buildNarrativeCheckReport(check, { ...(source ? { sheet: source } : {}), prior: prior.prior ? prior.source : 'none', at: options?.now?.() });
  done();
  const summary = report.findings.length
    ? NARRATIVE_CHECK_TEXT.found(report.counts.error, report.counts.warning, report.checked, report.numbers)
    : NARRATIVE_CHECK_TEXT.none(report.checked, report.numbers);
  return { report, summary, sheetNames };
}
