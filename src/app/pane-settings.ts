import Decimal from 'decimal.js';
import { DEFAULT_SETTINGS, listProfiles, type Settings } from '../engine';

/**
 * What the clerk sets in the pane, kept between sessions: the engine's settings (decimals as
 * strings, so they survive JSON) and where last year's figures come from.
 */
export type SettingsWire = { [K in keyof Settings]: Settings[K] extends Decimal ? string : Settings[K] };

/**
 * Last year's figures:
 * - 'auto': 上年数 columns beside this year's tables when there are any, else none;
 * - 'columns': only 上年数 / 上年预算数 columns beside this year's tables;
 * - 'sheets': sheets of this workbook that hold last year's tables (left out of this year's check);
 * - 'file': last year's workbook, picked from disk in the pane (kept in the shared store);
 * - 'none': no year-over-year figures.
 */
export type PriorChoice =
  | { kind: 'auto' }
  | { kind: 'columns' }
  | { kind: 'sheets'; sheets: string[] }
  | { kind: 'file'; name: string }
  | { kind: 'none' };

export interface PaneSettings {
  engine: SettingsWire;
  prior: PriorChoice;
}

/** The values each choice may take; anything else stored falls back to the default. */
const CHOICES: Partial<Record<keyof Settings, readonly string[]>> = {
  shareRounding: ['largest-remainder', 'plain'],
  sameWording: ['chiping', 'zero-change'],
  priorZeroWording: ['growth-100', 'not-comparable'],
  amountStyle: ['two-decimals', 'as-table'],
  wordingStyle: ['changji', 'zhaohua'],
};

const DECIMAL_KEYS = (Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>).filter(
  (k) => DEFAULT_SETTINGS[k] instanceof Decimal,
);

export function settingsToWire(settings: Settings): SettingsWire {
  const out: Record<string, unknown> = { ...settings };
  for (const k of DECIMAL_KEYS) out[k] = (settings[k] as Decimal).toString();
  return out as SettingsWire;
}

/** The profile the engine chooses from what the workbook holds (预算 or 决算, national or regional). */
export const AUTO_PROFILE = 'auto';

export const DEFAULT_PANE_SETTINGS: PaneSettings = {
  // A 决算 workbook must not be read with the 预算 set: the pane lets the engine choose, as the CLI does.
  engine: { ...settingsToWire(DEFAULT_SETTINGS), profile: AUTO_PROFILE },
  prior: { kind: 'auto' },
};

function validDecimal(text: unknown): Decimal | undefined {
  if (typeof text !== 'string' && typeof text !== 'number') return undefined;
  try {
    const d = new Decimal(String(text).trim());
    return d.isFinite() && !d.isNegative() ? d : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Engine settings from what was stored: unknown keys dropped, a value of the wrong type (an older
 * version's, a hand-edited one) falls back to the default rather than reaching the engine.
 */
export function settingsFromWire(wire: Partial<Record<keyof Settings, unknown>> | undefined): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS, profile: AUTO_PROFILE };
  if (!wire) return out as unknown as Settings;
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    const value = wire[key];
    if (value === undefined) continue;
    const def = DEFAULT_SETTINGS[key];
    if (def instanceof Decimal) {
      const d = validDecimal(value);
      if (d) out[key] = d;
    } else if (typeof def === 'number') {
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6) out[key] = value;
    } else if (key === 'profile') {
      // A profile this version does not have (an older one, a typo) would stop every check.
      if (value === AUTO_PROFILE || listProfiles().some((p) => p.id === value)) out[key] = value;
    } else if (CHOICES[key]) {
      if (CHOICES[key]!.includes(value as string)) out[key] = value;
    } else if (typeof value === typeof def) {
      out[key] = value;
    }
  }
  return out as unknown as Settings;
}

function validPrior(p: unknown): PriorChoice {
  const v = p as Partial<PriorChoice> | undefined;
  switch (v?.kind) {
    case 'auto':
    case 'columns':
    case 'none':
      return { kind: v.kind };
    case 'sheets': {
      const sheets = (v as { sheets?: unknown }).sheets;
      return { kind: 'sheets', sheets: Array.isArray(sheets) ? sheets.filter((s): s is string => typeof s === 'string') : [] };
    }
    case 'file': {
      const name = (v as { name?: unknown }).name;
      return typeof name === 'string' ? { kind: 'file', name } : { kind: 'auto' };
    }
    default:
      return { kind: 'auto' };
  }
}

/** Stored pane settings, repaired: anything missing or malformed takes its default. */
export function normalizePaneSettings(raw: unknown): PaneSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<PaneSettings>;
  return {
    engine: settingsToWire(settingsFromWire(r.engine as Partial<Record<keyof Settings, unknown>> | undefined)),
    prior: validPrior(r.prior),
  };
}
