import * as path from 'path';
import { cellOfSentence, checkNarrativeReport, compactText, sheetText as textOfSheet, SECTION_LABELS, type Analysis, type NarrativeCheck, type SheetText, type WorkbookGrid } from '../../engine';
import type { PriorYear } from '../../engine';
import { formatRef } from '../../engine';
import { SEVERITY_LABEL } from '../../engine';

import { UsageError, type ParsedArgs } from './args';
import { loadNarrativeInputs, NARRATIVE_FLAG_HELP } from './narrative-inputs';
import { readDocxText } from './read-docx';
import { readLimitedFile, readXlsxFile } from './read-xlsx';
import { safeText as t } from './terminal';

export const CHECK_NARRATIVE_USAGE = `gongkai check-narrative 文件.xlsx 情况说明(.txt|.docx|.xlsx) [--prior 上年.xlsx] [--sheet 工作表] [--json]
  逐句核对情况说明中的金额、占比、增减额和增减率（与公开表、与文中自身的算术），并查模板遗留、缺百分号、单位、年份、空表说明、“三公”和必备内容；列出原句、问题和正确写法。
${NARRATIVE_FLAG_HELP}
  --sheet 工作表        情况说明在 .xlsx 中时所在的工作表（默认名称含“情况说明”的表）
  --json                输出机器可读的 JSON
  退出码：0 未发现不一致；1 发现不一致；2 参数有误或文件无法读取。`;

/** The narrative's text from a .txt, a .docx or a sheet of an .xlsx (one row a line). */
export async function readNarrativeText(file: string, sheet?: string): Promise<string> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.docx') return readDocxText(await readLimitedFile(file));
  if (ext === '.xlsx') return sheetText(await readXlsxFile(file), sheet);
  return (await readLimitedFile(file)).toString('utf8');
}

function sheetText(grid: WorkbookGrid, name?: string): string {
  const sheet = name ? grid.sheets.find((s) => s.name === name) : grid.sheets.find((s) => /情况说明/.test(compactText(s.name))) ?? grid.sheets[0];
  if (!sheet) throw new UsageError(name ? `找不到工作表“${name}”` : '工作簿中没有工作表');
  return sheetTextOf(sheet);
}

/** A sheet's text, one row a line (its non-empty cells joined). */
export function sheetTextOf(sheet: WorkbookGrid['sheets'][number]): string {
  return textOfSheet(sheet).text;
}

export async function runCheckNarrative(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const [file, narrative] = args.positionals;
  if (!file || !narrative) throw new UsageError('请给出公开表工作簿和情况说明文件');
  const inputs = await loadNarrativeInputs(file, args);
  const text = await readNarrativeText(narrative, typeof args.flags.sheet === 'string' ? args.flags.sheet : undefined);
  const report = checkNarrativeReport(text, inputs.analysis, inputs.prior, inputs.year ? { year: inputs.year } : {});
  if (args.flags.json === true) out(JSON.stringify({ file, narrative, ...narrativeJson(report) }, null, 2) + '\n');
  else {
    const lines = [`核对 ${t(path.basename(narrative))}（对照 ${t(path.basename(file))}）`];
    if (!inputs.prior) lines.push('未提供上年数：增减额、增减率按文中自身数字核对（上年数 = 本年数 − 增减额）；对照上年公开表请用 --prior 或表旁“上年数”列。');
    lines.push(...narrativeReportLines(report));
    out(lines.join('\n') + '\n');
  }
  return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/**
 * The JSON of a narrative check: findings with cells in A1 form, every unchecked number with its
 * reason; with the sheet the text came from, each finding's `sentenceCell` (the cell of its sentence).
 */
export function narrativeJson(report: NarrativeCheck, sheet?: SheetText) {
  return {
    checked: report.checked.length,
    unchecked: report.unchecked.map((m) => ({ line: m.line, text: m.text, sentence: m.sentence, reason: m.reason })),
    findings: report.findings.map(({ cells, ...f }) => {
      const at = sheet ? cellOfSentence(sheet, f.line, f.sentence) : undefined;
      return { ...f, severityLabel: SEVERITY_LABEL[f.severity], cells: cells.map(formatRef), ...(at ? { sentenceCell: formatRef(at) } : {}) };
    }),
  };
}

/** The lines `check-narrative` prints (and `check` under a workbook's 情况说明 sheet). */
export function narrativeReportLines(report: NarrativeCheck): string[] {
  const lines: string[] = [];
  for (const f of report.findings) {
    const where = f.cells.length ? `  单元格：${f.cells.slice(0, 3).map(formatRef).join('、')}` : '';
    lines.push(`第${f.line}行〔${f.section ? SECTION_LABELS[f.section] : '情况说明'}〕${SEVERITY_LABEL[f.severity]}：${t(f.message)}${where}`);
    if (f.ruleId === 'narrative/table-figure') lines.push(`  原句：${t(f.sentence)}`);
  }
  const total = report.checked.length + report.unchecked.length;
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  lines.push(
    `共 ${total} 个数字，核对 ${report.checked.length} 个（${total ? Math.round((report.checked.length / total) * 1000) / 10 : 100}%），` +
      (report.findings.length ? `发现 ${errors} 处错误、${warnings} 处提示` : '未发现问题') +
      (report.unchecked.length ? `；另有 ${report.unchecked.length} 个数字未核对：` : '。'),
  );
  for (const m of report.unchecked) lines.push(`  第${m.line}行 ${t(m.text)}：${m.reason}`);
  return lines;
}

export function checkNarrativeOf(text: string, analysis: Analysis, prior?: PriorYear, year?: number): NarrativeCheck {
  return checkNarrativeReport(text, analysis, prior, year ? { year } : {});
}

