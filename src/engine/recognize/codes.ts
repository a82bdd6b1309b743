import { isCellError, type RawCell } from '../grid/types';
import { compactText } from '../grid/text';
import { CLASS_NAMES } from '../tables/class-names';
import { ECONOMIC_KUAN_NAMES } from '../tables/economic-kuan-names';
import { FUNCTIONAL_NAMES } from '../tables/functional-names';
import { normalizeLabel } from '../grid/text';
import type { CodeScheme } from '../tables/types';

export interface ParsedCode {
  code: string;
  level: number;
}

/** Digits of a code cell; a code typed as a number loses its leading zero (款 05 → 5), so pad it back. */
export function codePart(v: RawCell, width: number): string | undefined {
  if (v === null || v === undefined || isCellError(v)) return undefined;
  const text = typeof v === 'number' ? String(Math.trunc(v)) : compactText(v);
  if (!/^\d+$/.test(text)) return undefined;
  if (text.length > width) return undefined;
  return text.padStart(width, '0');
}

// 重庆 prints 经济分类 to 7 digits (3010201 规范性津补贴 under 30102 津贴补贴): a third level, like a 项.
const WIDTHS: Record<CodeScheme, number[]> = { functional: [3, 2, 2], economic: [3, 2, 2] };

export function levelOf(code: string, scheme: CodeScheme): number | undefined {
  let len = 0;
  const widths = WIDTHS[scheme];
  for (let i = 0; i < widths.length; i++) {
    len += widths[i];
    if (code.length === len) return i + 1;
  }
  return undefined;
}

/** A whole code in one cell: 2080501, "208 05 01", "208-05-01". */
export function parseWholeCode(v: RawCell, scheme: CodeScheme): ParsedCode | undefined {
  if (v === null || v === undefined || isCellError(v)) return undefined;
  const text = typeof v === 'number' ? String(Math.trunc(v)) : compactText(v).replace(/[-.．_]/g, '');
  if (!/^\d+$/.test(text)) return undefined;
  const level = levelOf(text, scheme);
  return level ? { code: text, level } : undefined;
}

/** A code written in front of the name: "201 一般公共服务支出", "210卫生健康支出", "2080501 行政单位离退休". */
export function splitCodedName(text: string, scheme: CodeScheme): { code?: ParsedCode; name: string } {
  // The code may stand in brackets before the name: "[208]社会保障和就业支出" (广州).
  const m = /^\s*[[［【]?\s*(\d{3}(?:[\s\u3000.\-]*\d{2}){0,2})\s*[\]］】]?[\s\u3000、.．:：-]*(.*)$/.exec(text);
  if (m && m[2] && !/^\d/.test(m[2])) {
    const digits = m[1].replace(/\D/g, '');
    const level = levelOf(digits, scheme);
    if (level) return { code: { code: digits, level }, name: m[2].trim() };
  }
  return { name: text.trim() };
}

const classByName = new Map<CodeScheme, Map<string, string>>();

/** The 类 code a name stands for ("一般公共服务支出" → 201), for labels printed without their code; the label is compared after normalizeLabel and stripNumbering. */
export function classCodeOfName(label: string, scheme: CodeScheme): string | undefined {
  let names = classByName.get(scheme);
  if (!names) {
    names = new Map();
    for (const [code, aliases] of CLASS_NAMES[scheme]) for (const a of aliases) names.set(a, code);
    classByName.set(scheme, names);
  }
  return names.get(label);
}

/** Codes by their names (normalized), from a catalog of [code, names]: a name may stand for several codes. */
function byName(catalog: Array<[string, string[]]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [code, aliases] of catalog)
    for (const a of aliases) out.set(normalizeLabel(a), [...(out.get(normalizeLabel(a)) ?? []), code]);
  return out;
}

let kuanByName: Map<string, string[]> | undefined;

/** The 经济分类 款 code a name stands for under the 类 printed above it ("办公设备购置" under 310 → 31002). */
export function economicKuanOfName(label: string, classCode: string): string | undefined {
  kuanByName ??= byName(ECONOMIC_KUAN_NAMES);
  return kuanByName.get(label)?.find((c) => c.startsWith(classCode));
}

let functionalByName: Map<string, string[]> | undefined;
const functionalCodes = (label: string): string[] => (functionalByName ??= byName(FUNCTIONAL_NAMES)).get(label) ?? [];

/**
 * The 功能分类 codes a name may stand for one level under `parent` (a 类 or 款 code): "行政运行" under 20101 → 2010101.
 * Empty where the catalog does not know the name there.
 */
export function functionalCodesOfName(label: string, parent: string): string[] {
  const width = parent.length === 3 ? 5 : 7;
  const known = functionalCodes(label).filter((c) => c.length === width && c.startsWith(parent));
  if (known.length > 0 || width !== 7) return known;
  // 项 the catalog has not seen under this 款 but the classification numbers alike under every 款 that has them.
  const common = COMMON_XIANG.find(([, names]) => names.includes(label));
  return common ? [parent + common[0]] : [];
}

/** The catalog names this code, and no other, by the name: "其他公安支出" is 2040299 alone, "行政运行" is every 款's 01. */
export function functionalNameIsUnique(label: string, code: string): boolean {
  const codes = functionalCodes(label);
  return codes.length === 1 && codes[0] === code;
}

/** 项 numbered the same under every 款 of the 功能分类 that lists them (事业运行 is not: 50 mostly, 04 under 21301). */
const COMMON_XIANG: Array<[string, string[]]> = [
  ['01', ['行政运行']],
  ['02', ['一般行政管理事务']],
  ['03', ['机关服务']],
];
