import Decimal from 'decimal.js';
import type { Settings } from '../../engine';

const DECIMAL_KEYS = ['tolerance', 'toleranceYuan', 'roundingLimit', 'reasonThresholdPercent'] as const;

/** Settings from JSON or the command line: decimal fields arrive as strings. */
export function settingsFromWire(wire: Record<string, unknown>): Partial<Settings> {
  const out: Record<string, unknown> = { ...wire };
  for (const k of DECIMAL_KEYS) if (wire[k] !== undefined) out[k] = new Decimal(String(wire[k]));
  return out as Partial<Settings>;
}
