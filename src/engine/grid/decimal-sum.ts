import Decimal from 'decimal.js';
import { decimalFromNumber } from './amount';

/**
 * Sums and differences of amounts without a Decimal operation each: the engine adds and compares thousands of
 * figures per workbook (科目 = Σ its children, 合计 = Σ parts, table against table), nearly all of them with a
 * few decimals. Such a figure times 10^7 is an integer that a double holds exactly (below 2^53), and so is any
 * sum of them below 2^53: the integers are added, and the result made a Decimal once. The figures and results
 * are the same Decimals as the chain of `plus` and `minus` gives (decimal.js keeps no trailing zeros, so a value
 * has one form); a figure with more than 7 decimals, or a sum past 2^53, goes the Decimal way from there.
 */

const ZERO = new Decimal(0);
const WORD = 1e7;

/**
 * x × 10^7 as an exact integer, or NaN when it is not one a double holds (over 7 decimals, about 9×10^8 or
 * more in magnitude, NaN, ±Infinity). Read off decimal.js's digits: base-10^7 words, the first holding the digits from
 * 10^(7·⌊e/7⌋) up.
 */
export function scaledOf(x: Decimal): number {
  const d = x.d;
  if (!d) return NaN;
  const k = Math.floor(x.e / 7);
  if (k < -1 || k > 1 || d.length > k + 2) return NaN;
  let s = 0;
  for (let i = 0; i < d.length; i++) s = s * WORD + d[i];
  for (let i = d.length; i < k + 2; i++) s *= WORD;
  if (!Number.isSafeInteger(s)) return NaN;
  // −0 keeps its sign through decimal.js's minus (−0 − 0 is −0): left to it.
  if (x.s < 0) return s === 0 ? NaN : -s;
  return s;
}

/** The Decimal of s / 10^7 (s an exact integer below 2^53): the value a chain of exact `plus` gives. */
export function fromScaled(s: number): Decimal {
  if (s === 0) return ZERO;
  let t = s;
  for (let z = 0; z < 7 && t % 10 === 0; z++) t /= 10;
  // At most 15 significant digits: the nearest double prints back as the same decimal (DBL_DIG).
  if (Math.abs(t) < 1e15) return decimalFromNumber(s / WORD);
  return new Decimal(s).div(WORD);
}

/** A running sum from zero, the same as `xs.reduce((a, x) => a.plus(x), new Decimal(0))`. */
export class DecimalSum {
  private scaled = 0;
  private slow: Decimal | undefined;

  add(x: Decimal): this {
    if (this.slow) {
      this.slow = this.slow.plus(x);
      return this;
    }
    const v = scaledOf(x);
    const n = this.scaled + v;
    if (Number.isSafeInteger(n)) this.scaled = n;
    else this.slow = fromScaled(this.scaled).plus(x);
    return this;
  }

  get value(): Decimal {
    return this.slow ?? fromScaled(this.scaled);
  }
}

/** a − b, the same Decimal as a.minus(b). */
export function difference(a: Decimal, b: Decimal): Decimal {
  const n = scaledOf(a) - scaledOf(b);
  return Number.isSafeInteger(n) ? fromScaled(n) : a.minus(b);
}
