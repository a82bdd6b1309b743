import type { Finding } from './findings';
import type { WorkbookGrid } from './grid/types';
import { recognizeWorkbook } from './recognize/recognize';
import type { RecognitionIssue, RecognizedTable } from './recognize/types';
import { rulesFor } from './rules/registry';
import { runRules } from './rules/run';
import type { SkippedCheck } from './rules/types';
import { resolveSettings, type Settings } from './settings';
import { getProfile } from './tables/registry';
import type { Profile } from './tables/types';

export interface Analysis {
  /** The workbook's file name as the host knows it (for the budget year when no title states it). */
  workbookName?: string;
  profile: Profile;
  settings: Settings;
  tables: RecognizedTable[];
  issues: RecognitionIssue[];
  findings: Finding[];
  /** Checks that stood aside, each with its reason. */
  skipped: SkippedCheck[];
}

/**
 * What the checks stand on, in the clerk's words: the amount columns no role was found for, and each
 * check that stood aside with its reason.
 */
export function analysisNotes(analysis: Analysis): string[] {
  const out: string[] = [];
  for (const t of analysis.tables)
    for (const b of t.blocks)
      if (b.unmappedColumns.length)
        out.push(`表${t.def.number}「${t.sheet}」中“${b.unmappedColumns.map((u) => u.header.split('/').pop()).join('”“')}”列未能对应到表定义，未参与校验。`);
  for (const s of analysis.skipped) out.push(`未执行的检查：${s.reason}。`);
  return out;
}

/** Recognizes every table of the workbook and validates them: the one call every host makes. */
export function analyzeWorkbook(workbook: WorkbookGrid, options?: Partial<Settings>): Analysis {
  const settings = resolveSettings(options);
  const profile = getProfile(settings.profile);
  const { tables, issues } = recognizeWorkbook(workbook, profile);
  const skipped: SkippedCheck[] = [];
  const findings = tables.length ? runRules(rulesFor(profile), tables, profile, settings, skipped) : [];
  return { workbookName: workbook.name, profile, settings, tables, issues, findings, skipped };
}
