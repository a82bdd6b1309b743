import { computeShares, type ShareResult } from '../../../src/engine/compute';
import { d, GENERAL_BUDGET_STRUCTURE, GENERAL_BUDGET_WHOLE, INCOME_SOURCES, INCOME_WHOLE, parts } from './seed-004';

const texts = (r: ShareResult, pick: 'plain' | 'final') => r.shares.map((s) => s[pick].toFixed(2));

describe('computeShares: 004 一般公共预算当年拨款结构 (4698.73)', () => {
  const structure = parts(GENERAL_BUDGET_STRUCTURE);
  const whole = d(GENERAL_BUDGET_WHOLE);

  it('rounded plainly, the shares add up to 100.01%', () => {
    const r = computeShares(structure, whole, { decimals: 2, rounding: 'plain' });
    expect(texts(r, 'plain')).toEqual(['3.62', '1.27', '55.80', '1.86', '37.46']);
    expect(texts(r, 'final')).toEqual(['3.62', '1.27', '55.80', '1.86', '37.46']);
    expect(r.plainTotal.toFixed(2)).toBe('100.01');
    expect(r.finalTotal.toFixed(2)).toBe('100.01');
    expect(r.applied).toBe('plain');
    expect(r.moved).toEqual([]);
  });

  it('largest remainder takes the hundredth from 卫生健康支出 (1.27 → 1.26), not from 住房保障支出 as 004 did', () => {
    const r = computeShares(structure, whole, { decimals: 2, rounding: 'largest-remainder' });
    expect(r.partsMatchWhole).toBe(true);
    expect(r.applied).toBe('largest-remainder');
    expect(r.plainReason).toBeUndefined();
    expect(texts(r, 'final')).toEqual(['3.62', '1.26', '55.80', '1.86', '37.46']);
    expect(r.finalTotal.toFixed(2)).toBe('100.00');
    expect(r.plainTotal.toFixed(2)).toBe('100.01');
    expect(r.moved.map((m) => [m.key, m.plain.toFixed(2), m.final.toFixed(2), m.adjustment.toFixed(2)])).toEqual([
      ['卫生健康支出', '1.27', '1.26', '-0.01'],
    ]);
    const housing = r.shares.find((s) => s.key === '住房保障支出');
    expect(housing?.final.toFixed(2)).toBe('1.86');
  });

  it('keeps the exact share beside the rounded ones', () => {
    const r = computeShares(structure, whole, { decimals: 2, rounding: 'largest-remainder' });
    expect(r.shares[1].exact.toFixed(6)).toBe('1.265874');
    expect(r.shares[3].exact.toFixed(6)).toBe('1.857736');
    expect(r.shares[3].exact.toFixed(2)).toBe('1.86');
  });
});

describe('computeShares: 004 收入预算 (6128.18)', () => {
  it('gives 45.47, 31.20, 18.20, 5.13 with nothing to move', () => {
    const r = computeShares(parts(INCOME_SOURCES), d(INCOME_WHOLE), { decimals: 2, rounding: 'largest-remainder' });
    expect(texts(r, 'final')).toEqual(['45.47', '31.20', '18.20', '5.13']);
    expect(r.plainTotal.toFixed(2)).toBe('100.00');
    expect(r.moved).toEqual([]);
  });

  it('gives 004 支出预算 基本支出 19.17% and 项目支出 80.83%', () => {
    const r = computeShares(
      [
        { key: '基本支出', amount: d('1174.93') },
        { key: '项目支出', amount: d('4953.25') },
      ],
      d(INCOME_WHOLE),
      { decimals: 2, rounding: 'largest-remainder' },
    );
    expect(texts(r, 'final')).toEqual(['19.17', '80.83']);
  });
});

describe('computeShares: 000 whole percents', () => {
  it('gives 75, 14, 4, 7 for 000 一般公共预算当年拨款结构 (890.41)', () => {
    const r = computeShares(
      [
        { key: '自然资源海洋气象等支出', amount: d('666.61') },
        { key: '社会保障和就业支出', amount: d('126.70') },
        { key: '卫生健康支出', amount: d('33.57') },
        { key: '住房保障支出', amount: d('63.52') },
      ],
      d('890.41'),
      { decimals: 0, rounding: 'largest-remainder' },
    );
    expect(r.shares.map((s) => s.final.toString())).toEqual(['75', '14', '4', '7']);
    expect(r.finalTotal.toString()).toBe('100');
  });
});

describe('computeShares: the rule itself', () => {
  it('rounds a plain tie half up (12.5% → 13%)', () => {
    const r = computeShares(
      [
        { key: 'a', amount: d(1) },
        { key: 'b', amount: d(7) },
      ],
      d(8),
      { decimals: 0, rounding: 'plain' },
    );
    expect(r.shares.map((s) => s.plain.toString())).toEqual(['13', '88']);
    expect(r.plainTotal.toString()).toBe('101');
  });

  it('breaks equal remainders by the larger amount, then by order', () => {
    // 0.04 and 0.11 of 7 leave the same remainder (4/7 of a percent); 6.85 leaves the largest.
    const r = computeShares(
      [
        { key: 'small', amount: d('0.04') },
        { key: 'larger', amount: d('0.11') },
        { key: 'big', amount: d('6.85') },
      ],
      d(7),
      { decimals: 0, rounding: 'largest-remainder' },
    );
    expect(r.shares.map((s) => s.plain.toString())).toEqual(['1', '2', '98']);
    expect(r.shares.map((s) => s.final.toString())).toEqual(['0', '2', '98']);
    expect(r.moved.map((m) => [m.key, m.adjustment.toString()])).toEqual([['small', '-1']]);

    const thirds = computeShares(
      ['x', 'y', 'z'].map((key) => ({ key, amount: d(1) })),
      d(3),
      { decimals: 2, rounding: 'largest-remainder' },
    );
    expect(thirds.shares.map((s) => s.final.toFixed(2))).toEqual(['33.34', '33.33', '33.33']);
    expect(thirds.moved.map((m) => m.key)).toEqual(['x']);
  });

  it('does not force 100% when the parts do not add up to the whole, and says so', () => {
    const r = computeShares(
      ['x', 'y', 'z'].map((key) => ({ key, amount: d('33.33') })),
      d(100),
      { decimals: 2, rounding: 'largest-remainder' },
    );
    expect(r.partsMatchWhole).toBe(false);
    expect(r.partsTotal.toFixed(2)).toBe('99.99');
    expect(r.applied).toBe('plain');
    expect(r.plainReason).toBe('parts-differ-from-whole');
    expect(r.finalTotal.toFixed(2)).toBe('99.99');
    expect(r.moved).toEqual([]);
  });

  it('does not apply largest remainder to a negative part', () => {
    const r = computeShares(
      [
        { key: 'a', amount: d(110) },
        { key: 'b', amount: d(-10) },
      ],
      d(100),
      { decimals: 2, rounding: 'largest-remainder' },
    );
    expect(r.applied).toBe('plain');
    expect(r.plainReason).toBe('negative-amount');
    expect(r.shares.map((s) => s.final.toFixed(2))).toEqual(['110.00', '-10.00']);
  });

  it('never divides by a zero whole', () => {
    const r = computeShares([{ key: '政府性基金预算', amount: d(0) }], d(0), { decimals: 2, rounding: 'largest-remainder' });
    expect(r.wholeIsZero).toBe(true);
    expect(r.applied).toBe('plain');
    expect(r.plainReason).toBe('whole-not-positive');
    expect(r.shares[0].final.isZero()).toBe(true);
  });

  it('reports no plainReason when plain rounding was what was asked', () => {
    const r = computeShares([{ key: 'a', amount: d(1) }], d(2), { decimals: 2, rounding: 'plain' });
    expect(r.requested).toBe('plain');
    expect(r.plainReason).toBeUndefined();
  });
});
