import Decimal from 'decimal.js';
import type { Analysis } from '../analyze';
import { roundMoney, formatPercent } from '../compute/rounding';
import { fillTemplate } from '../compute/template';
import type { CellRef } from '../grid/types';
import { generateNarrative } from '../narrative/generate';
import { STYLE_PRESETS } from '../narrative/styles';
import type { Figure, FigureKind, SectionKey } from '../narrative/types';
import type { PriorYear } from '../prior/types';
import type { Severity } from '../findings';
import { formatMessage } from '../rules/format-message';
import { CHECK_MESSAGES, FIGURE_WORDS, SECTION_NAMES, UNCHECKED_REASONS } from './messages';
import { findMentions, fold, foldSubject, type Mention } from './mentions';
import type { NarrativeLine, NarrativeRule, NarrativeRuleContext, NarrativeSentence } from './rule-types';
import { NARRATIVE_RULES } from './rules';
import { SectionReader } from './sections';

export interface NarrativeFinding {
  /** 'narrative/table-figure' for a figure against the tables; otherwise the rule (rules/). */
  ruleId: string;
  /** The juesuan.md relations the rule checks besides its id (J-N08 for shares-sum). */
  refs?: string[];
  messageId?: string;
  severity: Severity;
  /** mismatch / direction: a figure against the tables; text: a rule of the text itself. */
  kind: 'mismatch' | 'direction' | 'text';
  section?: SectionKey;
  line: number;
  sentence: string;
  subject?: string;
  figure?: FigureKind;
  /** As written: "132.80%". */
  stated?: string;
  /** What is right: "132.78%". */
  expected?: string;
  message: string;
  formula?: string;
  cells: CellRef[];
}

/** A number left unchecked, with why. */
export interface UncheckedMention extends Mention {
  reason: string;
}

export interface NarrativeCheck {
  findings: NarrativeFinding[];
  /** Numbers verified against the tables or by the text's own arithmetic (right or wrong). */
  checked: Mention[];
  /** How each checked number was verified ('公开表' or the arithmetic), same order as checked. */
  checkedHow: string[];
  /** Numbers neither the tables nor the text's arithmetic give, each with its reason. */
  unchecked: UncheckedMention[];
}

export interface CheckOptions {
  year?: number;
  department?: string;
  /** Only these rules (by id) besides the table check; all by default. */
  rules?: NarrativeRule[];
}

export const TABLE_FIGURE_RULE = 'narrative/table-figure';

/**
 * Verifies every amount and percentage of a clerk's 情况说明 against the tables: each number is
 * taken with its section, its kind (amount, 占 share, 增减 change or rate) and the subject named
 * before it, and compared with the same figure computed from the cells. A share or rate is right
 * when it is the exact value rounded half up to the decimals the text shows (735% for 735.00%);
 * a share moved by the largest-remainder rule is right too. Then the text's own rules run
 * (rules/): its arithmetic without last year's data, and the slips inspectors look for.
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
  const mentions = findMentions(text, subjectsOf, { finals: analysis.kind === '决算' });
  const { lines, sentences } = splitText(text, mentions);
  const findings: NarrativeFinding[] = [];
  const how = new Map<Mention, string>();
  const tableChecked = new Set<Mention>();
  const tableWrong = new Set<Mention>();
  const figureOf = new Map<Mention, Figure>();
  const noSubject = new Set<Mention>();
  const zeroInTables = new Set<Mention>();
  const oneOfSeveral = new Set<Mention>();
  const decimals = analysis.settings.percentDecimals;
  for (const m of mentions) {
    if (m.zone || m.threshold || m.unit === '元' || m.unit === '亿元') continue;
    const candidates = m.kind && m.subject && m.section
      ? (bySection.get(m.section) ?? []).filter((f) => f.kind === m.kind && f.subjects.some((s) => foldSubject(s) === m.subject) && !(f.allFunds && ONE_SOURCE.test(sentenceBefore(lines, m))))
      : [];
    if (candidates.length === 0) {
      if (m.subject) noSubject.add(m);
      continue;
    }
    // The tables give 0 where the text states an amount: more likely a table not read in full than a
    // wrong text; left unchecked with the reason rather than reported.
    if (!candidates.some((f) => agrees(m, f, decimals)) && !m.value.isZero() && candidates.every((f) => (f.kind === 'amount' || f.kind === 'budget' || f.kind === 'share') && f.value.isZero())) {
      zeroInTables.add(m);
      continue;
    }
    const agreeing = candidates.find((f) => agrees(m, f, decimals));
    if (!agreeing && candidates.every((f) => f.confirmOnly)) {
      oneOfSeveral.add(m);
      continue;
    }
    tableChecked.add(m);
    how.set(m, '公开表');
    // A figure that only confirms is never the one a text is held to.
    const judged = candidates.filter((f) => !f.confirmOnly);
    const figure = judged.find((f) => f.stated) ?? judged[0];
    figureOf.set(m, agreeing ?? figure);
    if (agreeing) continue;
    tableWrong.add(m);
    findings.push(toFinding(m, figure, decimals));
  }

  const budgetYear = options.year ?? analysis.tables.find((t) => t.year)?.year ?? (prior?.year ? prior.year + 1 : undefined) ?? titleYear(text);
  const seen = new Set<string>();
  for (const rule of options.rules ?? NARRATIVE_RULES) {
    const ctx: NarrativeRuleContext = {
      text,
      lines,
      sentences,
      mentions,
      analysis,
      figures,
      ...(prior ? { prior } : {}),
      ...(budgetYear ? { year: budgetYear } : {}),
      percentDecimals: decimals,
      tableChecked,
      tableWrong,
      cellsOf: (m) => figureOf.get(m)?.cells ?? [],
      wan,
      verify(ms, h) {
        for (const m of ms) if (!how.has(m)) how.set(m, h);
      },
      report(r) {
        const message = formatMessage(rule.id, rule.messages, r.messageId, r.data);
        const key = `${rule.id}|${r.line}|${message}`;
        if (seen.has(key)) return;
        seen.add(key);
        const section = r.section ?? r.mention?.section ?? lines[r.line - 1]?.section;
        findings.push({
          ruleId: rule.id,
          ...(rule.refs ? { refs: rule.refs } : {}),
          messageId: r.messageId,
          severity: r.severity ?? rule.severity,
          kind: 'text',
          ...(section ? { section } : {}),
          line: r.line,
          sentence: r.sentence,
          ...(r.stated !== undefined ? { stated: r.stated } : {}),
          ...(r.expected !== undefined ? { expected: r.expected } : {}),
          message,
          cells: r.cells ?? [],
        });
        if (r.mention && !how.has(r.mention)) how.set(r.mention, rule.description);
      },
    };
    rule.check(ctx);
  }

  // A number in the clerk's own words that is a figure stated elsewhere or in the tables agrees with it.
  const known = new Set<string>();
  for (const m of mentions) if (how.has(m) && !m.zone && m.unit !== '%') known.add(wan(m).toFixed());
  for (const f of figures) if (f.kind === 'amount' && !f.value.isZero()) known.add(roundMoney(f.value).toFixed());
  for (const m of mentions) {
    if (how.has(m) || !m.zone || m.unit === '%' || m.value.isZero()) continue;
    if (known.has(wan(m).toFixed())) how.set(m, '与文中或表中同一数字一致');
  }

  const checked: Mention[] = [];
  const checkedHow: string[] = [];
  const unchecked: UncheckedMention[] = [];
  for (const m of mentions) {
    const h = how.get(m);
    if (h) {
      checked.push(m);
      checkedHow.push(h);
    } else unchecked.push({ ...m, reason: zeroInTables.has(m) ? UNCHECKED_REASONS.zeroInTables : oneOfSeveral.has(m) ? UNCHECKED_REASONS.oneOfSeveral : uncheckedReason(m, lines, noSubject.has(m), !!prior) });
  }
  findings.sort((a, b) => a.line - b.line);
  return { findings, checked, checkedHow, unchecked };
}

/** A mention's amount in 万元. */
function wan(m: Mention): Decimal {
  if (m.unit === '元') return m.value.div(10000);
  if (m.unit === '亿元') return m.value.mul(10000);
  return m.value;
}

function uncheckedReason(m: Mention, lines: NarrativeLine[], namedButUnknown: boolean, hasPrior: boolean): string {
  const text = lines[m.line - 1]?.folded ?? '';
  if (m.threshold) return UNCHECKED_REASONS.threshold;
  if (m.zone === 'reason') return UNCHECKED_REASONS.reason;
  if (m.zone === 'clerk') return UNCHECKED_REASONS.clerk;
  if (/房屋|车辆|家具|资产|设备|土地/.test(text) && m.section === 'other') return UNCHECKED_REASONS.assets;
  if (/绩效/.test(text)) return UNCHECKED_REASONS.performance;
  if ((m.kind === 'change' || m.kind === 'rate') && !hasPrior) return UNCHECKED_REASONS.noPrior;
  if (namedButUnknown) return UNCHECKED_REASONS.kind;
  return UNCHECKED_REASONS.noSubject;
}

/** Lines and sentences (up to 。；) with their sections and numbers, for the rules. */
function splitText(text: string, mentions: Mention[]): { lines: NarrativeLine[]; sentences: NarrativeSentence[] } {
  const lines: NarrativeLine[] = [];
  const sentences: NarrativeSentence[] = [];
  const reader = new SectionReader();
  text.split(/\r?\n/).forEach((raw, i) => {
    const folded = fold(raw);
    // As findMentions reads it.
    const { section, heading } = reader.read(folded);
    const line = i + 1;
    lines.push({ line, raw, folded, ...(section ? { section } : {}), heading });
    const own = mentions.filter((m) => m.line === line);
    let start = 0;
    for (let j = 0; j <= folded.length; j++) {
      if (j === folded.length || /[。；;]/.test(folded[j])) {
        const end = j === folded.length ? j : j + 1;
        const piece = raw.slice(start, end);
        if (piece.trim() !== '') {
          const lead = piece.length - piece.trimStart().length;
          sentences.push({
            line,
            ...(section ? { section } : {}),
            text: piece.trim(),
            folded: folded.slice(start, end).trim(),
            start: start + lead,
            end,
            mentions: own.filter((m) => m.start >= start && m.start < end),
          });
        }
        start = end;
      }
    }
  });
  return { lines, sentences };
}

function titleYear(text: string): number | undefined {
  const m = /(20\d{2})\s*年(?:度)?[^\n]{0,20}(?:预算|决算)/.exec(text.slice(0, 400));
  return m ? Number(m[1]) : undefined;
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

/** Earlier in its sentence the number is put under one source of funds: "其中一般公共预算拨款政府采购50,106.43万元". */
const ONE_SOURCE = /其中[^。；;]*?(一般公共预算|政府性基金|国有资本经营|财政拨款|财政专户|单位资金)/;

/** The sentence up to the number, over the line breaks a PDF's text keeps inside a sentence. */
function sentenceBefore(lines: NarrativeLine[], m: Mention): string {
  let text = (lines[m.line - 1]?.folded ?? '').slice(0, m.start);
  for (let i = m.line - 2; i >= 0 && i >= m.line - 4 && !/[。；;]\s*$/.test(lines[i].folded) && lines[i].folded.trim() !== ''; i--) text = lines[i].folded + text;
  const end = Math.max(text.lastIndexOf('。'), text.lastIndexOf('；'), text.lastIndexOf(';'));
  return text.slice(end + 1);
}

function agrees(m: Mention, f: Figure, decimals: number): boolean {
  const stated = m.value;
  switch (f.kind) {
    case 'amount':
      if (f.atMost && stated.gte(0) && stated.lte(f.value)) return true;
      return stated.eq(roundMoney(f.value)) || stated.eq(f.value) || roundedToText(m, f.value);
    case 'budget':
      return stated.eq(roundMoney(f.value)) || stated.eq(f.value) || roundedToText(m, f.value);
    case 'completion':
      return f.exact ? stated.eq(roundHalfUp(f.exact, m.decimals)) : stated.eq(f.value);
    case 'change': {
      if (!stated.abs().eq(roundMoney(f.value.abs())) && !stated.abs().eq(f.value.abs()) && !roundedToText(m, f.value, true)) return false;
      return directionAgrees(m, f.value);
    }
    case 'rate': {
      if (!directionAgrees(m, f.value)) return false;
      if (f.conventional || !f.exact) return stated.eq(f.value.abs());
      if (f.bounds) {
        const half = new Decimal(10).pow(-m.decimals).div(2);
        if (stated.abs().plus(half).gte(f.bounds[0]) && stated.abs().minus(half).lte(f.bounds[1])) return true;
      }
      return stated.eq(roundHalfUp(f.exact.abs(), m.decimals));
    }
    case 'share':
      // A share has no direction word: its sign is in the number ("占-19.17%" of a negative whole).
      if (f.exact && stated.eq(roundHalfUp(f.exact, m.decimals))) return true;
      if (f.bounds) {
        const half = new Decimal(10).pow(-m.decimals).div(2);
        if (stated.plus(half).gte(f.bounds[0]) && stated.minus(half).lte(f.bounds[1])) return true;
      }
      return m.decimals === decimals && stated.eq(f.value);
  }
}

/**
 * An amount written to fewer decimals than 万元's two (上海, 深圳: “收入预算40,870万元” for 40,869.60) is the table's
 * figure rounded half up to them.
 */
function roundedToText(m: Mention, value: Decimal, magnitude = false): boolean {
  if (m.decimals >= 2) return false;
  const v = magnitude ? value.abs() : value;
  return (magnitude ? m.value.abs() : m.value).eq(roundHalfUp(v, m.decimals));
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
  const base = { ruleId: TABLE_FIGURE_RULE, severity: 'error' as const, section: m.section, line: m.line, sentence: m.sentence, subject, figure: f.kind, stated: m.text, expected, cells: f.cells, ...(f.formula ? { formula: f.formula } : {}) };
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
  // An amount keeps its sign ("-12.50万元"); a change's direction is in its word.
  if (f.kind === 'amount' || f.kind === 'budget') return `${roundMoney(f.value).toFixed(2)}万元`;
  if (f.kind === 'completion') return `${f.exact ? roundHalfUp(f.exact, m.decimals).toFixed(m.decimals) : f.value.toFixed()}%`;
  if (f.kind === 'change') return `${roundMoney(f.value.abs()).toFixed(2)}万元`;
  // A rate's direction is in its word; a share keeps its sign.
  const signed = (d: Decimal) => (f.kind === 'share' ? d : d.abs());
  if (f.conventional || !f.exact) return `${signed(f.value).toFixed()}%`;
  return `${roundHalfUp(signed(f.exact), m.decimals).toFixed(m.decimals)}%`;
}
