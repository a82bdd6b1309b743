import Decimal from 'decimal.js';
import { yearOverYear, type YoySettings } from '../../../src/engine/compute';
import { DEFAULT_SETTINGS, resolveSettings } from '../../../src/engine/settings';
import { d, ITEM_LINES, priorOf } from './seed-004';

// Seed 004's own wording: a zero base is written 增长100% (the default is 增长率无可比性).
const settings: YoySettings = resolveSettings({ priorZeroWording: 'growth-100' });
const line = (n: number) => {
  const item = ITEM_LINES.find((l) => l.line === n);
  if (!item) throw new Error(`no line ${n}`);
  return item;
};
const yoyOf = (n: number, s: YoySettings = settings) => yearOverYear(d(line(n).current), priorOf(line(n)), s);

describe('yearOverYear on 004 一般公共预算', () => {
  it('finds 132.78% for 2786.73 against 1197.15 (004 printed 132.80%)', () => {
    const y = yearOverYear(d('2786.73'), d('1197.15'), settings);
    expect(y.change.toString()).toBe('1589.58');
    expect(y.direction).toBe('increase');
    expect(y.case).toBe('compared');
    expect(y.rate?.rounded.toFixed(2)).toBe('132.78');
    expect(y.rate?.rounded.toFixed(2)).not.toBe('132.80');
    expect(y.rate?.exact.toFixed(6)).toBe('132.780353');
    expect(y.statedRate?.toFixed(2)).toBe('132.78');
    expect(y.reasonRequired).toBe(true);
    expect(y.reasonRule).toBe('above-threshold');
  });
});

describe('yearOverYear on 004 项 lines (prior implied by the stated change)', () => {
  it('机关事业单位基本养老保险: 110.81 from 95.52 is 16.01% (004 printed 16.00%)', () => {
    const y = yoyOf(2);
    expect(y.prior.toFixed(2)).toBe('95.52');
    expect(y.rate?.rounded.toFixed(2)).toBe('16.01');
    expect(line(2).printedRate).toBe('16.00');
  });

  it('行政单位离退休: 3.9 from 3.7 is 5.41%, below the 10% threshold', () => {
    const y = yoyOf(1);
    expect(y.rate?.rounded.toFixed(2)).toBe('5.41');
    expect(y.reasonRequired).toBe(false);
    expect(y.reasonRule).toBeUndefined();
  });

  it('一般行政管理事务: 55 from 80 is a decrease of 25, −31.25%', () => {
    const y = yoyOf(10);
    expect(y.change.toString()).toBe('-25');
    expect(y.direction).toBe('decrease');
    expect(y.rate?.rounded.toFixed(2)).toBe('-31.25');
    expect(y.reasonRequired).toBe(true);
  });

  it('职业年金: 55.40 from 0 is new; "growth-100" states 100% and asks for a reason', () => {
    const y = yoyOf(3);
    expect(y.case).toBe('prior-zero');
    expect(y.rate).toBeNull();
    expect(y.priorZeroWording).toBe('growth-100');
    expect(y.statedRate?.toString()).toBe('100');
    expect(y.reasonRequired).toBe(true);
    expect(y.reasonRule).toBe('new-item');
  });

  it('职业年金 under "not-comparable": no rate is stated', () => {
    const y = yoyOf(3, resolveSettings({ priorZeroWording: 'not-comparable' }));
    expect(y.priorZeroWording).toBe('not-comparable');
    expect(y.statedRate).toBeNull();
    expect(y.reasonRequired).toBe(true);
  });

  it('地质勘查与矿产资源管理: 0 from 10 is −100%', () => {
    const y = yoyOf(15);
    expect(y.case).toBe('current-zero');
    expect(y.direction).toBe('decrease');
    expect(y.rate?.exact.toString()).toBe('-100');
    expect(y.statedRate?.toString()).toBe('-100');
    expect(y.reasonRequired).toBe(true);
  });

  it('其他行政事业单位医疗支出: 0.62 both years is "same" with a zero rate', () => {
    const y = yoyOf(7);
    expect(y.case).toBe('same');
    expect(y.direction).toBe('same');
    expect(y.rate?.rounded.isZero()).toBe(true);
    expect(y.reasonRequired).toBe(false);
  });

  it('gives every line the rate 004 printed, except the two it rounded wrongly', () => {
    const wrong = ITEM_LINES.filter((l) => {
      const y = yoyOf(l.line);
      return y.statedRate !== null && !y.statedRate.abs().eq(new Decimal(l.printedRate));
    });
    expect(wrong.map((l) => l.line)).toEqual([2]);
  });

  it('asks for a reason exactly where the change is above 10% or the item is new', () => {
    const required = ITEM_LINES.filter((l) => yoyOf(l.line).reasonRequired).map((l) => l.line);
    expect(required).toEqual([2, 3, 6, 9, 10, 11, 12, 13, 15, 16]);
  });
});

describe('yearOverYear: the other cases and settings', () => {
  it('never divides by zero when both years are 0 (004 三公 因公出国（境）费)', () => {
    const y = yearOverYear(d(0), d(0), settings);
    expect(y.case).toBe('both-zero');
    expect(y.direction).toBe('same');
    expect(y.rate).toBeNull();
    expect(y.statedRate).toBeNull();
    expect(y.reasonRequired).toBe(false);
  });

  it('takes the threshold strictly: 10% exactly needs no reason, 10.01% does', () => {
    expect(yearOverYear(d(110), d(100), settings).reasonRequired).toBe(false);
    expect(yearOverYear(d('110.01'), d(100), settings).reasonRequired).toBe(true);
    expect(yearOverYear(d(90), d(100), settings).reasonRequired).toBe(false);
    expect(yearOverYear(d('89.99'), d(100), settings).reasonRequired).toBe(true);
  });

  it('follows the threshold setting: 基本支出 +13.83% needs no reason at 20%', () => {
    const y = yearOverYear(d('1174.93'), d('1032.15'), resolveSettings({ reasonThresholdPercent: new Decimal(20) }));
    expect(y.rate?.rounded.toFixed(2)).toBe('13.83');
    expect(y.reasonRequired).toBe(false);
  });

  it('rounds to the percentDecimals setting: 000 机关运行经费 79.8 from 103.18 is −23%', () => {
    const y = yearOverYear(d('79.8'), d('103.18'), resolveSettings({ percentDecimals: 0 }));
    expect(y.decimals).toBe(0);
    expect(y.rate?.rounded.toString()).toBe('-23');
  });
});
