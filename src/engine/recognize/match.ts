import { normalizeLabel, stripNumbering } from '../grid/text';

/** Header texts that name a subtotal column rather than what it adds up: leaves that head their group's own amount (公务用车购置及运行费 | 小计; 长沙 本级财政拨款 | 金额 | 其中:经费拨款). */
export const SUBTOTAL = new Set(['小计', '合计', '计', '金额']);

/** Header words of a column the clerk added beside a table: last year's figures, reasons for changes. */
export const PRIOR_HEADER = /^上年(?!结转|结余)|上年(预算)?数/;
export const REASON_HEADER = /(变动|增减|变化)(原因|说明)/;

/** Normalized forms of header or label aliases, computed once per definition list. */
const cache = new Map<string, string>();
export function norm(text: string): string {
  let v = cache.get(text);
  if (v === undefined) {
    v = normalizeLabel(text);
    cache.set(text, v);
  }
  return v;
}

/**
 * How well a header text names an alias: exact beats containment, and among containments the
 * one with the least extra text wins. 0 means no match.
 */
export function headerScore(text: string, alias: string): number {
  const a = norm(alias);
  if (!text || !a) return 0;
  if (text === a) return 1000;
  if (text.includes(a)) return 500 - Math.min(400, text.length - a.length);
  return 0;
}

/** An alias list in normalized form, once per list (the definitions' own arrays, never changed). */
const normLists = new Map<string[], string[]>();
export function normAll(aliases: string[]): string[] {
  let v = normLists.get(aliases);
  if (v === undefined) {
    v = aliases.map(norm);
    if (normLists.size > 1000) normLists.clear();
    normLists.set(aliases, v);
  }
  return v;
}

/** The best headerScore of any alias against any text of the stack, deeper texts ahead by 10 a level. */
export function bestHeaderScore(stack: string[], aliases: string[]): number {
  const forms = normAll(aliases);
  let best = 0;
  for (let depth = 0; depth < stack.length; depth++) {
    const text = stack[depth];
    if (!text) continue;
    for (const a of forms) {
      if (!a) continue;
      const s = text === a ? 1000 : text.includes(a) ? 500 - Math.min(400, text.length - a.length) : 0;
      if (s > 0) best = Math.max(best, s + depth * 10);
    }
  }
  return best;
}

/** Label of an item row as compared: numbering and 其中 removed, brackets unified. */
const itemCache = new Map<string, string>();
export function itemLabel(text: string): string {
  let v = itemCache.get(text);
  if (v === undefined) {
    if (itemCache.size > 100_000) itemCache.clear();
    // A trailing colon is the label's own punctuation (长春 "总计："), not part of it.
    v = stripNumbering(normalizeLabel(text)).replace(/:$/, '');
    itemCache.set(text, v);
  }
  return v;
}

const withoutParens = (s: string) => (s.indexOf('(') < 0 ? s : s.replace(/\([^)]*\)/g, ''));

/** An alias as labelMatches compares it: its item label, and that without the parts in brackets. */
const aliasForms = new Map<string, { label: string; bare: string }>();
function aliasForm(alias: string): { label: string; bare: string } {
  let f = aliasForms.get(alias);
  if (f === undefined) {
    const label = itemLabel(alias);
    f = { label, bare: withoutParens(label) };
    if (aliasForms.size > 10_000) aliasForms.clear();
    aliasForms.set(alias, f);
  }
  return f;
}

/** An alias list as labelMatches compares it: every alias's label, and every alias's label without brackets. */
const aliasSets = new Map<string[], { labels: Set<string>; bares: Set<string> }>();
function aliasSet(aliases: string[]): { labels: Set<string>; bares: Set<string> } {
  let f = aliasSets.get(aliases);
  if (f === undefined) {
    f = { labels: new Set(), bares: new Set() };
    for (const alias of aliases) {
      const form = aliasForm(alias);
      f.labels.add(form.label);
      f.bares.add(form.bare);
    }
    // Lists are the definitions' own arrays, and a few built per block: bounded all the same.
    if (aliasSets.size > 1000) aliasSets.clear();
    aliasSets.set(aliases, f);
  }
  return f;
}

export function labelMatches(label: string, aliases: string[]): boolean {
  if (!label) return false;
  const f = aliasSet(aliases);
  return f.labels.has(label) || f.bares.has(withoutParens(label));
}
