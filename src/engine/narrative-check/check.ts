import Decimal from 'decimal.js';
import type { Analysis } from '../analyze';
import { roundMoney, formatPercent } from '../compute/rounding';
import { fillTemplate } from '../compute/template';
import type { CellRef } from '../grid/types';
import { generateNarrative } from '../narrative/generate';
import { STYLE_PRESETS } from '../narrative/styles';
import type { Figure, FigureKind, SectionKey } from '../narrative/types';
import type { PriorYear } from '../prior/types';
import { CHECK_MESSAGES, FIGURE_WORDS, SECTION_NAMES } from './messages';
import { findMentions, foldSubject, type Mention } from './mentions';

export interface NarrativeFinding {
  kind: 'mismatch' | 'direction';
  section?: SectionKey;
  line: number;
  sentence: string;
  subject: string;
  figure: FigureKind;
  /** As written: "132.80%". */
  stated: string;
  /** What the tables give: "132.78%". */
  expected: string;
  message: string;
  formula?: string;
  cells: CellRef[];
}

export interface NarrativeCheck {
  findings: NarrativeFinding[];
  /** Numbers verified against the tables (right or wrong). */
  checked: Mention[];
  /** Numbers whose subject or kind the tables do not give (clerk-written figures, unknown names). */
  unchecked: Mention[];
}

export interface CheckOptions {
  year?: number;
  department?: string;
}

/**
 * Verifies every amount and percentage of a clerk's 情况说明 against the tables: each number is
 * taken with its section, its kind (amount, 占 share, 增减 change or rate) and the subject named
 * before it, and compared with the same figure computed from the cells. A share or rate is right
 * when it is the exact value rounded half up to the decimals the text shows (735% for 735.00%);
 * a share moved by the largest-remainder rule is right too.
 */
export function checkNarrative(text: string, analysis: Analysis, prior?: PriorYear, options: CheckOptions = {}): NarrativeFinding[] {
  return checkNarrativeReport(text, analysis, prior, options).findings;
}

export function checkNarrativeReport(text: string, analysis: Analysis, prior?: PriorYear, options: CheckOptions = {}): NarrativeCheck {
  const figures = collectFigures(analysis, prior, options);
  const bySection = new Map<string, Figure[]>();
  for (const f of figures) {
    const list = bySection.get(f.section) ?? [];
    list.push(f);
    bySection.set(f.section, list);
  }
  const subjectsCache = new Map<string, string[]>();
  const subjectsOf = (section: SectionKey | undefined) => {
    if (!section) return [];
    let list = subjectsCache.get(section);
    if (!list) {
      list = Array.from(new Set((bySection.get(section) ?? []).flatMap((f) => f.subjects.map(foldSubject)).filter((s) => s.length >= 2)));
      list.sort((a, b) => b.length - a.length);
      subjectsCache.set(section, list);
    }
    return list;
  };
  const mentions = findMentions(text, subjectsOf);
  const findings: NarrativeFinding[] = [];
  const checked: Mention[] = [];
  const unchecked: Mention[] = [];
  const decimals = analysis.settings.percentDecimals;
  for (const m of mentions) {
    const candidates = m.kind && m.subject && m.section
      ? (bySection.get(m.section) ?? []).filter((f) => f.kind === m.kind && f.subjects.some((s) => foldSubject(s) === m.subject))
      : [];
    if (candidates.length === 0) {
      unchecked.push(m);
      continue;
    }
    checked.push(m);
    if (candidates.some((f) => agrees(m, f, decimals))) continue;
    const figure = candidates.find((f) => f.stated) ?? candidates[0];
    findings.push(toFinding(m, figure, decimals));
  }
  return { findings, checked, unchecked };
}

/** The figures of both styles: 000's 上年结转 and 004's per-source lines are both checkable. */
function collectFigures(analysis: Analysis, prior: PriorYear | undefined, options: CheckOptions): Figure[] {
  const out: Figure[] = [];
  for (const style of ['changji', 'zhaohua'] as const) {
    const doc = generateNarrative(analysis, prior, {
      ...options,
      settings: { ...STYLE_PRESETS[style], percentDecimals: analysis.settings.percentDecimals, sameWording: analysis.settings.sameWording },
    });
    out.push(...doc.figures);
  }
  return out;
}

function agrees(m: Mention, f: Figure, decimals: number): boolean {
  const stated = m.value;
  switch (f.kind) {
    case 'amount':
      return stated.eq(roundMoney(f.value)) || stated.eq(f.value);
    case 'change': {
      if (!stated.eq(roundMoney(f.value.abs())) && !stated.eq(f.value.abs())) return false;
      return directionAgrees(m, f.value);
    }
    case 'rate': {
      if (!directionAgrees(m, f.value)) return false;
      if (f.conventional || !f.exact) return stated.eq(f.value.abs());
      return stated.eq(roundHalfUp(f.exact.abs(), m.decimals));
    }
    case 'share':
      if (f.exact && stated.eq(roundHalfUp(f.exact.abs(), m.decimals))) return true;
      return m.decimals === decimals && stated.eq(f.value.abs());
  }
}

function directionAgrees(m: Mention, value: Decimal): boolean {
  if (value.isZero() || !m.direction) return true;
  return (m.direction === 1) === value.isPositive();
}

function roundHalfUp(d: Decimal, decimals: number): Decimal {
  return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

function toFinding(m: Mention, f: Figure, decimals: number): NarrativeFinding {
  const where = m.section ? SECTION_NAMES[m.section] : '情况说明';
  const what = FIGURE_WORDS[f.kind];
  const subject = f.subjects[0];
  const how = f.formula ? fillTemplate(CHECK_MESSAGES.how, { formula: f.formula }) : '';
  const expected = expectedText(m, f);
  const base = { section: m.section, line: m.line, sentence: m.sentence, subject, figure: f.kind, stated: m.text, expected, cells: f.cells, ...(f.formula ? { formula: f.formula } : {}) };
  const sizeRight = f.kind === 'change' ? m.value.eq(roundMoney(f.value.abs())) : f.kind === 'rate' ? expectedText(m, f) === m.text : false;
  if ((f.kind === 'change' || f.kind === 'rate') && sizeRight && !directionAgrees(m, f.value)) {
    const actual = (f.value.isPositive() ? (f.kind === 'change' ? '增加' : '增长') : f.kind === 'change' ? '减少' : '下降') + expected;
    return { ...base, kind: 'direction', message: fillTemplate(CHECK_MESSAGES.direction, { where, subject, what, word: m.word ?? '', actual, how }) };
  }
  const shareHow =
    f.kind === 'share' && f.plain && f.exact
      ? fillTemplate(CHECK_MESSAGES.shareRounding, { formula: f.formula ?? '', plain: `${formatPercent(f.plain, decimals)}%`, final: `${formatPercent(f.value, decimals)}%` })
      : how;
  return { ...base, kind: 'mismatch', message: fillTemplate(CHECK_MESSAGES.mismatch, { where, subject, what, stated: m.text, expected, how: shareHow }) };
}

function expectedText(m: Mention, f: Figure): string {
  if (f.kind === 'amount' || f.kind === 'change') return `${roundMoney(f.value.abs()).toFixed(2)}万元`;
  if (f.conventional || !f.exact) return `${f.value.abs().toFixed()}%`;
  return `${roundHalfUp(f.exact.abs(), m.decimals).toFixed(m.decimals)}%`;
}
