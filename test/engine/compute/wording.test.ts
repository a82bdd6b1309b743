import {
  amountPhrase,
  budgetAmountPhrase,
  changePhrase,
  changeSentence,
  computeShares,
  itemSentence,
  reasonPhrase,
  REASON_PLACEHOLDER,
  shareSentence,
  yearOverYear,
  type WordingOptions,
} from '../../../src/engine/compute';
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from '../../../src/engine/settings';
import { d, INCOME_SOURCES, INCOME_WHOLE, ITEM_LINES, parts, priorOf } from './seed-004';

// Seed 004's own wording: a zero base is written 增长100% (the default is 增长率无可比性).
const CHANGJI = resolveSettings({ priorZeroWording: 'growth-100' });
const changji: WordingOptions = CHANGJI;

/** One line of 004 五（三） built the way the generator will: amount phrase, change and reason. */
function itemLine(n: number, s: Settings = CHANGJI): string {
  const item = ITEM_LINES.find((l) => l.line === n);
  if (!item) throw new Error(`no line ${n}`);
  const yoy = yearOverYear(d(item.current), priorOf(item), s);
  const options: WordingOptions = { ...s, comparedWith: 'budget-amount' };
  return `${budgetAmountPhrase(2023, d(item.current), s)}，${changeSentence(yoy, { ...options, reason: item.reason })}`;
}

describe('changji style (seed 004)', () => {
  it('writes 004 五（三） lines with the correct rates and 增长/下降', () => {
    expect(itemLine(1)).toBe('2023年预算数为3.90万元，比上年预算数增加0.20万元，增长5.41%，主要原因是：退休人员增加');
    expect(itemLine(2)).toBe('2023年预算数为110.81万元，比上年预算数增加15.29万元，增长16.01%，主要原因是：在职人员退休');
    expect(itemLine(3)).toBe('2023年预算数为55.40万元，比上年预算数增加55.40万元，增长100%，主要原因是：2022年此项未单独拨款');
    expect(itemLine(4)).toBe('2023年预算数为29.32万元，比上年预算数减少2.44万元，下降7.68%，主要原因是：人员变动');
    expect(itemLine(6)).toBe('2023年预算数为3.46万元，比上年预算数减少14.45万元，下降80.68%，主要原因是：财政社保拨款科目调整');
    expect(itemLine(7)).toBe('2023年预算数为0.62万元，比上年预算数增加0万元，增长0%，主要原因是：无变动');
    expect(itemLine(10)).toBe('2023年预算数为55.00万元，比上年预算数减少25.00万元，下降31.25%，主要原因是：2023年该款项项目减少');
    expect(itemLine(12)).toBe('2023年预算数为167.00万元，比上年预算数增加147.00万元，增长735.00%，主要原因是：当年增加上级转移支付项目');
    expect(itemLine(15)).toBe('2023年预算数为0.00万元，比上年预算数减少10.00万元，下降100%，主要原因是：2023年该款项未安排项目');
    expect(itemLine(16)).toBe('2023年预算数为1760.00万元，比上年预算数增加1760.00万元，增长100%，主要原因是：2022年该款项年初预算未安排项目');
  });

  it("writes the table's digits under amountStyle 'as-table', as 004 mostly does", () => {
    const asTable = resolveSettings({ amountStyle: 'as-table', priorZeroWording: 'growth-100' });
    expect(itemLine(1, asTable)).toBe('2023年预算数为3.9万元，比上年预算数增加0.2万元，增长5.41%，主要原因是：退休人员增加');
    expect(itemLine(10, asTable)).toBe('2023年预算数为55万元，比上年预算数减少25万元，下降31.25%，主要原因是：2023年该款项项目减少');
    expect(itemLine(15, asTable)).toBe('2023年预算数为0万元，比上年预算数减少10万元，下降100%，主要原因是：2023年该款项未安排项目');
  });

  it('states 004 收入预算 items with share, change and reason', () => {
    const shares = computeShares(parts(INCOME_SOURCES), d(INCOME_WHOLE), { decimals: 2, rounding: 'largest-remainder' });
    const share = (key: string) => ({ value: shares.shares.find((s) => s.key === key)!.final, decimals: 2 });
    expect(
      itemSentence(
        {
          name: '一般公共预算',
          amount: d('2786.73'),
          share: share('一般公共预算'),
          yoy: yearOverYear(d('2786.73'), d('1197.15'), DEFAULT_SETTINGS),
          reason: '主要原因是项目经费安排较上年增加；',
        },
        changji,
      ),
    ).toBe('一般公共预算2786.73万元，占45.47%，比上年预算增加1589.58万元，增长132.78%，主要原因是：项目经费安排较上年增加');
    expect(
      itemSentence(
        {
          name: '上级一般公共预算安排的转移支付资金',
          amount: d('1912'),
          printed: '1912',
          share: share('上级一般公共预算安排的转移支付资金'),
          yoy: yearOverYear(d('1912'), d(0), CHANGJI),
          reason: '上年年初未安排此类资金',
        },
        { ...changji, amountStyle: 'as-table' },
      ),
    ).toBe('上级一般公共预算安排的转移支付资金1912万元，占31.20%，比上年预算增加1912万元，增长100%，主要原因是：上年年初未安排此类资金');
  });

  it("writes 上年无该预算，增长率无可比性 under priorZeroWording 'not-comparable'", () => {
    const s = resolveSettings({ priorZeroWording: 'not-comparable' });
    const yoy = yearOverYear(d('55.40'), d(0), s);
    expect(changePhrase(yoy, s)).toBe('比上年预算增加55.40万元，上年无该预算，增长率无可比性');
    expect(changePhrase(yoy, { ...s, parts: 'amount' })).toBe('比上年预算增加55.40万元');
    expect(changePhrase(yoy, { ...s, parts: 'rate' })).toBe('上年无该预算，增长率无可比性');
  });

  it("writes 与上年预算持平 under sameWording 'chiping' and 增加0万元，增长0% under 'zero-change'", () => {
    const same = yearOverYear(d('14'), d('14'), DEFAULT_SETTINGS);
    expect(changePhrase(same, { ...changji, sameWording: 'zero-change' })).toBe('比上年预算增加0万元，增长0%');
    expect(changePhrase(same, { ...changji, sameWording: 'chiping' })).toBe('与上年预算持平');
    const none = yearOverYear(d(0), d(0), DEFAULT_SETTINGS);
    expect(changePhrase(none, { ...changji, sameWording: 'zero-change' })).toBe('比上年预算增加0万元，增长0%');
    expect(changePhrase(none, { ...changji, sameWording: 'chiping' })).toBe('与上年预算持平');
  });

  it('leaves the placeholder where a needed reason is missing, and nothing where none is needed', () => {
    const big = yearOverYear(d('1174.93'), d('1032.15'), DEFAULT_SETTINGS);
    expect(changeSentence(big, changji)).toBe(`比上年预算增加142.78万元，增长13.83%，主要原因是：${REASON_PLACEHOLDER}`);
    expect(REASON_PLACEHOLDER).toBe('【待填写：变动原因】');
    expect(changeSentence(big, { ...changji, reason: '  主要原因是：。' })).toContain(REASON_PLACEHOLDER);
    const small = yearOverYear(d('87.29'), d('85.90'), DEFAULT_SETTINGS);
    expect(changeSentence(small, changji)).toBe('比上年预算增加1.39万元，增长1.62%');
    expect(changeSentence(small, { ...changji, askReason: 'always' })).toBe(`比上年预算增加1.39万元，增长1.62%，主要原因是：${REASON_PLACEHOLDER}`);
    expect(reasonPhrase(small, '人员变动', changji)).toBe('，主要原因是：人员变动');
  });

  it('states the change by amount or by rate alone', () => {
    const yoy = yearOverYear(d('116.57'), d('114.16'), DEFAULT_SETTINGS);
    expect(changePhrase(yoy, { ...changji, parts: 'amount' })).toBe('比上年预算增加2.41万元');
    expect(changePhrase(yoy, { ...changji, parts: 'rate' })).toBe('比上年预算增长2.11%');
  });

  it('ignores the budget year: 004 never names the prior year in a comparison', () => {
    const yoy = yearOverYear(d('116.57'), d('114.16'), DEFAULT_SETTINGS);
    expect(changePhrase(yoy, { ...changji, budgetYear: 2023 })).toBe('比上年预算增加2.41万元，增长2.11%');
  });
});

describe('zhaohua style (seed 000), whole percents', () => {
  const zhaohua: Settings = resolveSettings({ wordingStyle: 'zhaohua', percentDecimals: 0, sameWording: 'chiping' });
  const withYear: WordingOptions = { ...zhaohua, budgetYear: 2023 };

  it('writes 000 机关运行经费: 比2022年预算减少23.38万元，下降23%', () => {
    const yoy = yearOverYear(d('79.8'), d('103.18'), zhaohua);
    expect(changeSentence(yoy, { ...withYear, reason: '人员退休及考调。' })).toBe(
      '比2022年预算减少23.38万元，下降23%，主要原因是人员退休及考调',
    );
  });

  it('writes 000 公务接待费 by its rate alone: 与2022年预算相比下降20%', () => {
    const yoy = yearOverYear(d('4.88'), d('6.10'), zhaohua);
    expect(changeSentence(yoy, { ...withYear, parts: 'rate', reason: '进一步减少公务接待费支出' })).toBe(
      '与2022年预算相比下降20%，主要原因是进一步减少公务接待费支出',
    );
  });

  it('writes 000 公务用车 at 0 both years: 与2022年预算相比持平。预算均为0万元', () => {
    const yoy = yearOverYear(d(0), d(0), zhaohua);
    expect(changeSentence(yoy, withYear)).toBe('与2022年预算相比持平。预算均为0万元');
  });

  it('writes 000 收支总预算 by its amount alone: 比2022年预算数减少19.63万元', () => {
    const yoy = yearOverYear(d('890.41'), d('910.04'), zhaohua);
    expect(changePhrase(yoy, { ...withYear, parts: 'amount', comparedWith: 'budget-amount' })).toBe('比2022年预算数减少19.63万元');
  });

  it('falls back to 上年 when the budget year is not given', () => {
    const yoy = yearOverYear(d('14'), d('14'), zhaohua);
    expect(changePhrase(yoy, zhaohua)).toBe('与上年预算相比持平');
  });

  it('states 000 shares as whole percents: 自然资源海洋气象等支出666.61万元，占75%', () => {
    const structure = computeShares(
      [
        { key: '基本支出', amount: d('860.41') },
        { key: '项目支出', amount: d('30') },
      ],
      d('890.41'),
      { decimals: 0, rounding: 'largest-remainder' },
    );
    const asTable = { ...zhaohua, amountStyle: 'as-table' as const };
    expect(
      structure.shares.map((s) => itemSentence({ name: s.key, amount: s.amount, share: { value: s.final, decimals: 0 } }, asTable)).join('；'),
    ).toBe('基本支出860.41万元，占97%；项目支出30万元，占3%');
    expect(itemSentence({ name: '上年结转', amount: d(0), share: { value: d(0), decimals: 0 } }, asTable)).toBe('上年结转0万元，占0%');
  });
});

describe('small phrases', () => {
  it('amountPhrase writes 万元 in the chosen style', () => {
    expect(amountPhrase(d('4698.73'), DEFAULT_SETTINGS)).toBe('4698.73万元');
    expect(amountPhrase(d('3.9'), DEFAULT_SETTINGS)).toBe('3.90万元');
    expect(amountPhrase(d('3.9'), { amountStyle: 'as-table' })).toBe('3.9万元');
    expect(amountPhrase(d('55.4'), { amountStyle: 'as-table' }, '55.40')).toBe('55.40万元');
  });

  it('shareSentence writes 占 with the percent decimals', () => {
    expect(shareSentence(d('45.47'), 2)).toBe('占45.47%');
    expect(shareSentence(d('55.8'), 2)).toBe('占55.80%');
    expect(shareSentence(d('74.865'), 0)).toBe('占75%');
  });
});
