import Decimal from 'decimal.js';
import type { Unit } from '../recognize/types';
import type { Settings } from '../settings';
import { fromScaled, scaledOf } from '../grid/decimal-sum';

export interface Comparison {
  equal: boolean;
  difference: Decimal;
  /** Not equal, but within the rounding limit: could be 四舍五入 residue. */
  rounding: boolean;
  /** The largest difference (万元) taken as rounding here, what the finding's note states: set when it was looked at. */
  roundingLimit?: Decimal;
}

const TEN_THOUSAND = new Decimal(10000);

/** Amounts in 万元, whatever unit their table prints. */
export function toWan(value: Decimal, unit: Unit): Decimal {
  return unit === '元' ? value.div(TEN_THOUSAND) : value;
}

/** The largest difference taken as equal in a table of this unit: half its last printed digit. */
export function toleranceFor(unit: Unit, settings: Settings): Decimal {
  return unit === '元' ? settings.toleranceYuan : settings.tolerance;
}

/**
 * The largest residue rounding can leave between a total and the sum of `parts` figures, each rounded on its
 * own from 元 to the table's last digit: half a digit for each of them and for the total, at least the
 * setting's limit (0.01万元).
 */
export function roundingLimitFor(parts: number, settings: Settings): Decimal {
  const spread = settings.tolerance.times(Math.max(1, parts) + 1);
  return Decimal.max(settings.roundingLimit, spread);
}

/** Compares two amounts in one unit; `parts` is how many rounded figures the right side adds up. */
export function compareAmounts(left: Decimal, right: Decimal, unit: Unit, settings: Settings, parts = 1): Comparison {
  const tolerance = toleranceFor(unit, settings);
  // The same comparison on the figures × 10^7 as exact integers (grid/decimal-sum), when they are such.
  const d = scaledOf(left) - scaledOf(right);
  const tol = scaledOf(tolerance);
  if (Number.isSafeInteger(d) && tol >= 0) {
    const abs = Math.abs(d);
    if (abs <= tol) return { equal: true, difference: fromScaled(d), rounding: false };
    // A table in whole 元 has no rounding: every difference there is a real one.
    if (unit !== '万元') return { equal: false, difference: fromScaled(d), rounding: false };
    const roundingLimit = roundingLimitFor(parts, settings);
    const limit = scaledOf(roundingLimit);
    const rounding = limit >= 0 ? abs <= limit : fromScaled(abs).lte(roundingLimit);
    return { equal: false, difference: fromScaled(d), rounding, roundingLimit };
  }
  const difference = left.minus(right);
  const abs = difference.abs();
  if (abs.lte(tolerance)) return { equal: true, difference, rounding: false };
  // A table in whole 元 has no rounding: every difference there is a real one.
  if (unit !== '万元') return { equal: false, difference, rounding: false };
  const roundingLimit = roundingLimitFor(parts, settings);
  return { equal: false, difference, rounding: abs.lte(roundingLimit), roundingLimit };
}

/**
 * True when compareAmounts(left, right, unit) would find them equal on its exact-integer path, `right` given as
 * the integer right × 10^7 (NaN when it is not one); false says nothing: compare them.
 */
export function surelyEqual(left: Decimal, rightScaled: number, unit: Unit, settings: Settings): boolean {
  const d = scaledOf(left) - rightScaled;
  if (!Number.isSafeInteger(d)) return false;
  const tol = scaledOf(toleranceFor(unit, settings));
  return tol >= 0 && Math.abs(d) <= tol;
}

/** Compares amounts of two tables in 万元, allowing the rounding of the coarser side. */
/** Two tables' amounts compared in 元 when both print 元, otherwise in 万元: the comparison says which. */
export function compareAcross(left: Decimal, leftUnit: Unit, right: Decimal, rightUnit: Unit, settings: Settings): Comparison & { unit: Unit } {
  const unit: Unit = leftUnit === '万元' || rightUnit === '万元' ? '万元' : '元';
  const l = unit === '万元' ? toWan(left, leftUnit) : left;
  const r = unit === '万元' ? toWan(right, rightUnit) : right;
  return { ...compareAmounts(l, r, unit, settings), unit };
}

export { money } from '../money';
