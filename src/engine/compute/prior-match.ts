import Decimal from 'decimal.js';
import { normalizeLabel, stripNumbering } from '../grid/text';

export interface AmountRow {
  /** 功能分类 / 经济分类 code ("2080501", "208 05 01") or an item role ("income.general-budget"). */
  code?: string;
  name: string;
  amount: Decimal;
}

/**
 * 'code' / 'name': found in both years. 'new': only this year (prior 0). 'dropped': only last
 * year (current 0).
 */
export type MatchKind = 'code' | 'name' | 'new' | 'dropped';

export interface MatchedPair {
  kind: MatchKind;
  /** This year's code and name where there is a row this year, else last year's. */
  code?: string;
  name: string;
  current: Decimal;
  prior: Decimal;
  currentRow?: AmountRow;
  priorRow?: AmountRow;
}

export interface PriorMatch {
  /** This year's rows in their order, then the dropped rows in last year's order. */
  pairs: MatchedPair[];
  newItems: MatchedPair[];
  droppedItems: MatchedPair[];
  /** Names left unmatched because several rows on one side share them ("行政运行" under two 款). */
  ambiguousNames: string[];
}

/**
 * Pairs last year's rows with this year's: by code first, then by normalized name. A name match is
 * only made when neither row has a code the other lacks: two rows whose codes differ are different
 * items however alike their names ("行政运行" is under 20101 and 22001), and a name shared by
 * several rows on one side pairs nothing. A code appearing twice on one side pairs in order.
 */
export function matchPriorRows(current: AmountRow[], prior: AmountRow[]): PriorMatch {
  const pairedPrior = new Map<number, number>(); // current index → prior index
  const takenPrior = new Set<number>();
  const kindOf = new Map<number, MatchKind>();

  current.forEach((row, ci) => {
    const code = normalizeCode(row.code);
    if (!code) return;
    const pi = prior.findIndex((p, i) => !takenPrior.has(i) && normalizeCode(p.code) === code);
    if (pi < 0) return;
    pairedPrior.set(ci, pi);
    takenPrior.add(pi);
    kindOf.set(ci, 'code');
  });

  const open = (rows: AmountRow[], taken: (i: number) => boolean) =>
    rows.map((row, i) => ({ row, i, name: normalizeName(row.name) })).filter((r) => !taken(r.i) && r.name !== '');
  const openCurrent = open(current, (i) => pairedPrior.has(i));
  const openPrior = open(prior, (i) => takenPrior.has(i));
  const count = (list: Array<{ name: string }>, name: string) => list.filter((r) => r.name === name).length;
  const ambiguous = new Set<string>();

  for (const c of openCurrent) {
    const candidates = openPrior.filter((p) => p.name === c.name && !takenPrior.has(p.i));
    if (candidates.length === 0) continue;
    if (candidates.length > 1 || count(openCurrent, c.name) > 1) {
      ambiguous.add(c.name);
      continue;
    }
    const p = candidates[0];
    if (!codesCompatible(c.row.code, p.row.code)) continue;
    pairedPrior.set(c.i, p.i);
    takenPrior.add(p.i);
    kindOf.set(c.i, 'name');
  }

  const zero = new Decimal(0);
  const pairs: MatchedPair[] = current.map((row, ci) => {
    const pi = pairedPrior.get(ci);
    const priorRow = pi === undefined ? undefined : prior[pi];
    return {
      kind: kindOf.get(ci) ?? 'new',
      ...(row.code !== undefined ? { code: row.code } : {}),
      name: row.name,
      current: row.amount,
      prior: priorRow ? priorRow.amount : zero,
      currentRow: row,
      ...(priorRow ? { priorRow } : {}),
    };
  });
  prior.forEach((row, pi) => {
    if (takenPrior.has(pi)) return;
    pairs.push({
      kind: 'dropped',
      ...(row.code !== undefined ? { code: row.code } : {}),
      name: row.name,
      current: zero,
      prior: row.amount,
      priorRow: row,
    });
  });
  return {
    pairs,
    newItems: pairs.filter((p) => p.kind === 'new'),
    droppedItems: pairs.filter((p) => p.kind === 'dropped'),
    ambiguousNames: Array.from(ambiguous),
  };
}

/** "208 05 01", "２０８０５０１" → "2080501"; roles keep their letters. */
export function normalizeCode(code: string | undefined): string {
  if (code === undefined) return '';
  const compact = normalizeLabel(code);
  const digits = compact.replace(/[-.·]/g, '');
  return /^\d+$/.test(digits) ? digits : compact;
}

/**
 * A name as compared across years: spaces, full-width forms, list numbering and the
 * （类）（款）（项） markers removed.
 */
export function normalizeName(name: string): string {
  return stripNumbering(normalizeLabel(name)).replace(/\((类|款|项)\)/g, '');
}

function codesCompatible(a: string | undefined, b: string | undefined): boolean {
  const ca = normalizeCode(a);
  const cb = normalizeCode(b);
  return ca === '' || cb === '' || ca === cb;
}
