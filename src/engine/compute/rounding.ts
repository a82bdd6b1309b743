import Decimal from 'decimal.js';
import type { AmountStyle } from '../settings';

/**
 * The rounding rules the narrative uses, by name. Chinese finance documents round 四舍五入: half
 * away from zero, never banker's rounding (0.125 → 0.13, 12.5% → 13%).
 */
export const ROUNDING_RULES = {
  money: Decimal.ROUND_HALF_UP,
  percent: Decimal.ROUND_HALF_UP,
} as const;

/** Amounts in 万元 are stated to the 元's hundredth: two decimals. */
export const MONEY_DECIMALS = 2;

/**
 * Division for ratios: 50 significant digits, far beyond the 15 a spreadsheet keeps, so a quotient
 * of two table amounts is exact for every practical purpose. Rounding never relies on it (see
 * roundQuotient), it is only the "exact" value shown alongside.
 */
const Wide = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });

/**
 * Products and differences of the remainder arithmetic: the precision only bounds the digits kept,
 * it costs nothing unused, so these stay exact where the default 20 digits would round.
 */
const Exact = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_HALF_UP });

/** numerator / denominator to 50 significant digits. The caller guarantees denominator ≠ 0. */
export function exactQuotient(numerator: Decimal, denominator: Decimal): Decimal {
  if (denominator.isZero()) throw new RangeError('exactQuotient: division by zero');
  return new Decimal(new Wide(numerator).div(new Wide(denominator)));
}

/** The rounding modes roundQuotient decides exactly. */
export type QuotientRounding = typeof Decimal.ROUND_HALF_UP | typeof Decimal.ROUND_HALF_EVEN | typeof Decimal.ROUND_DOWN;

/**
 * numerator / denominator rounded to `decimals` places, decided exactly: the rounding looks at the
 * integer remainder, not at a truncated quotient, so 1/8 at 0 places is 1 under half-up however
 * the division would have been rounded. Negative quotients round by magnitude (−12.5 → −13).
 */
export function roundQuotient(
  numerator: Decimal,
  denominator: Decimal,
  decimals: number,
  mode: QuotientRounding = ROUNDING_RULES.percent,
): Decimal {
  const negative = numerator.isNegative() !== denominator.isNegative() && !numerator.isZero();
  const units = roundedUnits(splitQuotient(numerator.abs(), denominator.abs(), decimals), mode);
  const magnitude = new Decimal(new Exact(units).div(scale(decimals)));
  return negative ? magnitude.negated() : magnitude;
}

/** The rounded number of units from splitQuotient's floor and remainder. */
export function roundedUnits(
  cut: { quotient: Decimal; remainder: Decimal; divisor: Decimal },
  mode: QuotientRounding = ROUNDING_RULES.percent,
): Decimal {
  return roundsAwayFromZero(cut.remainder, cut.divisor, mode, cut.quotient)
    ? new Decimal(new Exact(cut.quotient).plus(1))
    : cut.quotient;
}

/**
 * For non-negative a and b: floor(a·10^decimals / b) and the exact remainder a·10^decimals − q·b.
 * Used by the share and rate rounding so both are decided on integers.
 */
export function splitQuotient(
  a: Decimal,
  b: Decimal,
  decimals: number,
): { quotient: Decimal; remainder: Decimal; divisor: Decimal } {
  if (b.isZero()) throw new RangeError('splitQuotient: division by zero');
  if (!a.isFinite() || !b.isFinite()) throw new RangeError('splitQuotient: amounts must be finite');
  const scaledA = new (withPrecision(a.sd(true) + 1))(a).times(scale(decimals)); // a shift: exact
  // Digits from the highest place of a·10^d down to the lowest place of either operand: with that
  // precision the integer quotient, its product with b and the remainder are all exact, so the
  // floor is computed directly, never corrected one unit at a time (1e54 × a total, or a divisor
  // of 5e-324, would take longer than the universe).
  const lowest = Math.min(lastPlace(scaledA), lastPlace(b));
  const digits = Math.max(scaledA.e, b.e) - lowest + 3;
  const Ctor = withPrecision(digits);
  const divisor = new Ctor(b);
  const scaled = new Ctor(scaledA);
  const quotient = scaled.divToInt(divisor);
  const remainder = scaled.minus(quotient.times(divisor));
  return { quotient: new Decimal(quotient), remainder: new Decimal(remainder), divisor: new Decimal(divisor) };
}

/** Exact (1000 digits) or, for longer numbers, a Decimal that keeps `digits` significant digits. */
function withPrecision(digits: number): typeof Decimal {
  return digits <= 1000 ? Exact : Decimal.clone({ precision: Math.min(digits, 1e9), rounding: Decimal.ROUND_HALF_UP });
}

/** The power of ten of a number's last significant digit: 12.34 → −2, 1200 → 2. */
function lastPlace(d: Decimal): number {
  return d.isZero() ? 0 : d.e - d.sd(true) + 1;
}

function roundsAwayFromZero(
  remainder: Decimal,
  divisor: Decimal,
  mode: QuotientRounding,
  quotient: Decimal,
): boolean {
  if (remainder.isZero()) return false;
  const twice = new Exact(remainder).times(2);
  switch (mode) {
    case Decimal.ROUND_HALF_UP:
      return twice.gte(divisor);
    case Decimal.ROUND_HALF_EVEN:
      return twice.gt(divisor) || (twice.eq(divisor) && !new Exact(quotient).mod(2).isZero());
    case Decimal.ROUND_DOWN:
      return false;
    default:
      throw new RangeError(`unsupported rounding mode ${String(mode)}`);
  }
}

function scale(decimals: number): Decimal {
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`decimals must be a whole number ≥ 0, got ${decimals}`);
  return new Decimal(10).pow(decimals);
}

/** Rounds an amount of 万元 to two decimals, half up. */
export function roundMoney(d: Decimal, decimals: number = MONEY_DECIMALS): Decimal {
  return d.toDecimalPlaces(decimals, ROUNDING_RULES.money);
}

/** Rounds a percentage (45.4739… → 45.47), half up. */
export function roundPercent(d: Decimal, decimals: number): Decimal {
  return d.toDecimalPlaces(decimals, ROUNDING_RULES.percent);
}

/**
 * The digits of an amount as the narrative writes them, without the unit.
 * 'two-decimals': always two places (3.9 → "3.90", 1760 → "1760.00").
 * 'as-table': the digits the table prints. Pass the cell's printed text when the host has it
 * ("55.40" stays "55.40"); without it, the value with no trailing zeros (3.9 → "3.9", 1760 → "1760").
 * Printed text that is not the same amount is ignored. Never a thousands separator.
 */
export function formatAmount(d: Decimal, style: AmountStyle = 'two-decimals', printed?: string): string {
  if (style === 'two-decimals') return withoutNegativeZero(roundMoney(d).toFixed(MONEY_DECIMALS));
  const printedDigits = printed === undefined ? undefined : cleanPrinted(printed);
  if (printedDigits !== undefined && new Decimal(printedDigits).eq(d)) return printedDigits;
  return withoutNegativeZero(roundMoney(d).toFixed());
}

/** A percentage's digits with a fixed number of decimals, without the % sign: 45.4739 → "45.47". */
export function formatPercent(d: Decimal, decimals: number): string {
  return withoutNegativeZero(roundPercent(d, decimals).toFixed(decimals));
}

function cleanPrinted(text: string): string | undefined {
  const compact = text.replace(/[\s\u3000\u00a0,，]/g, '');
  return /^-?\d+(\.\d+)?$/.test(compact) ? compact : undefined;
}

function withoutNegativeZero(text: string): string {
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}
