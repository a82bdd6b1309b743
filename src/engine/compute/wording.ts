import type Decimal from 'decimal.js';
import type { Settings } from '../settings';
import {
  CHANGE_MESSAGES,
  COMMON_MESSAGES,
  CONVENTIONAL_RATES,
  FINAL_BASIS_WITH_YEAR,
  REASON_LEAD_IN,
  REASON_PLACEHOLDER,
  REASON_TRAILING_PUNCTUATION,
  type ChangeMessages,
} from './messages';
import { formatAmount, formatPercent } from './rounding';
import { fillTemplate } from './template';
import type { YearOverYear } from './yoy';

/** What a change is compared with: 上年预算 (004's 收入/支出 sections), 上年预算数 (its 项 lines) or last year's 决算 (2023年度). */
export type ComparedWith = 'budget' | 'budget-amount' | 'final';

/** Which clauses a change states: 000 also writes the amount alone or the rate alone. */
export type ChangeParts = 'amount-and-rate' | 'amount' | 'rate';

export interface WordingOptions extends Pick<Settings, 'wordingStyle' | 'sameWording' | 'amountStyle'> {
  /** Default 'budget'. */
  comparedWith?: ComparedWith;
  /** The budget year (2023). The zhaohua style then names the prior year: 比2022年预算. */
  budgetYear?: number;
  /** Default 'amount-and-rate'. */
  parts?: ChangeParts;
  /** 'when-required' (default): the placeholder only where yoy.reasonRequired; 'always': wherever no reason is given. */
  askReason?: 'when-required' | 'always';
}

/** "4698.73万元". `printed` is the cell's text, used by the 'as-table' style. */
export function amountPhrase(amount: Decimal, options: Pick<Settings, 'amountStyle'>, printed?: string): string {
  return fillTemplate(COMMON_MESSAGES.amount, { amount: formatAmount(amount, options.amountStyle, printed) });
}

/** "占45.47%" */
export function shareSentence(share: Decimal, decimals: number): string {
  return fillTemplate(COMMON_MESSAGES.share, { percent: formatPercent(share, decimals) });
}

/** "2023年预算数为3.9万元" */
export function budgetAmountPhrase(
  year: number,
  amount: Decimal,
  options: Pick<Settings, 'amountStyle'>,
  printed?: string,
): string {
  return fillTemplate(COMMON_MESSAGES.budgetAmount, {
    year: String(year),
    amount: formatAmount(amount, options.amountStyle, printed),
  });
}

/**
 * The change against last year, without reason: "比上年预算增加1589.58万元，增长132.78%",
 * "比上年预算减少25.00万元，下降31.25%", "与上年预算持平", "比上年预算增加55.40万元，增长100%".
 */
export function changePhrase(yoy: YearOverYear, options: WordingOptions): string {
  const m = CHANGE_MESSAGES[options.wordingStyle];
  const parts = options.parts ?? 'amount-and-rate';
  const basis = basisText(m, options);
  const change = formatAmount(yoy.change.abs(), options.amountStyle);
  const rate = yoy.statedRate === null ? null : formatPercent(yoy.statedRate.abs(), yoy.decimals);

  switch (yoy.case) {
    case 'both-zero':
    case 'same':
      if (options.sameWording === 'chiping') {
        return fillTemplate(yoy.case === 'both-zero' ? m.bothZero : m.same, { basis });
      }
      return clauses(m, basis, parts, m.increaseAmount, '0', m.increaseRate, CONVENTIONAL_RATES.none);
    case 'prior-zero': {
      const up = yoy.change.isPositive();
      const amountClause = up ? m.increaseAmount : m.decreaseAmount;
      if (yoy.priorZeroWording === 'not-comparable') {
        if (parts === 'rate') return m.notComparable;
        const stated = fillTemplate(m.lead, { basis }) + fillTemplate(amountClause, { change });
        return parts === 'amount' ? stated : stated + m.clauseSeparator + m.notComparable;
      }
      return clauses(m, basis, parts, amountClause, change, up ? m.increaseRate : m.decreaseRate, CONVENTIONAL_RATES.full);
    }
    case 'current-zero':
      return clauses(m, basis, parts, m.decreaseAmount, change, m.decreaseRate, CONVENTIONAL_RATES.full);
    case 'compared': {
      const up = yoy.direction === 'increase';
      return clauses(
        m,
        basis,
        parts,
        up ? m.increaseAmount : m.decreaseAmount,
        change,
        up ? m.increaseRate : m.decreaseRate,
        rate ?? '',
      );
    }
  }
}

/**
 * "，主要原因是：退休人员增加" from the clerk's text (its own 主要原因是 and final punctuation
 * dropped), REASON_PLACEHOLDER when none is given and one is needed, else ''.
 */
export function reasonPhrase(yoy: YearOverYear, reason: string | undefined, options: WordingOptions): string {
  const m = CHANGE_MESSAGES[options.wordingStyle];
  const cleaned = cleanReason(reason);
  if (cleaned) return fillTemplate(m.reason, { reason: cleaned });
  const ask = options.askReason === 'always' || yoy.reasonRequired;
  return ask ? fillTemplate(m.reason, { reason: REASON_PLACEHOLDER }) : '';
}

/** changePhrase followed by reasonPhrase. */
export function changeSentence(yoy: YearOverYear, options: WordingOptions & { reason?: string }): string {
  return changePhrase(yoy, options) + reasonPhrase(yoy, options.reason, options);
}

export interface ItemSentenceInput {
  name: string;
  amount: Decimal;
  /** The cell's printed text, for the 'as-table' amount style. */
  printed?: string;
  /** The share in percent (usually Share.final) and its decimals. */
  share?: { value: Decimal; decimals: number };
  yoy?: YearOverYear;
  reason?: string;
}

/**
 * One item the way 004's 收入/支出 sections state it:
 * "一般公共预算2786.73万元，占45.47%，比上年预算增加1589.58万元，增长132.78%，主要原因是：项目经费安排较上年增加".
 */
export function itemSentence(item: ItemSentenceInput, options: WordingOptions): string {
  const m = CHANGE_MESSAGES[options.wordingStyle];
  const pieces = [
    fillTemplate(COMMON_MESSAGES.namedAmount, {
      name: item.name,
      amount: formatAmount(item.amount, options.amountStyle, item.printed),
    }),
  ];
  if (item.share) pieces.push(shareSentence(item.share.value, item.share.decimals));
  if (item.yoy) pieces.push(changePhrase(item.yoy, options));
  const reason = item.yoy ? reasonPhrase(item.yoy, item.reason, options) : '';
  return pieces.join(m.clauseSeparator) + reason;
}

function basisText(m: ChangeMessages, options: WordingOptions): string {
  const which = options.comparedWith ?? 'budget';
  if (which === 'final' && options.budgetYear !== undefined) return fillTemplate(FINAL_BASIS_WITH_YEAR, { priorYear: String(options.budgetYear - 1) });
  if (m.basisWithYear && options.budgetYear !== undefined) {
    return fillTemplate(m.basisWithYear[which], { priorYear: String(options.budgetYear - 1) });
  }
  return m.basis[which];
}

function clauses(
  m: ChangeMessages,
  basis: string,
  parts: ChangeParts,
  amountTemplate: string,
  change: string,
  rateTemplate: string,
  rate: string,
): string {
  const amountClause = fillTemplate(amountTemplate, { change });
  const rateClause = fillTemplate(rateTemplate, { rate });
  if (parts === 'amount') return fillTemplate(m.lead, { basis }) + amountClause;
  if (parts === 'rate') return fillTemplate(m.rateOnlyLead, { basis }) + rateClause;
  return fillTemplate(m.lead, { basis }) + amountClause + m.clauseSeparator + rateClause;
}

function cleanReason(reason: string | undefined): string {
  if (reason === undefined) return '';
  return reason.trim().replace(REASON_LEAD_IN, '').replace(REASON_TRAILING_PUNCTUATION, '').trim();
}
