import { analysisReport, analyzeWorkbook, findNarrativeSheet, sheetText, lastYearOf, type Analysis, type CauseJson, type FindingJson, type Settings, type TableSummary, type WorkbookGrid } from '../../engine';
import { narrativeJson, checkNarrativeOf } from './cmd-check-narrative';
import { readXlsxFile, WorkbookReadError } from './read-xlsx';
import { chineseReason, INTERNAL_ERROR } from './reasons';

/**
 * One file's result: the engine's report of the file (analysisReport) laid out as `check --json` prints it, with
 * the 情况说明 sheet's check. Plain data, so it crosses worker threads.
 */
export interface FileReport {
  file: string;
  /** Set when the file could not be checked at all. */
  error?: string;
  department?: string;
  year?: number;
  /** The 表样 (profile) the tables were recognized against: its name, as the report workbook lists it. */
  profile?: string;
  /** The profile's id ('juesuan-9'), for --profile. */
  profileId?: string;
  /** 预算 or 决算: which publication the workbook was read as. */
  kind?: '预算' | '决算';
  /** Why that profile (chosen from what the workbook holds, or named by --profile), in one Chinese sentence. */
  profileReason?: string;
  tables: TableSummary[];
  issues: string[];
  findings: FindingJson[];
  /** The findings by cause (what the clerk fixes), each pointing into `findings`. */
  causes?: CauseJson[];
  /** The tables' findings by severity, the 情况说明 sheet's added; a workbook with no table recognized is one error. */
  errors: number;
  warnings: number;
  /** The workbook's 情况说明 sheet checked against its tables (absent when it has none). */
  narrative?: NarrativeReport;
  timing?: { readMs: number; analyzeMs: number };
}

export type NarrativeReport = { sheet: string } & ReturnType<typeof narrativeJson>;

function checkNarrativeSheet(grid: WorkbookGrid, analysis: Analysis): NarrativeReport | undefined {
  if (analysis.tables.length === 0) return undefined;
  const sheet = findNarrativeSheet(grid, analysis);
  if (!sheet) return undefined;
  const source = sheetText(sheet);
  const report = checkNarrativeOf(source.text, analysis, lastYearOf(analysis, { kind: 'columns' }).prior);
  return { sheet: sheet.name, ...narrativeJson(report, source) };
}

export type SettingsInput = Partial<Omit<Settings, 'tolerance' | 'toleranceYuan' | 'roundingLimit' | 'reasonThresholdPercent'>> & {
  tolerance?: string;
};

export async function checkFile(file: string, options: Partial<Settings> = {}): Promise<FileReport> {
  const t0 = performance.now();
  try {
    const grid = await readXlsxFile(file);
    const t1 = performance.now();
    const analysis = analyzeWorkbook(grid, options);
    const t2 = performance.now();
    const report = analysisReport(analysis);
    const narrative = checkNarrativeSheet(grid, analysis);
    const narrativeErrors = narrative?.findings.filter((f) => f.severity === 'error').length ?? 0;
    const narrativeWarnings = (narrative?.findings.length ?? 0) - narrativeErrors;
    return {
      file,
      department: report.department,
      year: report.year,
      profile: report.profile.name,
      profileId: report.profile.id,
      kind: report.profile.kind,
      profileReason: report.profile.reason,
      tables: report.tables,
      issues: [...report.issues.map((i) => i.message), ...report.checkNotes],
      findings: report.findings,
      causes: report.causes,
      ...(narrative ? { narrative } : {}),
      errors: report.counts.error + narrativeErrors + (report.tables.length ? 0 : 1),
      warnings: report.counts.warning + narrativeWarnings,
      timing: { readMs: t1 - t0, analyzeMs: t2 - t1 },
    };
  } catch (e) {
    const message = e instanceof WorkbookReadError ? e.message : `检查时出错：${chineseReason(e, INTERNAL_ERROR)}`;
    return { file, error: message, tables: [], issues: [], findings: [], errors: 0, warnings: 0 };
  }
}
