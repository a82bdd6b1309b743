import type Decimal from 'decimal.js';
import { fillTemplate } from '../compute/template';

/** What a finding within the rounding limit adds, and the limit as it states it: the limit the comparison used. */
export const ROUNDING_MESSAGES = {
  note: '（差额在{{limit}}以内，在各数分别四舍五入可能产生的范围内，可能为四舍五入差异。）',
} as const;

/**
 * The limit (万元: only a 万元 comparison has rounding; a whole-元 table has none) as the note states it: two
 * decimals as the tables print, more where the limit has them (0.055万元 for ten parts), never rounded away.
 */
export function roundingLimitText(limit: Decimal): string {
  return `${limit.toFixed(Math.max(2, limit.decimalPlaces()))}万元`;
}

export function roundingNote(limit: Decimal): string {
  return fillTemplate(ROUNDING_MESSAGES.note, { limit: roundingLimitText(limit) });
}
