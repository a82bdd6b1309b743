import Decimal from 'decimal.js';
import {
  AUTO_PROFILE,
  DEFAULT_PANE_SETTINGS,
  normalizePaneSettings,
  settingsFromWire,
  settingsToWire,
} from '../../src/app/pane-settings';
import { DEFAULT_SETTINGS } from '../../src/engine';

describe('pane settings', () => {
  it('round-trips every engine setting through JSON, decimals exactly', () => {
    const settings = { ...DEFAULT_SETTINGS, tolerance: new Decimal('0.0049'), reasonThresholdPercent: new Decimal('12.5'), percentDecimals: 0 };
    const back = settingsFromWire(JSON.parse(JSON.stringify(settingsToWire(settings))));
    expect(back.tolerance.equals(new Decimal('0.0049'))).toBe(true);
    expect(back.reasonThresholdPercent.toString()).toBe('12.5');
    expect(back.percentDecimals).toBe(0);
    expect(back.wordingStyle).toBe(DEFAULT_SETTINGS.wordingStyle);
  });

  it('falls back to the default for values of the wrong kind, and for unknown choices and profiles', () => {
    const s = settingsFromWire({
      tolerance: 'abc',
      roundingLimit: '-1',
      percentDecimals: 2.5,
      shareRounding: 'banker',
      profile: 'no-such-profile',
      wordingStyle: 'zhaohua',
    } as never);
    expect(s.tolerance.equals(DEFAULT_SETTINGS.tolerance)).toBe(true);
    expect(s.roundingLimit.equals(DEFAULT_SETTINGS.roundingLimit)).toBe(true);
    expect(s.percentDecimals).toBe(DEFAULT_SETTINGS.percentDecimals);
    expect(s.shareRounding).toBe(DEFAULT_SETTINGS.shareRounding);
    // An unknown profile falls back to the pane's default: chosen from what the workbook holds (预算 or 决算).
    expect(s.profile).toBe(AUTO_PROFILE);
    expect(s.wordingStyle).toBe('zhaohua');
  });

  it('lets the engine choose the profile by default, and keeps a named one or auto', () => {
    expect(DEFAULT_PANE_SETTINGS.engine.profile).toBe(AUTO_PROFILE);
    expect(settingsFromWire({ profile: 'juesuan-9' } as never).profile).toBe('juesuan-9');
    expect(settingsFromWire({ profile: AUTO_PROFILE } as never).profile).toBe(AUTO_PROFILE);
  });

  it('repairs a stored value that is missing, partial or malformed', () => {
    expect(normalizePaneSettings(undefined)).toEqual(DEFAULT_PANE_SETTINGS);
    expect(normalizePaneSettings('garbage')).toEqual(DEFAULT_PANE_SETTINGS);
    expect(normalizePaneSettings({ prior: { kind: 'sheets', sheets: ['上年', 3] } }).prior).toEqual({ kind: 'sheets', sheets: ['上年'] });
    expect(normalizePaneSettings({ prior: { kind: 'file' } }).prior).toEqual({ kind: 'auto' });
    expect(normalizePaneSettings({ prior: { kind: 'file', name: '2022.xlsx' } }).prior).toEqual({ kind: 'file', name: '2022.xlsx' });
    expect(normalizePaneSettings({ prior: { kind: 'elsewhere' } }).prior).toEqual({ kind: 'auto' });
  });
});
