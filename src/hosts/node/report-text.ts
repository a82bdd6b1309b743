import type { FileReport } from './check-file';
import type { Skipped } from './collect-files';
import { safeText as t } from './terminal';

/** Whole 元 print without decimals, as the 元 tables do. */
function amountText(amount: string, unit: string): string {
  return unit === '元' ? amount.replace(/\.00$/, '') : amount;
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
    for (const x of r.tables) lines.push(`    表${x.number} ${t(x.title)}　${t(x.location)}${x.foundBy === 'signature' ? '（按表头识别，未找到标题）' : ''}`);
  }
  for (const i of r.issues) lines.push(`  ${t(i)}`);
  if (r.findings.length === 0 && r.tables.length) lines.push('  未发现问题。');
  for (const f of r.findings) {
    lines.push(`  [${t(f.severityLabel)}] ${t(f.message)}`);
    const where = f.sides
      .filter((s) => s.cells.length)
      .map((s) => `${t(s.label)}：${t(s.cells.length > 4 ? `${s.cells.slice(0, 4).join('、')} 等${s.cells.length}格` : s.cells.join('、'))} = ${t(amountText(s.amount, f.unit))}`)
      .join('；');
    if (where) lines.push(`         ${where}${f.difference ? `；差额 ${t(amountText(f.difference, f.unit))}${t(f.unit)}` : ''}　〔${t(f.ruleId)}〕`);
    else lines.push(`         〔${t(f.ruleId)}〕${f.target ? ` 位置：${t(f.target)}` : ''}`);
  }
  lines.push(`  小计：错误 ${r.errors} 项，提示 ${r.warnings} 项。`);
  return lines.join('\n');
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
  return `汇总：共检查 ${reports.length} 个文件，其中 ${withErrors} 个有错误，${clean} 个未发现错误，${unreadable} 个无法读取；错误 ${errors} 项，提示 ${warnings} 项。${skipped.length ? `另有 ${skipped.length} 个文件未检查（见上“跳过”）。` : ''}`;
}
