import Decimal from 'decimal.js';
import type { FigureKind, SectionKey } from '../narrative/types';
import { SectionReader } from './sections';

/** A number the narrative states, with what it is about. */
export interface Mention {
  section?: SectionKey;
  /** 1-based line of the narrative. */
  line: number;
  /** The sentence it stands in (up to 。；). */
  sentence: string;
  /** "132.80%", "1589.58万元" as written. */
  text: string;
  /** Signed: "-12.5万元" is −12.5. 元 and 亿元 as written (not converted). */
  value: Decimal;
  decimals: number;
  unit: '万元' | '%' | '元' | '亿元';
  /** 0-based position in the (folded) line, for rules that read around the number. */
  start: number;
  end: number;
  /** A share or rate written without its % sign ("占45.47，"). */
  missingPercent?: boolean;
  /** Inside the clerk's own words (主要原因是…, 主要用于…, 资金分配情况…): not a figure of the tables. */
  zone?: 'reason' | 'clerk';
  /** "单位价值50万元以上": a bound of a category, not a budget figure. */
  threshold?: boolean;
  kind?: FigureKind;
  /** 增加/增长 → 1, 减少/下降 → −1 (change and rate only). */
  direction?: 1 | -1;
  /** The word that gave the direction. */
  word?: string;
  /** The figure subject it is about, as folded; undefined when the sentence names none. */
  subject?: string;
}

/** A number with its unit; without one it is kept only after 占/增长/下降 (a % sign left out). */
const NUMBER = /([-−－]?)(\d[\d,，]*(?:\.\d+)?)(\s*(?:万元|亿元|元|%|％))?/g;
/** What may follow a unitless number that is not a percentage: counts, dates, measures. */
const NOT_PERCENT_AFTER = /^\s*(?:[\d.]|个|人|名|辆|台|套|项|倍|次|平方米|米|年|月|日|户|家|处|条|所|亩|公里|千米|万|亿|号|届|期|批|类|款|级|[)）\]】〕])/;
const RATE_BEFORE = /(占|增长|下降|增幅为|降幅为|增长率为|下降率为)\s*$/;
const THRESHOLD_AFTER = /^\s*(?:及)?(?:以上|以下|\(含\)|（含）)/;
/** A price or a rate of a 绩效 indicator ("284元/台", "每超出15元扣2分"): no budget figure either. */
const PER_UNIT_AFTER = /^\s*[/／]/;
const PER_UNIT_BEFORE = /每[^，。；,;\d]{0,4}$/;
/** Where the clerk's own words run until the end of the sentence: numbers there are not the tables'. */
const CLERK_ZONE = /主要(?:增加|减少)?原因|主要用于|扣除/g;
/** Project fields the clerk writes: their numbers are the clerk's to the end of the line. */
const CLERK_LINE = /设立的政策依据|资金分配情况|资金执行时间/g;
const SENTENCE_END = /[。；;]/;
const UP = /(增加|增长|提高|上升)\s*$/;
const DOWN = /(减少|下降|降低)\s*$/;
const SHARE = /占\s*$/;
/** 决算 beside its 预算: "年初预算为2993.92万元" (a 预算数), "完成年初预算的98.20%" (决算 ÷ 预算). */
const BUDGET = /(年初|全年|调整)预算数?\s*(为|是)?\s*$/;
const COMPLETION = /完成(年初|全年|调整)?预算(数)?的\s*$/;
/**
 * In a 决算 text a 预算 is always the 预算数 beside the 决算: "“三公”经费支出预算为246万元,支出决算为167.37万元" (杜集).
 * (In a 预算 text "支出预算为…" is the figure itself.)
 */
const FINALS_BUDGET = /(?:(?:年初|全年|调整|支出)预算数?|预算数)\s*(?:为|是)?\s*$/;
/** The 决算 right after its 预算 in one clause: ",支出决算为" / "，决算数为". */
const FINAL_AFTER_BUDGET = /^\s*[,，]?\s*(?:支出)?决算数?\s*(?:为|是)?\s*$/;
/** A field line of a project block: "预算安排规模：20万元" is about the project named above. */
const FIELD_LINE = /^\s*[\u4e00-\u9fa5]{2,8}[:：]/;

/**
 * Folds what differs between a clerk's text and the tables without changing lengths: full-width
 * brackets, colons, quotes and digits to their ASCII forms.
 */
export function fold(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[“”]/g, '"')
    .replace(/[〈《]/g, '<')
    .replace(/[〉》]/g, '>')
    .replace(/[【〔［]/g, '[')
    .replace(/[】〕］]/g, ']');
}

/** A subject as searched for in folded text: spaces removed, folded. */
export function foldSubject(subject: string): string {
  return fold(subject.replace(/[\s\u3000]+/g, ''));
}

/**
 * Every amount (万元) and percentage in the narrative, with its section, its kind (amount, 占 share,
 * 增减 change or rate) and the subject named nearest before it. `subjectsOf` gives the subjects the
 * tables know in a section, longest first.
 */
export function findMentions(text: string, subjectsOf: (section: SectionKey | undefined) => string[], options: { finals?: boolean } = {}): Mention[] {
  const out: Mention[] = [];
  const sections = new SectionReader();
  let carried: string | undefined;
  // The previous line's end when it stops mid-sentence (a wrapped line): "…住房保障支出（类）445.69万元，占" + "15.16%".
  let wrapped = '';
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = fold(raw);
    if (line.trim() === '') {
      carried = undefined;
      return;
    }
    const tail = wrapped;
    wrapped = SENTENCE_END.test(line.trimEnd().slice(-1)) ? '' : line.slice(-12);
    // A text that opens without a heading (a “三公” 说明 of one paragraph, 衢江, 宜宾): until the first heading, a line is
    // the part its own words name.
    const { section: lineSection, heading } = sections.read(line);
    if (heading) carried = undefined;
    const zones = clerkZones(line);
    const inZone = (i: number) => zones.some(([a, b]) => i >= a && i < b);
    const zoneKind = (i: number): 'reason' | 'clerk' => (zones.find(([a, b]) => i >= a && i < b)![2]);
    const subjects = subjectsOf(lineSection);
    const found: Array<{ start: number; end: number; subject: string }> = [];
    for (const s of subjects) {
      let from = 0;
      for (;;) {
        const i = line.indexOf(s, from);
        if (i < 0) break;
        // "…支出（类）…（款）X（项）": the 类 and 款 of a path are not what its amount is about.
        // A subject that is itself "X（类）" is a path when a 款 or 项 follows it ("…（类）财政事务（款）…").
        const after = line.slice(i + s.length);
        const path = /^\s*\((类|款)\)/.test(after) || (/\((类|款)\)$/.test(s) && /^[^\d,，。；:：]{1,40}?\((款|项)\)/.test(after));
        // "上年结转结余的一般公共预算收入", "政府采购支出预算": a name qualified before it is another thing.
        const qualified = /(的|采购)$/.test(line.slice(Math.max(0, i - 2), i));
        if (!inZone(i) && !path && !qualified) found.push({ start: i, end: i + s.length, subject: s });
        from = i + 1;
      }
    }
    let previousEnd = 0;
    for (const m of line.matchAll(NUMBER)) {
      const start = m.index!;
      const end = start + m[0].length;
      // A digit run inside a longer one (the "3" of "2023") is never a number of its own.
      if (start > 0 && /[\d.]/.test(line[start - 1])) continue;
      const before = (previousEnd === 0 && line.slice(0, start).trim() === '' ? tail : '') + line.slice(previousEnd, start);
      let unit: Mention['unit'];
      let missingPercent = false;
      if (m[3]) {
        const u = m[3].trim();
        unit = u === '％' ? '%' : (u as Mention['unit']);
      } else {
        if (!RATE_BEFORE.test(line.slice(0, start)) || NOT_PERCENT_AFTER.test(line.slice(end))) continue;
        unit = '%';
        missingPercent = true;
      }
      // "2023年1月1日-2023年…": a dash after a digit is a range, not a sign.
      const negative = m[1] !== '' && !(start > 0 && /\d/.test(line[start - 1]));
      const digits = m[2].replace(/[,，]/g, '');
      const numberStart = m[1] && !negative ? start + m[1].length : start;
      const zone = inZone(start) ? zoneKind(start) : undefined;
      const kind = kindOf(before, unit, options.finals);
      const direction = UP.test(before) ? 1 : DOWN.test(before) ? -1 : undefined;
      // An amount belongs to a subject in its own clause; a share or change may refer back past the amount, but
      // not past the end of a sentence: in "A 1万元，占2%；/ 3万元，占6%" the second share is not A's.
      const limit = kind === 'amount' ? previousEnd : sentenceStart(line, start);
      // "…拨款支出包括：一般公共服务支出6701.98万元": an amount is not about a name a list opens with.
      const candidates = zone ? [] : found.filter((f) => f.end <= start && f.start >= limit && !(kind === 'amount' && /包括|其中|[:：]/.test(line.slice(f.end, start))));
      candidates.sort((a, b) => b.end - a.end || b.subject.length - a.subject.length);
      let subject = candidates[0]?.subject;
      // "“三公”经费支出预算为246万元,支出决算为167.37万元": the 决算 is the 预算's subject's, named once before both.
      const last = out[out.length - 1];
      if (!subject && !zone && kind === 'amount' && FINAL_AFTER_BUDGET.test(before) && last && last.line === index + 1 && last.kind === 'budget' && last.subject && last.end === previousEnd)
        subject = last.subject;
      if (!subject && !zone && carried && FIELD_LINE.test(line) && !/包括|其中/.test(line.split(/[:：]/)[0]) && !found.length) subject = carried;
      const value = new Decimal(digits);
      out.push({
        ...(lineSection ? { section: lineSection } : {}),
        line: index + 1,
        sentence: sentenceAround(raw, numberStart, end),
        text: (negative ? '-' : '') + m[2] + (m[3] ? m[3].trim().replace('％', '%') : ''),
        value: negative ? value.neg() : value,
        decimals: digits.includes('.') ? digits.split('.')[1].length : 0,
        unit,
        start: numberStart,
        end,
        ...(missingPercent ? { missingPercent } : {}),
        ...(zone ? { zone } : {}),
        ...(unit !== '%' && (THRESHOLD_AFTER.test(line.slice(end)) || PER_UNIT_AFTER.test(line.slice(end)) || PER_UNIT_BEFORE.test(line.slice(0, numberStart))) ? { threshold: true } : {}),
        ...(kind ? { kind } : {}),
        ...(direction ? { direction, word: (UP.exec(before) ?? DOWN.exec(before))![1] } : {}),
        ...(subject ? { subject } : {}),
      });
      previousEnd = end;
    }
    const last = found.filter((f) => !inZone(f.start)).sort((a, b) => b.end - a.end)[0];
    if (last) carried = last.subject;
  });
  return out;
}

function kindOf(before: string, unit: Mention['unit'], finals = false): FigureKind | undefined {
  if (SHARE.test(before)) return unit === '%' ? 'share' : undefined;
  if (COMPLETION.test(before)) return unit === '%' ? 'completion' : undefined;
  if (BUDGET.test(before) || (finals && FINALS_BUDGET.test(before))) return unit === '%' ? undefined : 'budget';
  if (UP.test(before) || DOWN.test(before)) return unit === '%' ? 'rate' : 'change';
  return unit === '%' ? undefined : 'amount';
}

/** [start, end) spans from a 主要原因/主要用于 … to the end of its sentence. */
function clerkZones(line: string): Array<[number, number, 'reason' | 'clerk']> {
  const zones: Array<[number, number, 'reason' | 'clerk']> = [];
  for (const m of line.matchAll(CLERK_ZONE)) {
    const start = m.index!;
    const rest = line.slice(start);
    // "…项目支出等.住房保障支出87.29万元": an ASCII period ends the clerk's sentence too.
    const stop = rest.search(/[。；;]|\.(?!\d)/);
    zones.push([start, stop < 0 ? line.length : start + stop, 'reason']);
  }
  for (const m of line.matchAll(CLERK_LINE)) zones.push([m.index!, line.length, 'clerk']);
  return zones;
}

/** Where the sentence holding position `at` begins: just after the 。；; before it, or the line's start. */
function sentenceStart(line: string, at: number): number {
  let a = at;
  while (a > 0 && !SENTENCE_END.test(line[a - 1])) a--;
  return a;
}

function sentenceAround(line: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(line[a - 1])) a--;
  let b = end;
  while (b < line.length && !SENTENCE_END.test(line[b])) b++;
  return line.slice(a, Math.min(line.length, b + 1)).trim();
}
