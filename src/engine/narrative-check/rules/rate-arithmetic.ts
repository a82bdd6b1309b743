import Decimal from 'decimal.js';
import { defineNarrativeRule } from '../rule-types';
import { foldSubject } from '../mentions';
import { changeTriples, percentText, priorOf, quote, roundHalfUp, wanText } from './util';

/** In a 决算 text, the change is against the 预算数, not last year's 决算: "与2021年度预算相比", "比预算数减少" (never 上年预算). */
const VS_BUDGET = /与(?![^,，。；;]{0,12}上年)[^,，。；;]{0,12}预算数?相比|比(?![^,，。；;]{0,12}上年)[^,，。；;]{0,12}预算数?(?:增加|减少|节约|超支)/;

/**
 * 增减率 from the sentence itself: last year = this year − the change, so the rate is
 * change ÷ last year. Needs no last year's workbook. An amount given to fewer than two decimals
 * ("3358.8万元") is allowed the rounding of its last digit; two decimals are taken as exact.
 */
export const rateArithmetic = defineNarrativeRule({
  id: 'narrative/rate-arithmetic',
  severity: 'error',
  refs: ['J-N02', 'J-N05', 'J-N07', 'J-N14', 'J-N18'],
  description: '增减率应等于增减额 ÷（本年数 − 增减额），按文中数字计算',
  messages: {
    wrong: '“{{quote}}”：按文中数字，上年为{{prior}}万元（{{current}}−{{change}}），增减率应为{{expected}}（{{changeAbs}}÷{{prior}}），文中为{{stated}}。',
    wrongBudget: '“{{quote}}”：按文中数字，预算数为{{prior}}万元（{{current}}−{{change}}），与预算相比的增减率应为{{expected}}（{{changeAbs}}÷{{prior}}），文中为{{stated}}。',
    zeroChange: '“{{quote}}”：增减额为0，增减率应为0%，文中为{{stated}}。',
    negativePrior: '“{{quote}}”：减少额{{change}}万元大于按文中推算的上年数，本年{{current}}万元、增加{{change}}万元不可能同时成立。',
  },
  check(ctx) {
    for (const t of changeTriples(ctx)) {
      const { change, rate } = t;
      if (!rate || rate.missingPercent) continue;
      if (ctx.tableWrong.has(rate)) {
        if (t.current) ctx.verify([t.current, change], '增减率按文中数字核对');
        continue;
      }
      const c = ctx.wan(change).abs();
      if (c.isZero()) {
        if (rate.value.isZero()) ctx.verify([...(t.current ? [t.current] : []), change, rate], '增减额为0，增减率为0%');
        else ctx.report({ messageId: 'zeroChange', data: { quote: quote(t.sentence.text), stated: rate.text }, line: t.sentence.line, sentence: t.sentence.text, mention: rate, stated: rate.text, expected: '0%' });
        continue;
      }
      const prior = priorOf(ctx, t);
      if (!prior || !t.current) continue;
      if (prior.isNegative()) {
        ctx.report({ messageId: 'negativePrior', data: { quote: quote(t.sentence.text), change: wanText(c), current: wanText(ctx.wan(t.current)) }, line: t.sentence.line, sentence: t.sentence.text, mention: change });
        continue;
      }
      if (prior.isZero()) continue; // zero-base-rate
      const exact = c.div(prior).mul(100);
      const expected = roundHalfUp(exact, rate.decimals);
      if (rate.value.abs().eq(expected)) {
        ctx.verify([t.current, change, rate], '增减率按文中数字核对');
        continue;
      }
      if (withinRounding(rate.value.abs(), rate.decimals, ctx.wan(t.current), t.current.decimals, c, change.decimals)) {
        ctx.verify([t.current, change, rate], '增减率按文中数字核对（金额位数不足，允许其末位的四舍五入）');
        continue;
      }
      if (ctx.tableChecked.has(rate)) continue; // the tables say it is right: the amounts of the text are rounded
      ctx.verify([t.current, change], '增减率按文中数字核对');
      // "与2021年度预算相比，增加1.14万元，增长1.14%" (杜集): the base is the 预算数, and the finding points at the table's
      // 决算数 and 预算数 of the item when the text's amount is the table's.
      const vsBudget = ctx.analysis.kind === '决算' && VS_BUDGET.test(t.sentence.folded);
      const current = t.current;
      const budgetCells = vsBudget && current.subject
        ? ctx.figures.filter((f) => f.kind === 'budget' && f.section === current.section && f.subjects.some((x) => foldSubject(x) === current.subject)).flatMap((f) => f.cells)
        : [];
      const cells = [...new Map([...ctx.cellsOf(current), ...budgetCells].map((c) => [`${c.sheet}!${c.row}:${c.col}`, c])).values()];
      ctx.report({
        ...(cells.length ? { cells } : {}),
        messageId: vsBudget ? 'wrongBudget' : 'wrong',
        data: { quote: quote(t.sentence.text), prior: wanText(prior), current: wanText(ctx.wan(t.current)), change: wanText(c), changeAbs: wanText(c), expected: percentText(exact, rate.decimals), stated: rate.text },
        line: t.sentence.line,
        sentence: t.sentence.text,
        mention: rate,
        stated: rate.text,
        expected: percentText(exact, rate.decimals),
      });
    }
  },
});

/** Amounts of fewer than two decimals may stand for any value their last digit rounds from. */
function withinRounding(stated: Decimal, rateDecimals: number, current: Decimal, currentDecimals: number, change: Decimal, changeDecimals: number): boolean {
  const h = (d: number) => (d >= 2 ? new Decimal(0) : new Decimal(10).pow(-d).div(2));
  const hc = h(changeDecimals);
  const hp = h(currentDecimals).plus(hc);
  if (hc.isZero() && hp.isZero()) return false;
  const lowPrior = current.minus(change).minus(hp);
  const highPrior = current.minus(change).plus(hp);
  if (!lowPrior.isPositive()) return true;
  const lo = change.minus(hc).div(highPrior).mul(100);
  const hi = change.plus(hc).div(lowPrior).mul(100);
  const half = new Decimal(10).pow(-rateDecimals).div(2);
  return stated.plus(half).gte(lo) && stated.minus(half).lte(hi);
}
