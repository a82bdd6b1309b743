import Decimal from 'decimal.js';
import type { Settings } from '../../engine';
import { UsageError, type ParsedArgs } from './args';
import { collectFiles } from './collect-files';
import { LIMITS } from './limits';
import { checkFiles } from './pool';
import type { FileReport } from './check-file';
import { formatFileReport, formatSkipped, formatSummary } from './report-text';

export const CHECK_USAGE = `gongkai check 路径... [--json] [--profile 配置] [--tolerance 0.005] [--jobs N] [--time-limit 秒]
  检查一个或多个 .xlsx 文件（或文件夹中的全部 .xlsx），逐个输出中文报告和汇总。
  --json        输出机器可读的 JSON
  --profile     公开表配置（默认 national-2023）
  --tolerance   表内允许误差（万元，默认 0.005）
  --jobs        并行数（默认为 CPU 核数）
  --time-limit  每个文件的检查时间上限（秒，默认 ${LIMITS.secondsPerFile}）
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
  const { files, skipped, unreadable } = collectFiles(args.positionals);
  if (files.length === 0 && unreadable.length === 0) {
    if (skipped.length === 0) throw new UsageError('所给文件夹中没有 .xlsx 文件');
    if (args.flags.json !== true) out(formatSkipped(skipped) + '\n');
    throw new UsageError('所给文件夹中没有 .xlsx 文件（其他格式的表格见上，请另存为 .xlsx）');
  }
  const settings = settingsFromArgs(args);
  const jobs = typeof args.flags.jobs === 'string' ? Math.max(1, Number(args.flags.jobs) || 1) : undefined;
  let secondsPerFile: number | undefined;
  if (args.flags['time-limit'] !== undefined) {
    secondsPerFile = Number(args.flags['time-limit']);
    if (!(secondsPerFile > 0)) throw new UsageError(`--time-limit 应为正数（秒）：${String(args.flags['time-limit'])}`);
  }
  const json = args.flags.json === true;
  const folderReports: FileReport[] = unreadable.map((u) => ({ file: u.file, error: u.reason, tables: [], issues: [], findings: [], errors: 0, warnings: 0 }));
  if (!json) for (const r of folderReports) out(formatFileReport(r) + '\n');
  const checked = await checkFiles(files, settings, { jobs, secondsPerFile }, json ? undefined : (r) => out(formatFileReport(r) + '\n'));
  const reports = [...folderReports, ...checked];
  for (const r of reports) delete r.timing;
  if (json) {
    out(JSON.stringify({ files: reports, skipped, summary: { ...summarize(reports), skipped: skipped.length } }, null, 2) + '\n');
  } else {
    if (skipped.length) out(formatSkipped(skipped) + '\n');
    out(formatSummary(reports, skipped) + '\n');
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
