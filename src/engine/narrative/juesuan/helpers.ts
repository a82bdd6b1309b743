import Decimal from 'decimal.js';
import { formatPercent } from '../../compute/rounding';
import { fillTemplate } from '../../compute/template';
import { compareItem } from '../../prior/compare';
import type { NarrativeContext } from '../context';
import type { SectionKey } from '../types';
import type { Amount } from '../tables';
import { JUESUAN_CLERK, JUESUAN_WHAT } from './messages';

const HUNDRED = new Decimal(100);

/** A percentage as the text states it (the settings' decimals). */
export function pct(ctx: NarrativeContext, d: Decimal): string {
  return formatPercent(d, ctx.settings.percentDecimals);
}

/** A number the clerk entered in the 情况说明素材 sheet (对象 | 数量/金额/年初预算 | 内容), if any. */
export function clerkNumber(ctx: NarrativeContext, subjects: string[], topic: string): Decimal | undefined {
  const text = ctx.clerk(subjects, topic);
  const m = text && /-?\d[\d,，]*(?:\.\d+)?/.exec(text);
  return m ? new Decimal(m[0].replace(/[,，]/g, '')) : undefined;
}

/** The clerk's count, or its placeholder. */
export function countOr(ctx: NarrativeContext, section: SectionKey, what: string): string {
  const n = clerkNumber(ctx, [what], JUESUAN_CLERK.count);
  return n ? n.toFixed() : ctx.placeholder(section, what);
}

/**
 * 完成预算的x%: 决算 ÷ 预算, registered as a figure; undefined when 预算 is 0 (no rate of a zero base, ever).
 */
export function completion(ctx: NarrativeContext, section: SectionKey, subjects: string[], final: Amount, budget: Amount): string | undefined {
  if (budget.amount.isZero()) return undefined;
  const exact = final.amount.div(budget.amount).mul(HUNDRED);
  const value = exact.toDecimalPlaces(ctx.settings.percentDecimals, Decimal.ROUND_HALF_UP);
  ctx.figure({ section, subjects, kind: 'completion', value, exact, formula: `${final.amount.toFixed()}÷${budget.amount.toFixed()}`, cells: [...final.cells, ...budget.cells] });
  return pct(ctx, value);
}

/** 大于 / 小于 / 持平 of 决算 against 预算, with the clerk's reason or its placeholder where they differ. */
export function compareWithBudget(
  ctx: NarrativeContext,
  section: SectionKey,
  name: string,
  subjects: string[],
  final: Decimal,
  budget: Decimal,
  t: { more: string; less: string; same: string },
  data: Record<string, string> = {},
): string {
  const cmp = final.cmp(budget);
  if (cmp === 0) return ctx.t(t.same, data);
  const reason = ctx.clerk(subjects, JUESUAN_CLERK.reason) ?? ctx.placeholder(section, fillTemplate(JUESUAN_WHAT.reason, { name }));
  return ctx.t(cmp > 0 ? t.more : t.less, { ...data, reason: reason.replace(/[。；;，,\s]+$/, '') });
}

/**
 * The change against last year's 决算 ("比2023年度减少56.95万元，下降1.87%"), or the placeholder when last
 * year's figure is not given.
 */
export function changeFromPrior(
  ctx: NarrativeContext,
  section: SectionKey,
  spec: { table: string; tableNumber: number; block?: string; row: string; col: string; label: string; subjects: string[] },
  current: Amount,
): string {
  const c = compareItem(ctx.analysis, ctx.prior, { table: spec.table, ...(spec.block ? { block: spec.block } : {}), row: spec.row, col: spec.col });
  if (c?.prior === undefined) return ctx.placeholder(section, JUESUAN_WHAT.priorYear);
  return ctx.change(section, {
    subjects: spec.subjects,
    label: `表${spec.tableNumber}「${spec.label}」`,
    table: spec.table,
    tableNumber: spec.tableNumber,
    current: current.amount,
    prior: c.prior,
    priorCells: Object.values(c.priorRow?.cells ?? {}),
    cells: current.cells,
    reason: { table: spec.tableNumber, names: [...spec.subjects, spec.row] },
    comparedWith: 'final',
  });
}
