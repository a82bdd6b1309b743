import Decimal from 'decimal.js';
import { DecimalSum, difference, fromScaled, scaledOf } from '../../../src/engine/grid/decimal-sum';

/** The same Decimal, digit for digit: decimal.js keeps one form of a value, and −0 apart from 0. */
function same(a: Decimal, b: Decimal): boolean {
  return a.s === b.s && a.e === b.e && JSON.stringify(a.d) === JSON.stringify(b.d);
}

describe('sums and differences on figures × 10^7', () => {
  // A fixed sequence (no Math.random): amounts of every size and number of decimals, zeros, −0 and figures too long for a double.
  let seed = 20261202;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const figure = (): Decimal => {
    const r = next();
    if (r < 0.05) return new Decimal('-0');
    if (r < 0.12) return new Decimal(0);
    if (r < 0.15) return new Decimal('1234567890123456789012.5');
    const mag = [1, 10, 1000, 1e5, 1e7, 1e8, 9e8, 2e9, 1e12][Math.floor(next() * 9)];
    return new Decimal(((next() * 2 - 1) * mag).toFixed(Math.floor(next() * 10)));
  };

  it('gives what the chain of plus and minus gives', () => {
    for (let t = 0; t < 20000; t++) {
      const xs = Array.from({ length: 1 + Math.floor(next() * 6) }, figure);
      const sum = new DecimalSum();
      for (const x of xs) sum.add(x);
      expect(same(sum.value, xs.reduce((a, x) => a.plus(x), new Decimal(0)))).toBe(true);
      const [a, b] = [xs[0], xs[xs.length - 1]];
      expect(same(difference(a, b), a.minus(b))).toBe(true);
    }
  });

  it('reads a figure as an exact integer only when a double holds it', () => {
    expect(scaledOf(new Decimal('170.11'))).toBe(1701100000);
    expect(scaledOf(new Decimal('0.05'))).toBe(500000);
    expect(scaledOf(new Decimal('-12345678.9'))).toBe(-123456789000000);
    expect(scaledOf(new Decimal('0.00000001'))).toBeNaN();
    expect(scaledOf(new Decimal('1e9'))).toBeNaN();
    expect(scaledOf(new Decimal('-0'))).toBeNaN();
    expect(fromScaled(1701100000).toString()).toBe('170.11');
  });
});
