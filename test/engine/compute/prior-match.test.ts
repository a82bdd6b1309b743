import {
  matchPriorRows,
  normalizeCode,
  normalizeName,
  yearOverYear,
  type AmountRow,
} from '../../../src/engine/compute';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings';
import { d, ITEM_LINES, priorOf } from './seed-004';

/** This year: the 项 rows of 004 表5, with the names the table prints. */
const current: AmountRow[] = ITEM_LINES.filter((l) => l.code !== undefined).map((l) => ({
  code: l.code,
  name: l.tableName ?? l.name,
  amount: d(l.current),
}));

/**
 * Last year, as a clerk types it from last year's workbook: the narrative's names, codes written
 * "208 05 05" or missing, no rows for the items that had nothing.
 */
const prior: AmountRow[] = ITEM_LINES.filter((l) => !priorOf(l).isZero()).map((l) => ({
  ...(l.code && l.line % 3 !== 0 ? { code: `${l.code.slice(0, 3)} ${l.code.slice(3, 5)} ${l.code.slice(5)}` } : {}),
  name: l.name,
  amount: priorOf(l),
}));

describe('matchPriorRows on 004 表5 against its implied prior year', () => {
  const result = matchPriorRows(current, prior);

  it('pairs every continuing 项, by code where both have one, else by name', () => {
    const byName = result.pairs.filter((p) => p.kind === 'name').map((p) => p.code);
    const byCode = result.pairs.filter((p) => p.kind === 'code').map((p) => p.code);
    // Lines 6, 9, 12 were typed without a code (line 3 is new, line 15 has no code this year).
    expect(byName).toEqual(['2101103', '2200150', '2200106']);
    expect(byCode).toEqual(['2080501', '2080505', '2101101', '2101102', '2101199', '2200101', '2200102', '2200104', '2200109', '2210201']);
  });

  it('pairs 2080505 by code although the table and the narrative name it differently', () => {
    const pension = result.pairs.find((p) => p.code === '2080505');
    expect(pension?.kind).toBe('code');
    expect(pension?.name).toBe('机关事业单位基本养老保险');
    expect(pension?.priorRow?.name).toBe('机关事业单位基本养老保险缴费支出');
    expect(pension?.prior.toFixed(2)).toBe('95.52');
  });

  it('lists the new items (prior 0) and the dropped one (current 0)', () => {
    expect(result.newItems.map((p) => [p.code, p.name, p.current.toString(), p.prior.toString()])).toEqual([
      ['2080506', '机关事业单位职业年金缴费支出', '55.4', '0'],
      ['2240601', '地质灾害防治', '1760', '0'],
    ]);
    expect(result.droppedItems.map((p) => [p.name, p.current.toString(), p.prior.toString()])).toEqual([
      ['地质勘查与矿产资源管理', '0', '10'],
    ]);
    expect(result.ambiguousNames).toEqual([]);
  });

  it("keeps this year's order and puts dropped rows last", () => {
    expect(result.pairs.map((p) => p.name).slice(-1)).toEqual(['地质勘查与矿产资源管理']);
    expect(result.pairs.slice(0, current.length).map((p) => p.currentRow)).toEqual(current);
  });

  it('feeds yearOverYear: the pairs give back the rates of 004 (in its 增长100% wording)', () => {
    const rates = result.pairs.map((p) => {
      const y = yearOverYear(p.current, p.prior, { ...DEFAULT_SETTINGS, priorZeroWording: 'growth-100' });
      return [p.name, y.case, y.statedRate?.toFixed(2)];
    });
    expect(rates).toContainEqual(['一般行政管理事务', 'compared', '-31.25']);
    expect(rates).toContainEqual(['机关事业单位职业年金缴费支出', 'prior-zero', '100.00']);
    expect(rates).toContainEqual(['地质勘查与矿产资源管理', 'current-zero', '-100.00']);
    expect(rates).toContainEqual(['行政单位离退休', 'compared', '5.41']);
  });
});

describe('matchPriorRows: names that are not enough', () => {
  it('never pairs two rows whose codes differ, however alike their names', () => {
    const r = matchPriorRows(
      [{ code: '2200101', name: '行政运行', amount: d('526.37') }],
      [{ code: '2010101', name: '行政运行', amount: d('100') }],
    );
    expect(r.pairs.map((p) => p.kind)).toEqual(['new', 'dropped']);
  });

  it('leaves a name shared by several rows unmatched and reports it', () => {
    const r = matchPriorRows(
      [
        { code: '2010101', name: '行政运行', amount: d(1) },
        { code: '2200101', name: '行政运行', amount: d(2) },
      ],
      [{ name: '行政运行', amount: d(3) }],
    );
    expect(r.pairs.map((p) => p.kind)).toEqual(['new', 'new', 'dropped']);
    expect(r.ambiguousNames).toEqual(['行政运行']);
  });

  it('pairs a repeated code in order of appearance', () => {
    const r = matchPriorRows(
      [
        { code: '302', name: '商品和服务支出', amount: d(1) },
        { code: '302', name: '商品和服务支出', amount: d(2) },
      ],
      [
        { code: '302', name: '商品和服务支出', amount: d(10) },
        { code: '302', name: '商品和服务支出', amount: d(20) },
      ],
    );
    expect(r.pairs.map((p) => [p.current.toString(), p.prior.toString()])).toEqual([
      ['1', '10'],
      ['2', '20'],
    ]);
  });

  it('matches item roles as codes', () => {
    const r = matchPriorRows(
      [{ code: 'income.general-budget', name: '一般公共预算拨款收入', amount: d('2786.73') }],
      [{ code: 'income.general-budget', name: '一般公共预算', amount: d('1197.15') }],
    );
    expect(r.pairs[0].kind).toBe('code');
  });
});

describe('normalizeCode and normalizeName', () => {
  it('reads a 功能分类 code however it was typed', () => {
    expect(normalizeCode('208 05 01')).toBe('2080501');
    expect(normalizeCode('２０８０５０１')).toBe('2080501');
    expect(normalizeCode('208-05-01')).toBe('2080501');
    expect(normalizeCode('\u3000208.05.01 ')).toBe('2080501');
    expect(normalizeCode('income.general-budget')).toBe('income.general-budget');
    expect(normalizeCode(undefined)).toBe('');
  });

  it('compares names without spacing, numbering, bracket width or 类/款/项 markers', () => {
    const full = normalizeName('1.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）');
    expect(full).toBe('社会保障和就业支出行政事业单位养老支出行政单位离退休');
    expect(normalizeName('社会保障和就业支出(类) 行政事业单位养老支出(款)　行政单位离退休(项)')).toBe(full);
    expect(normalizeName('（一）住房公积金')).toBe('住房公积金');
  });
});
