import { formatRange } from '../../engine';
import { analysisNotes, analyzeWorkbook, findNarrativeSheet, findingReport, findingToJson, sheetText, lastYearOf, tableName, type Analysis, type CauseJson, type FindingJson, type Settings, type WorkbookGrid } from '../../engine';
import { narrativeJson, checkNarrativeOf } from './cmd-check-narrative';
import { readXlsxFile, WorkbookReadError } from './read-xlsx';
import { chineseReason, INTERNAL_ERROR } from './reasons';

export interface TableSummary {
  id: string;
  number: number;
  /** 表6, or the name of a table a region adds (政府采购预算表). */
  name: string;
  title: string;
  location: string;
  unit: string;
  foundBy: 'title' | 'signature';
}

/** One file's result, plain data so it crosses worker threads and prints as JSON. */
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
    const findings = analysis.findings.map(findingToJson);
    const { causes } = findingReport(analysis);
    const narrative = checkNarrativeSheet(grid, analysis);
    const narrativeErrors = narrative?.findings.filter((f) => f.severity === 'error').length ?? 0;
    const narrativeWarnings = (narrative?.findings.length ?? 0) - narrativeErrors;
    const first = analysis.tables.find((t) => t.department) ?? analysis.tables[0];
    return {
      file,
      department: first?.department,
      year: analysis.tables.find((t) => t.year)?.year,
      profile: analysis.profile.name,
      profileId: analysis.profile.id,
      kind: analysis.kind,
      profileReason: analysis.profileChoice.reason,
      tables: analysis.tables.map((t) => ({
        id: t.def.id,
        number: t.def.number,
        name: tableName(t.def),
        title: t.def.title,
        location: formatRange(t.sheet, t.range),
        unit: t.unit,
        foundBy: t.foundBy,
      })),
      issues: [...analysis.issues.map((i) => i.message), ...analysisNotes(analysis)],
      findings,
      causes,
      ...(narrative ? { narrative } : {}),
      errors: findings.filter((f) => f.severity === 'error').length + narrativeErrors + (analysis.tables.length ? 0 : 1),
      warnings: findings.filter((f) => f.severity === 'warning').length + narrativeWarnings,
      timing: { readMs: t1 - t0, analyzeMs: t2 - t1 },
    };
  } catch (e) {
    const message = e instanceof WorkbookReadError ? e.message : `检查时出错：${chineseReason(e, INTERNAL_ERROR)}`;
    return { file, error: message, tables: [], issues: [], findings: [], errors: 0, warnings: 0 };
  }
}
