import Decimal from 'decimal.js';
import {
  exactQuotient,
  formatAmount,
  formatPercent,
  roundMoney,
  roundPercent,
  roundQuotient,
  ROUNDING_RULES,
  splitQuotient,
} from '../../../src/engine/compute';
import { d } from './seed-004';

describe('named rounding rules', () => {
  it('rounds money and percents half up (四舍五入), as Chinese finance documents do', () => {
    expect(ROUNDING_RULES.money).toBe(Decimal.ROUND_HALF_UP);
    expect(ROUNDING_RULES.percent).toBe(Decimal.ROUND_HALF_UP);
  });

  it('rounds a tie away from zero, never to even', () => {
    expect(roundMoney(d('0.125')).toString()).toBe('0.13');
    expect(roundMoney(d('0.135')).toString()).toBe('0.14');
    expect(roundMoney(d('-0.125')).toString()).toBe('-0.13');
    expect(roundPercent(d('12.5'), 0).toString()).toBe('13');
    expect(roundPercent(d('45.4739'), 2).toString()).toBe('45.47');
  });
});

describe('roundQuotient', () => {
  it('gives 004 一般公共预算 its correct rate: 1589.58 / 1197.15 = 132.78%, not the printed 132.80%', () => {
    const rate = roundQuotient(d('1589.58').times(100), d('1197.15'), 2);
    expect(rate.toString()).toBe('132.78');
  });

  it('rounds ties by the mode asked for', () => {
    expect(roundQuotient(d(1), d(8), 2).toString()).toBe('0.13');
    expect(roundQuotient(d(1), d(8), 2, Decimal.ROUND_HALF_EVEN).toString()).toBe('0.12');
    expect(roundQuotient(d(3), d(8), 2, Decimal.ROUND_HALF_EVEN).toString()).toBe('0.38');
    expect(roundQuotient(d(7), d(8), 2, Decimal.ROUND_DOWN).toString()).toBe('0.87');
  });

  it('rounds a negative quotient by its magnitude', () => {
    expect(roundQuotient(d(-1), d(8), 2).toString()).toBe('-0.13');
    expect(roundQuotient(d(1), d(-8), 2).toString()).toBe('-0.13');
    expect(roundQuotient(d(-25).times(100), d(80), 2).toString()).toBe('-31.25');
  });

  it('decides on the exact remainder where a 20-digit division would round the wrong way', () => {
    const numerator = d('499999999999999999999999');
    const denominator = d('1e26'); // quotient 0.00499999999999999999999999
    expect(numerator.div(denominator).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString()).toBe('0.01');
    expect(roundQuotient(numerator, denominator, 2).toString()).toBe('0');
  });

  it('corrects a 50-digit quotient that lands on the next integer', () => {
    const almostOne = d('9'.repeat(60));
    const cut = splitQuotient(almostOne, d('1e60'), 0); // 0.999…9, sixty nines
    expect(cut.quotient.toString()).toBe('0');
    expect(cut.remainder.toFixed()).toBe('9'.repeat(60));
    expect(roundQuotient(almostOne, d('1e60'), 0, Decimal.ROUND_DOWN).toString()).toBe('0');
    expect(roundQuotient(almostOne, d('1e60'), 0).toString()).toBe('1');
  });

  it('refuses to divide by zero', () => {
    expect(() => roundQuotient(d(1), d(0), 2)).toThrow(RangeError);
    expect(() => exactQuotient(d(1), d(0))).toThrow(RangeError);
  });

  it('refuses a fractional or negative number of decimals', () => {
    expect(() => roundQuotient(d(1), d(3), 1.5)).toThrow(RangeError);
    expect(() => roundQuotient(d(1), d(3), -1)).toThrow(RangeError);
  });
});

describe('exactQuotient', () => {
  it('keeps 50 significant digits', () => {
    expect(exactQuotient(d(1), d(3)).toString()).toBe('0.' + '3'.repeat(50));
  });
});

describe('formatAmount', () => {
  it('writes two decimals by default (3.9 → 3.90)', () => {
    expect(formatAmount(d('3.9'))).toBe('3.90');
    expect(formatAmount(d('1760'))).toBe('1760.00');
    expect(formatAmount(d('4698.73'), 'two-decimals')).toBe('4698.73');
    expect(formatAmount(d('0.125'), 'two-decimals')).toBe('0.13');
    expect(formatAmount(d('-0.001'), 'two-decimals')).toBe('0.00');
  });

  it("keeps the table's digits in the 'as-table' style", () => {
    expect(formatAmount(d('3.9'), 'as-table')).toBe('3.9');
    expect(formatAmount(d('1760'), 'as-table')).toBe('1760');
    expect(formatAmount(d('55.40'), 'as-table')).toBe('55.4');
    expect(formatAmount(d('55.40'), 'as-table', '    55.40')).toBe('55.40');
    expect(formatAmount(d('483.8'), 'as-table', '483.8\u3000')).toBe('483.8');
    expect(formatAmount(d('1760'), 'as-table', ' 1,760')).toBe('1760');
  });

  it('ignores printed text that is not the same amount', () => {
    expect(formatAmount(d('55.40'), 'as-table', '55.41')).toBe('55.4');
    expect(formatAmount(d('55.40'), 'as-table', '—')).toBe('55.4');
  });
});

describe('formatPercent', () => {
  it('writes a fixed number of decimals, half up', () => {
    expect(formatPercent(d('45.4739'), 2)).toBe('45.47');
    expect(formatPercent(d('55.8'), 2)).toBe('55.80');
    expect(formatPercent(d('74.865'), 0)).toBe('75');
    expect(formatPercent(d('16.00711'), 2)).toBe('16.01');
  });

  it('never writes a negative zero', () => {
    expect(formatPercent(d('-0.001'), 2)).toBe('0.00');
    expect(formatPercent(d('-0.4'), 0)).toBe('0');
  });
});

describe('splitQuotient computes the floor directly, whatever the magnitudes', () => {
  const d = (x: string | number) => new Decimal(x);
  const check = (a: Decimal, b: Decimal, decimals: number) => {
    const cut = splitQuotient(a, b, decimals);
    // a·10^d = q·b + r with 0 ≤ r < b, checked at a precision that holds every digit.
    const Big = Decimal.clone({ precision: 5000 });
    const scaled = new Big(a).times(new Big(10).pow(decimals));
    expect(new Big(cut.quotient).times(new Big(cut.divisor)).plus(new Big(cut.remainder)).eq(new Big(scaled))).toBe(true);
    expect(cut.remainder.isNegative()).toBe(false);
    expect(cut.remainder.lt(cut.divisor)).toBe(true);
    expect(cut.quotient.isInteger()).toBe(true);
    return cut;
  };

  it('an amount 1e54 times the total ends at once, exactly', () => {
    const t0 = Date.now();
    const cut = check(d('1234567.89e54'), d('3.7'), 4);
    expect(cut.quotient.toFixed()).toBe(new (Decimal.clone({ precision: 200 }))('1234567.89e58').div(3.7).floor().toFixed());
    check(d('1e300'), d('7'), 2);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('a divisor of 5e-324 (the smallest double) ends at once, exactly', () => {
    const t0 = Date.now();
    const cut = check(d(1), d(5e-324), 2);
    expect(cut.quotient.toFixed()).toBe('2' + '0'.repeat(325));
    check(d('1.7976931348623157e308'), d(-5e-324).abs(), 4);
    expect(roundQuotient(d(3), d(-5e-324), 2).isNegative()).toBe(true);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('still exact on the ordinary cases', () => {
    expect(splitQuotient(d('87.29'), d('4718.34'), 4).quotient.toFixed()).toBe('185');
    check(d('9'.repeat(60)), d('1e60'), 0);
    check(d(0), d('3'), 2);
    check(d('2786.73'), d('6128.59'), 4);
  });
});
