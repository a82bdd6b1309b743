import type Decimal from 'decimal.js';
import type { Unit } from './recognize/types';

/**
 * Money as the tables print it, the one formatting every surface uses (messages, the CLI, the JSON, the pane):
 * 万元 with two decimals; a 元 table in whole yuan without them (6847060, not 6847060.00).
 */
export function money(d: Decimal, unit: Unit = '万元'): string {
  return unit === '元' && d.isInteger() ? d.toFixed(0) : d.toFixed(2);
}

/** The amount with its unit: "170.10万元", "6847060元". */
export function moneyWithUnit(d: Decimal, unit: Unit = '万元'): string {
  return `${money(d, unit)}${unit}`;
}
