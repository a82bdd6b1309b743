import { causeCountText, countFindings, type FindingJson, type Severity } from '../../engine';
import type { FileReport, NarrativeReport } from './check-file';
import type { Skipped } from './collect-files';
import { safeText as t } from './terminal';

/** One finding: its sentence, then where it shows (cells and amounts, as the engine formatted them). */
function findingLines(f: FindingJson, indent: string, head: string): string[] {
  const lines = [`${indent}${head} ${t(f.message)}`];
  const pad = indent + '       ';
  const where = f.sides
    .filter((s) => s.cells.length)
    .map((s) => `${t(s.label)}：${t(s.cells.length > 4 ? `${s.cells.slice(0, 4).join('、')} 等${s.cells.length}格` : s.cells.join('、'))} = ${t(s.amount)}`)
    .join('；');
  if (where) lines.push(`${pad}${where}${f.difference ? `；差额 ${t(f.difference)}${t(f.unit)}` : ''}　〔${t(f.ruleId)}〕`);
  else lines.push(`${pad}〔${t(f.ruleId)}〕${f.target ? ` 位置：${t(f.target)}` : ''}`);
  return lines;
}

/** The findings by cause: a cause of one finding as that finding; a cause of several, its sentence and each place it shows. */
function causeLines(r: FileReport): string[] {
  const causes = r.causes ?? r.findings.map((f, i) => ({ severityLabel: f.severityLabel, message: f.message, findings: [i] }));
  const lines: string[] = [];
  for (const c of causes) {
    if (c.findings.length === 1) {
      lines.push(...findingLines(r.findings[c.findings[0]], '  ', `[${t(c.severityLabel)}]`));
      continue;
    }
    lines.push(`  [${t(c.severityLabel)}] ${t(c.message)}`);
    c.findings.forEach((i, k) => lines.push(...findingLines(r.findings[i], '    ', `${k + 1}.`)));
  }
  return lines;
}

/** The engine's cause-count sentence for findings and their causes. */
function causeCount(causes: Array<{ severity: Severity }>, findings: Array<{ severity: Severity }>): string {
  return causeCountText(countFindings(findings, causes));
}

/** A file's report as a clerk reads it in a terminal. Every string from the file goes through safeText. */
export function formatFileReport(r: FileReport): string {
  const lines: string[] = [`== ${t(r.file)}`];
  if (r.error) {
    lines.push(`  无法检查：${t(r.error)}`);
    return lines.join('\n');
  }
  if (r.department || r.year) lines.push(`  单位：${r.department ? t(r.department) : '（未注明）'}　年度：${r.year ?? '（未注明）'}`);
  if (r.kind && r.profile) lines.push(`  公开类型：部门${r.kind}公开　表样：${t(r.profile)}（--profile ${t(r.profileId ?? '')}）`);
  if (r.profileReason) lines.push(`  ${t(r.profileReason)}`);
  if (r.tables.length) {
    lines.push(`  识别到 ${r.tables.length} 张表：`);
    for (const x of r.tables) lines.push(`    ${x.name} ${t(x.title)}　${t(x.address)}${x.foundBy === 'signature' ? '（按表头识别，未找到标题）' : ''}`);
  }
  for (const i of r.issues) lines.push(`  ${t(i)}`);
  if (r.findings.length === 0 && r.tables.length) lines.push(r.narrative ? '  公开表未发现问题。' : '  未发现问题。');
  lines.push(...causeLines(r));
  if (r.narrative) lines.push(...narrativeSheetLines(r.narrative));
  lines.push(`  小计：错误 ${r.errors} 项，提示 ${r.warnings} 项${(r.causes ? causeCount(r.causes, r.findings) : '')}。`);
  return lines.join('\n');
}

/** The 情况说明 sheet's findings under the tables' own, as check-narrative words them. */
function narrativeSheetLines(n: NarrativeReport): string[] {
  const lines = [`  情况说明（工作表“${t(n.sheet)}”）：`];
  for (const f of n.findings) {
    const where = f.cells.length ? `  单元格：${t(f.cells.slice(0, 3).join('、'))}` : '';
    lines.push(`  [${t(f.severityLabel)}] 第${f.line}行：${t(f.message)}${where}　〔${t(f.ruleId)}〕`);
    if (f.ruleId === 'narrative/table-figure') lines.push(`         原句：${t(f.sentence)}`);
  }
  const total = n.checked + n.unchecked.length;
  const errors = n.findings.filter((f) => f.severity === 'error').length;
  lines.push(
    `    共 ${total} 个数字，核对 ${n.checked} 个` +
      (n.findings.length ? `，发现 ${errors} 处错误、${n.findings.length - errors} 处提示` : '，未发现问题') +
      (n.unchecked.length ? `；另有 ${n.unchecked.length} 个数字未核对（详见 gongkai check-narrative）。` : '。'),
  );
  return lines;
}

/** Files in the folders that were not checked: other spreadsheet formats, pipes named .xlsx. */
export function formatSkipped(skipped: Skipped[]): string {
  return [`未检查 ${skipped.length} 个文件：`, ...skipped.map((s) => `  跳过 ${t(s.file)}：${t(s.reason)}`)].join('\n');
}

export function formatSummary(reports: FileReport[], skipped: Skipped[] = []): string {
  const unreadable = reports.filter((r) => r.error).length;
  const withErrors = reports.filter((r) => !r.error && r.errors > 0).length;
  const clean = reports.filter((r) => !r.error && r.errors === 0).length;
  const errors = reports.reduce((n, r) => n + r.errors, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings, 0);
  const causes = reports.flatMap((r) => r.causes ?? []);
  const grouped = reports.flatMap((r) => (r.causes ? r.findings : []));
  return `汇总：共检查 ${reports.length} 个文件，其中 ${withErrors} 个有错误，${clean} 个未发现错误，${unreadable} 个无法读取；错误 ${errors} 项，提示 ${warnings} 项${causeCount(causes, grouped)}。${skipped.length ? `另有 ${skipped.length} 个文件未检查（见上“跳过”）。` : ''}`;
}
