import Decimal from 'decimal.js';
import type { ShareRounding } from '../settings';
import { exactQuotient, roundedUnits, splitQuotient } from './rounding';

export interface SharePart {
  key: string;
  amount: Decimal;
}

export interface ShareOptions {
  /** Decimals of the stated percentage: 2 as in 004 (45.47%), 0 as in 000 (75%). */
  decimals: number;
  rounding: ShareRounding;
}

export interface Share {
  key: string;
  amount: Decimal;
  /** amount / whole × 100, to 50 significant digits. */
  exact: Decimal;
  /** exact rounded on its own (ROUNDING_RULES.percent: half up). */
  plain: Decimal;
  /** The share to state: plain, or moved by the largest-remainder rule. */
  final: Decimal;
  /** final − plain: zero unless the rule moved this share (±one unit of the last decimal). */
  adjustment: Decimal;
}

/** Why the shares were left as plainly rounded although largest remainder was asked for. */
export type SharePlainReason = 'parts-differ-from-whole' | 'negative-amount' | 'whole-not-positive';

export interface ShareResult {
  shares: Share[];
  whole: Decimal;
  /** Σ amounts of the parts. */
  partsTotal: Decimal;
  /** Σ parts = whole exactly; only then can the shares be made to add up to 100%. */
  partsMatchWhole: boolean;
  /** The rule asked for. */
  requested: ShareRounding;
  /** The rule applied: 'plain' whenever largest remainder cannot apply (see plainReason). */
  applied: ShareRounding;
  plainReason?: SharePlainReason;
  /** Σ plain shares: 100.01 in 004's 一般公共预算 structure. */
  plainTotal: Decimal;
  /** Σ final shares: exactly 100 when largest remainder applied. */
  finalTotal: Decimal;
  /** The shares the rule moved away from plain rounding, in input order. */
  moved: Array<{ key: string; plain: Decimal; final: Decimal; adjustment: Decimal }>;
  /** whole is zero: no share is defined, every share is reported as 0. */
  wholeIsZero: boolean;
}

const HUNDRED = new Decimal(100);

/**
 * Each part's share of the whole in percent. Largest remainder (Hamilton): every share is first
 * cut down to `decimals`, then the hundredths still missing from 100% go one each to the shares
 * with the largest cut-off remainders (ties: the larger amount, then the earlier part). It only
 * applies when the parts add up to the whole; otherwise the shares stay plainly rounded, because
 * forcing 100% would hide the gap.
 */
export function computeShares(parts: SharePart[], whole: Decimal, options: ShareOptions): ShareResult {
  const partsTotal = parts.reduce((sum, p) => sum.plus(p.amount), new Decimal(0));
  const partsMatchWhole = partsTotal.eq(whole);
  const unit = new Decimal(10).pow(-options.decimals);

  if (whole.isZero()) {
    const zero = new Decimal(0);
    const shares = parts.map((p) => ({ key: p.key, amount: p.amount, exact: zero, plain: zero, final: zero, adjustment: zero }));
    return result(shares, { whole, partsTotal, partsMatchWhole, options, applied: 'plain', plainReason: 'whole-not-positive', wholeIsZero: true });
  }

  // Integer units of the last decimal: amount × 100 × 10^decimals = floor × whole + remainder.
  const cuts = parts.map((p) => splitQuotient(p.amount.abs().times(HUNDRED), whole.abs(), options.decimals));
  const negativeShare = (p: SharePart) => p.amount.isNegative() !== whole.isNegative() && !p.amount.isZero();
  const plainUnits = cuts.map((c) => roundedUnits(c));

  const shareOf = (units: Decimal, i: number) => {
    const value = units.times(unit);
    return negativeShare(parts[i]) ? value.negated() : value;
  };

  let plainReason: SharePlainReason | undefined;
  if (options.rounding === 'largest-remainder') {
    if (!whole.isPositive()) plainReason = 'whole-not-positive';
    else if (parts.some((p) => p.amount.isNegative())) plainReason = 'negative-amount';
    else if (!partsMatchWhole) plainReason = 'parts-differ-from-whole';
  }
  const applied: ShareRounding = options.rounding === 'largest-remainder' && !plainReason ? 'largest-remainder' : 'plain';
  const finalUnits = applied === 'largest-remainder' ? largestRemainder(parts, cuts, options.decimals) : plainUnits;

  const shares: Share[] = parts.map((p, i) => {
    const plain = shareOf(plainUnits[i], i);
    const final = shareOf(finalUnits[i], i);
    return {
      key: p.key,
      amount: p.amount,
      exact: exactQuotient(p.amount.times(HUNDRED), whole),
      plain,
      final,
      adjustment: final.minus(plain),
    };
  });
  return result(shares, { whole, partsTotal, partsMatchWhole, options, applied, plainReason, wholeIsZero: false });
}

function largestRemainder(
  parts: SharePart[],
  cuts: Array<{ quotient: Decimal; remainder: Decimal }>,
  decimals: number,
): Decimal[] {
  const target = HUNDRED.times(new Decimal(10).pow(decimals));
  const floored = cuts.reduce((sum, c) => sum.plus(c.quotient), new Decimal(0));
  // With Σ parts = whole, the missing units are Σ remainders / whole: a whole number below parts.length.
  const missing = target.minus(floored).toNumber();
  const order = parts
    .map((p, i) => i)
    .sort((a, b) => cuts[b].remainder.cmp(cuts[a].remainder) || parts[b].amount.cmp(parts[a].amount) || a - b);
  const units = cuts.map((c) => c.quotient);
  for (const i of order.slice(0, missing)) units[i] = units[i].plus(1);
  return units;
}

function result(
  shares: Share[],
  ctx: {
    whole: Decimal;
    partsTotal: Decimal;
    partsMatchWhole: boolean;
    options: ShareOptions;
    applied: ShareRounding;
    plainReason?: SharePlainReason;
    wholeIsZero: boolean;
  },
): ShareResult {
  const sum = (pick: (s: Share) => Decimal) => shares.reduce((acc, s) => acc.plus(pick(s)), new Decimal(0));
  return {
    shares,
    whole: ctx.whole,
    partsTotal: ctx.partsTotal,
    partsMatchWhole: ctx.partsMatchWhole,
    requested: ctx.options.rounding,
    applied: ctx.applied,
    ...(ctx.plainReason && ctx.options.rounding === 'largest-remainder' ? { plainReason: ctx.plainReason } : {}),
    plainTotal: sum((s) => s.plain),
    finalTotal: sum((s) => s.final),
    moved: shares
      .filter((s) => !s.adjustment.isZero())
      .map((s) => ({ key: s.key, plain: s.plain, final: s.final, adjustment: s.adjustment })),
    wholeIsZero: ctx.wholeIsZero,
  };
}
