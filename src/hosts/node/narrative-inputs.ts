import * as path from 'path';
import Decimal from 'decimal.js';
import {
  analyzeWorkbook,
  narrativeInputs,
  STYLE_PRESETS,
  type Analysis,
  type NarrativeInputs as GatheredInputs,
  type PriorSource,
  type Settings,
  type WorkbookGrid,
} from '../../engine';
import { UsageError, type ParsedArgs } from './args';
import { readXlsxFile, WorkbookReadError } from './read-xlsx';

/** Flags shared by generate and check-narrative. */
export const NARRATIVE_FLAGS = ['prior', 'notes', 'style', 'year', 'percent-decimals', 'share-rounding', 'same', 'prior-zero', 'amounts', 'threshold', 'profile', 'out', 'sheet'];

export const NARRATIVE_FLAG_HELP = `  --prior FILE          上年的公开表工作簿（按科目编码/名称逐行匹配）；不给时读表旁的“上年数”列
  --notes FILE          变动原因、资金用途等素材所在的工作簿（“变动原因”表：项目|原因；“情况说明素材”表：对象|事项|内容）
  --style 风格          changji（按昌吉州样式，默认）或 zhaohua（按昭化区样式：整数百分比、“持平”）
  --year 年度           预算年度（默认取表头或文件名中的年份）
  --percent-decimals N  百分比小数位（changji 默认 2，zhaohua 默认 0）
  --share-rounding 规则 largest-remainder（最大余数法，合计恰为100%，默认）或 plain（各自四舍五入）
  --same 写法           金额不变时：zero-change（增加0万元，增长0%）或 chiping（持平）
  --prior-zero 写法     上年为0时：not-comparable（上年无该预算，增长率无可比性，默认）或 growth-100（增长100%，昌吉州 004 写法）
  --amounts 写法        two-decimals（金额一律两位小数，默认）或 as-table（照表中写法）
  --threshold N         增减率超过 N% 须说明原因（默认 10）`;

/** This year's workbook read and analyzed, with what the engine gathers for its 情况说明 (narrativeInputs). */
export interface NarrativeInputs extends Omit<GatheredInputs, 'missing'> {
  file: string;
  grid: WorkbookGrid;
  analysis: Analysis;
  year?: number;
}

function oneOf<T extends string>(flag: string, value: string | true | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw new UsageError(`--${flag} 应为 ${allowed.join(' 或 ')}`);
  return value as T;
}

export function narrativeSettings(args: ParsedArgs): Partial<Settings> {
  const f = args.flags;
  const style = oneOf('style', f.style, ['changji', 'zhaohua'] as const) ?? 'changji';
  const s: Partial<Settings> = { ...STYLE_PRESETS[style] };
  if (f['percent-decimals'] !== undefined) {
    const n = Number(f['percent-decimals']);
    if (!Number.isInteger(n) || n < 0 || n > 4) throw new UsageError('--percent-decimals 应为 0 到 4 的整数');
    s.percentDecimals = n;
  }
  const rounding = oneOf('share-rounding', f['share-rounding'], ['largest-remainder', 'plain'] as const);
  if (rounding) s.shareRounding = rounding;
  const same = oneOf('same', f.same, ['zero-change', 'chiping'] as const);
  if (same) s.sameWording = same;
  const priorZero = oneOf('prior-zero', f['prior-zero'], ['growth-100', 'not-comparable'] as const);
  if (priorZero) s.priorZeroWording = priorZero;
  const amounts = oneOf('amounts', f.amounts, ['two-decimals', 'as-table'] as const);
  if (amounts) s.amountStyle = amounts;
  if (f.threshold !== undefined) {
    if (typeof f.threshold !== 'string' || !/^\d+(\.\d+)?$/.test(f.threshold)) throw new UsageError('--threshold 应为非负数');
    s.reasonThresholdPercent = new Decimal(f.threshold);
  }
  if (typeof f.profile === 'string') s.profile = f.profile;
  return s;
}

/** readXlsxFile, naming the file in the reason: generate and check-narrative read up to three. */
async function readNamed(file: string): Promise<WorkbookGrid> {
  try {
    return await readXlsxFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new WorkbookReadError(`${path.basename(file)}：${e.message}`);
    throw e;
  }
}

/** Reads this year's workbook, last year's (--prior, else the 上年数 columns) and the notes (--notes); the engine gathers the rest. */
export async function loadNarrativeInputs(file: string, args: ParsedArgs): Promise<NarrativeInputs> {
  const settings = narrativeSettings(args);
  const grid = await readNamed(file);
  const analysis = analyzeWorkbook(grid, settings);
  if (analysis.tables.length === 0) throw new Error(`${path.basename(file)} 中没有识别到部门预算公开表`);
  const priorFile = typeof args.flags.prior === 'string' ? args.flags.prior : undefined;
  const source: PriorSource = priorFile ? { kind: 'workbook', grid: await readNamed(priorFile), name: priorFile } : { kind: 'columns' };
  const notes = typeof args.flags.notes === 'string' ? [await readNamed(args.flags.notes)] : [];
  const { missing, ...gathered } = narrativeInputs(analysis, source, { notes, priorSettings: settings });
  if (missing === 'no-tables') throw new Error(`上年工作簿 ${path.basename(priorFile ?? '')} 中没有识别到部门预算公开表`);
  let year: number | undefined;
  if (args.flags.year !== undefined) {
    year = Number(args.flags.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError('--year 应为四位年份');
  }
  return { file, grid, analysis, ...gathered, ...(year ? { year } : {}) };
}
