import Decimal from 'decimal.js';
import type { FigureKind, SectionKey } from '../narrative/types';
import { classifyHeading, HEADING, SUBHEADING } from './sections';

/** A number the narrative states, with what it is about. */
export interface Mention {
  section?: SectionKey;
  /** 1-based line of the narrative. */
  line: number;
  /** The sentence it stands in (up to 。；). */
  sentence: string;
  /** "132.80%", "1589.58万元" as written. */
  text: string;
  value: Decimal;
  decimals: number;
  unit: '万元' | '%';
  kind?: FigureKind;
  /** 增加/增长 → 1, 减少/下降 → −1 (change and rate only). */
  direction?: 1 | -1;
  /** The word that gave the direction. */
  word?: string;
  /** The figure subject it is about, as folded; undefined when the sentence names none. */
  subject?: string;
}

const NUMBER = /(\d[\d,，]*(?:\.\d+)?)\s*(万元|%|％)/g;
/** Where the clerk's own words run until the end of the sentence: numbers there are not the tables'. */
const CLERK_ZONE = /主要(?:增加|减少)?原因|主要用于|扣除/g;
/** Project fields the clerk writes: their numbers are the clerk's to the end of the line. */
const CLERK_LINE = /设立的政策依据|资金分配情况|资金执行时间/g;
const SENTENCE_END = /[。；;]/;
const UP = /(增加|增长|提高|上升)\s*$/;
const DOWN = /(减少|下降|降低)\s*$/;
const SHARE = /占\s*$/;
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
export function findMentions(text: string, subjectsOf: (section: SectionKey | undefined) => string[]): Mention[] {
  const out: Mention[] = [];
  let section: SectionKey | undefined;
  let carried: string | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = fold(raw);
    if (line.trim() === '') {
      carried = undefined;
      return;
    }
    if (HEADING.test(line) || SUBHEADING.test(line)) {
      const key = classifyHeading(line);
      if (HEADING.test(line)) section = key;
      else if (key) section = key;
      carried = undefined;
    }
    const zones = clerkZones(line);
    const inZone = (i: number) => zones.some(([a, b]) => i >= a && i < b);
    const subjects = subjectsOf(section);
    const found: Array<{ start: number; end: number; subject: string }> = [];
    for (const s of subjects) {
      let from = 0;
      for (;;) {
        const i = line.indexOf(s, from);
        if (i < 0) break;
        // "…支出（类）…（款）X（项）": the 类 and 款 of a path are not what its amount is about.
        const path = /^\s*\((类|款)\)/.test(line.slice(i + s.length));
        if (!inZone(i) && !path) found.push({ start: i, end: i + s.length, subject: s });
        from = i + 1;
      }
    }
    let previousEnd = 0;
    for (const m of line.matchAll(NUMBER)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (inZone(start)) {
        previousEnd = end;
        continue;
      }
      const unit = m[2] === '万元' ? '万元' : '%';
      const digits = m[1].replace(/[,，]/g, '');
      const before = line.slice(previousEnd, start);
      const kind = kindOf(before, unit);
      const direction = UP.test(before) ? 1 : DOWN.test(before) ? -1 : undefined;
      // An amount belongs to a subject in its own clause; a share or change may refer back past the amount.
      const limit = kind === 'amount' ? previousEnd : 0;
      const candidates = found.filter((f) => f.end <= start && f.start >= limit);
      candidates.sort((a, b) => b.end - a.end || b.subject.length - a.subject.length);
      let subject = candidates[0]?.subject;
      if (!subject && carried && FIELD_LINE.test(line) && !found.length) subject = carried;
      out.push({
        ...(section ? { section } : {}),
        line: index + 1,
        sentence: sentenceAround(raw, start, end),
        text: m[0].replace(/\s+/g, ''),
        value: new Decimal(digits),
        decimals: digits.includes('.') ? digits.split('.')[1].length : 0,
        unit,
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

function kindOf(before: string, unit: '万元' | '%'): FigureKind | undefined {
  if (SHARE.test(before)) return unit === '%' ? 'share' : undefined;
  if (UP.test(before) || DOWN.test(before)) return unit === '万元' ? 'change' : 'rate';
  return unit === '万元' ? 'amount' : undefined;
}

/** [start, end) spans from a 主要原因/主要用于 … to the end of its sentence. */
function clerkZones(line: string): Array<[number, number]> {
  const zones: Array<[number, number]> = [];
  for (const m of line.matchAll(CLERK_ZONE)) {
    const start = m.index!;
    const rest = line.slice(start);
    const stop = rest.search(SENTENCE_END);
    zones.push([start, stop < 0 ? line.length : start + stop]);
  }
  for (const m of line.matchAll(CLERK_LINE)) zones.push([m.index!, line.length]);
  return zones;
}

function sentenceAround(line: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(line[a - 1])) a--;
  let b = end;
  while (b < line.length && !SENTENCE_END.test(line[b])) b++;
  return line.slice(a, Math.min(line.length, b + 1)).trim();
}
