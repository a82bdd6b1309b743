import Decimal from 'decimal.js';
import type { PriorZeroWording, Settings } from '../settings';
import { exactQuotient, roundQuotient } from './rounding';

export type YoyDirection = 'increase' | 'decrease' | 'same';

/**
 * 'compared': both years have an amount, the rate is arithmetic.
 * 'same': equal, non-zero amounts. 'both-zero': neither year has the item.
 * 'prior-zero': new this year, no rate exists (stated per the priorZeroWording setting).
 * 'current-zero': gone this year, the rate is −100%.
 */
export type YoyCase = 'compared' | 'same' | 'both-zero' | 'prior-zero' | 'current-zero';

/** Why a reason (主要原因是…) must be stated. */
export type ReasonRule = 'above-threshold' | 'new-item';

export type YoySettings = Pick<Settings, 'percentDecimals' | 'priorZeroWording' | 'reasonThresholdPercent'>;

export interface YearOverYear {
  current: Decimal;
  prior: Decimal;
  /** current − prior. */
  change: Decimal;
  direction: YoyDirection;
  case: YoyCase;
  /** change / |prior| × 100, exact and rounded half up; null when prior is 0 (no arithmetic rate). */
  rate: { exact: Decimal; rounded: Decimal } | null;
  /** Decimals of rate.rounded (settings.percentDecimals). */
  decimals: number;
  /**
   * The rate the narrative states, signed: rate.rounded, or the 100 of the 'growth-100' convention
   * when prior is 0; null when it is stated as 无可比性.
   */
  statedRate: Decimal | null;
  /** For 'prior-zero': which convention applies. */
  priorZeroWording?: PriorZeroWording;
  reasonRequired: boolean;
  reasonRule?: ReasonRule;
}

/**
 * This year against last year. Never divides by zero: a zero prior year is a case of its own, and
 * its stated "增长100%" is a convention (setting 'growth-100'), not arithmetic. A reason is required
 * when |exact rate| is above the threshold (strictly), or when the item is new this year.
 */
export function yearOverYear(current: Decimal, prior: Decimal, settings: YoySettings): YearOverYear {
  const change = current.minus(prior);
  const direction: YoyDirection = change.isZero() ? 'same' : change.isPositive() ? 'increase' : 'decrease';
  const decimals = settings.percentDecimals;
  const base = { current, prior, change, direction, decimals };

  if (prior.isZero()) {
    if (current.isZero()) return { ...base, case: 'both-zero', rate: null, statedRate: null, reasonRequired: false };
    const wording = settings.priorZeroWording;
    // A negative amount with no prior year is a data error for the rules; state it as plain arithmetic would not.
    const stated = wording === 'growth-100' ? new Decimal(current.isPositive() ? 100 : -100) : null;
    return {
      ...base,
      case: 'prior-zero',
      rate: null,
      statedRate: stated,
      priorZeroWording: wording,
      reasonRequired: true,
      reasonRule: 'new-item',
    };
  }

  // |prior| keeps the sign of the rate with the sign of the change even for a negative base.
  const exact = exactQuotient(change.times(100), prior.abs());
  const rounded = roundQuotient(change.times(100), prior.abs(), decimals);
  const aboveThreshold = exact.abs().gt(settings.reasonThresholdPercent);
  const yoyCase: YoyCase = current.isZero() ? 'current-zero' : change.isZero() ? 'same' : 'compared';
  return {
    ...base,
    case: yoyCase,
    rate: { exact, rounded },
    statedRate: rounded,
    reasonRequired: aboveThreshold,
    ...(aboveThreshold ? { reasonRule: 'above-threshold' as const } : {}),
  };
}
