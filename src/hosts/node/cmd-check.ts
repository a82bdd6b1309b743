import Decimal from 'decimal.js';
import type { Settings } from '../../engine';
import { UsageError, type ParsedArgs } from './args';
import { collectFiles } from './collect-files';
import { LIMITS } from '../limits';
import { checkFiles } from './pool';
import type { FileReport } from './check-file';
import * as fs from 'fs';
import * as path from 'path';
import { Progress, type ProgressStream } from './progress';
import { chineseReason } from './reasons';
import { safeText } from './terminal';
import { formatFileReport, formatSkipped, formatSummary } from './report-text';

export const CHECK_USAGE = `gongkai check 路径... [--report 汇总.xlsx] [--json] [--profile 配置] [--tolerance 0.005] [--jobs N] [--time-limit 秒]
  检查一个或多个 .xlsx 文件（或文件夹中的全部 .xlsx），逐个输出中文报告和汇总。
  --report      另写一个汇总工作簿：汇总表（问题最多的在前，链接到各部门）、每个部门一张问题表、规则统计
  --json        输出机器可读的 JSON
  --profile     公开表配置（默认 auto：按工作簿内容在全部配置中自动选择预算或决算表样；可用 national-2023、county-9、juesuan-9、juesuan-9-sangong-last、juesuan-henan-8、juesuan-yunnan、juesuan-sichuan-13、juesuan-jiangxi）
  --tolerance   表内允许误差（万元，默认 0.005）
  --jobs        并行数（默认为空闲的 CPU 核数：核数减去近 1 分钟的平均负载，至少 1）
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

export const CHECK_TEXT = {
  reportSuffix: (file: string) => `--report 应为 .xlsx 文件名：${file}`,
  reportIsInput: (file: string) => `--report 的文件 ${file} 正是要检查的文件之一，请另取一个名字`,
  reportWritten: (file: string, n: number) => `汇总工作簿已写入：${file}（${n} 个文件）`,
  reportFailed: (file: string, reason: string) => `汇总工作簿未能写入 ${file}：${reason}`,
} as const;

export interface CheckIo {
  /** Where the progress line goes: stderr, drawn only when it is a terminal. */
  stderr?: ProgressStream;
}

export async function runCheck(args: ParsedArgs, out: (s: string) => void, io: CheckIo = {}): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('请给出要检查的 .xlsx 文件或文件夹');
  let report: string | undefined;
  if (args.flags.report !== undefined) {
    if (typeof args.flags.report !== 'string' || !/\.xlsx$/i.test(args.flags.report)) throw new UsageError(CHECK_TEXT.reportSuffix(String(args.flags.report)));
    report = path.resolve(args.flags.report);
    if (args.positionals.some((p) => path.resolve(p) === report)) throw new UsageError(CHECK_TEXT.reportIsInput(args.flags.report), false);
  }
  const collected = collectFiles(args.positionals);
  const { skipped, unreadable } = collected;
  // Last run's report, written into the folder being checked, is not a department's file.
  const files = report ? collected.files.filter((f) => path.resolve(f) !== report) : collected.files;
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
  const progress = io.stderr && Progress.wanted(io.stderr, files.length) ? new Progress(io.stderr, files.length) : undefined;
  const print = (s: string) => (progress ? progress.around(() => out(s)) : out(s));
  progress?.draw();
  let checked: FileReport[];
  try {
    checked = await checkFiles(files, settings, { jobs, secondsPerFile }, (r) => {
      if (!json) print(formatFileReport(r) + '\n');
      progress?.tick(r);
    });
  } finally {
    progress?.clear();
  }
  const reports = [...folderReports, ...checked];
  for (const r of reports) delete r.timing;
  let reportFailed = false;
  let reportWritten = false;
  if (report) {
    const tmp = path.join(path.dirname(report), `.~${path.basename(report)}.${process.pid}.tmp`);
    try {
      // ExcelJS is loaded only when a report is asked for: a plain check starts without it.
      const { writeReportWorkbook } = await import('./report-xlsx');
      await writeReportWorkbook(tmp, reports, skipped);
      fs.renameSync(tmp, report);
      reportWritten = true;
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      reportFailed = true;
      io.stderr?.write(safeText(CHECK_TEXT.reportFailed(args.flags.report as string, writeReason(e))) + '\n');
    }
  }
  if (json) {
    out(JSON.stringify({ files: reports, skipped, summary: { ...summarize(reports), skipped: skipped.length } }, null, 2) + '\n');
  } else {
    if (skipped.length) out(formatSkipped(skipped) + '\n');
    out(formatSummary(reports, skipped) + '\n');
    if (reportWritten) out(safeText(CHECK_TEXT.reportWritten(args.flags.report as string, reports.length)) + '\n');
  }
  if (reportFailed || reports.some((r) => r.error)) return 2;
  return reports.some((r) => r.errors > 0) ? 1 : 0;
}

/** Why the report could not be written, in the words of writing (not reading) a file. */
function writeReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return '没有写入权限';
  if (code === 'EBUSY') return '文件正被其他程序占用（是否已在 Excel/WPS 中打开？请关闭后重试）';
  if (code === 'ENOENT') return '所在文件夹不存在';
  return chineseReason(e, '写入时出错');
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
