import Decimal from 'decimal.js';
import type { Settings } from '../../engine';
import { UsageError, type ParsedArgs } from './args';
import { collectFiles } from './collect-files';
import { checkFiles } from './pool';
import { formatFileReport, formatSummary } from './report-text';

export const CHECK_USAGE = `gongkai check 路径... [--json] [--profile 配置] [--tolerance 0.005] [--jobs N]
  检查一个或多个 .xlsx 文件（或文件夹中的全部 .xlsx），逐个输出中文报告和汇总。
  --json        输出机器可读的 JSON
  --profile     公开表配置（默认 national-2023）
  --tolerance   表内允许误差（万元，默认 0.005）
  --jobs        并行数（默认为 CPU 核数）
  退出码：0 未发现错误；1 发现错误；2 有文件无法读取或参数有误。`;

export function settingsFromArgs(args: ParsedArgs): Partial<Settings> {
  const s: Partial<Settings> = {};
  if (typeof args.flags.profile === 'string') s.profile = args.flags.profile;
  if (typeof args.flags.tolerance === 'string') {
    if (!/^\d+(\.\d+)?$/.test(args.flags.tolerance)) throw new UsageError(`--tolerance 应为非负数：${args.flags.tolerance}`);
    s.tolerance = new Decimal(args.flags.tolerance);
  }
  return s;
}

export async function runCheck(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('请给出要检查的 .xlsx 文件或文件夹');
  const files = collectFiles(args.positionals);
  if (files.length === 0) throw new UsageError('所给文件夹中没有 .xlsx 文件');
  const settings = settingsFromArgs(args);
  const jobs = typeof args.flags.jobs === 'string' ? Math.max(1, Number(args.flags.jobs) || 1) : undefined;
  const json = args.flags.json === true;
  const reports = await checkFiles(files, settings, jobs, json ? undefined : (r) => out(formatFileReport(r) + '\n'));
  for (const r of reports) delete r.timing;
  if (json) {
    out(JSON.stringify({ files: reports, summary: summarize(reports) }, null, 2) + '\n');
  } else {
    out(formatSummary(reports) + '\n');
  }
  if (reports.some((r) => r.error)) return 2;
  return reports.some((r) => r.errors > 0) ? 1 : 0;
}

function summarize(reports: Awaited<ReturnType<typeof checkFiles>>) {
  return {
    files: reports.length,
    unreadable: reports.filter((r) => r.error).length,
    withErrors: reports.filter((r) => !r.error && r.errors > 0).length,
    errors: reports.reduce((n, r) => n + r.errors, 0),
    warnings: reports.reduce((n, r) => n + r.warnings, 0),
  };
}
