import Decimal from 'decimal.js';

export type ShareRounding = 'largest-remainder' | 'plain';
export type SameWording = 'chiping' | 'zero-change';
export type PriorZeroWording = 'growth-100' | 'not-comparable';
/** Amounts in the narrative: always two decimals ("3.90万元") or the digits the table prints ("3.9万元"). */
export type AmountStyle = 'two-decimals' | 'as-table';
/** Phrasing of the 情况说明: 'changji' as in seed 004 (比上年预算…), 'zhaohua' as in seed 000 (比2022年预算…). */
export type WordingStyle = 'changji' | 'zhaohua';

export interface Settings {
  /** Within a 万元 table, the largest difference still taken as equal (half its last printed digit). */
  tolerance: Decimal;
  /** Within a 元 table: whole 元 tables have no rounding, so half a fen. */
  toleranceYuan: Decimal;
  /** Differences up to this many 万元 are flagged as possible rounding residue (因四舍五入产生的差异). */
  roundingLimit: Decimal;
  /** Decimals in stated percentages: 2 as in 004, 0 as in 000. */
  percentDecimals: number;
  /** How shares of one whole are made to add to exactly 100%. */
  shareRounding: ShareRounding;
  /** Year-over-year changes above this percentage need a stated reason. */
  reasonThresholdPercent: Decimal;
  /** Wording when this year equals last year: "持平" or 004's "增加0万元，增长0%". */
  sameWording: SameWording;
  /** Wording when last year is 0: 004's "增长100%" or "上年无该预算，增长率无可比性". */
  priorZeroWording: PriorZeroWording;
  /** Profile id of the table set to recognize. */
  profile: string;
  /** How amounts are written in the narrative. */
  amountStyle: AmountStyle;
  /** Which published document's phrasing the narrative follows. */
  wordingStyle: WordingStyle;
}

export const DEFAULT_SETTINGS: Settings = {
  tolerance: new Decimal('0.005'),
  toleranceYuan: new Decimal('0.005'),
  roundingLimit: new Decimal('0.01'),
  percentDecimals: 2,
  shareRounding: 'largest-remainder',
  reasonThresholdPercent: new Decimal(10),
  sameWording: 'zero-change',
  priorZeroWording: 'not-comparable',
  profile: 'national-2023',
  amountStyle: 'two-decimals',
  wordingStyle: 'changji',
};

export function resolveSettings(partial?: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...(partial ?? {}) };
}
