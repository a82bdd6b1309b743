import type { Settings, WordingStyle } from '../settings';

/**
 * The settings each seed uses, so `--style zhaohua` gives 000's whole percents and 持平 in one
 * step; any setting given explicitly still wins.
 */
export const STYLE_PRESETS: Record<WordingStyle, Partial<Settings>> = {
  changji: { wordingStyle: 'changji', percentDecimals: 2, sameWording: 'zero-change', priorZeroWording: 'not-comparable' },
  zhaohua: { wordingStyle: 'zhaohua', percentDecimals: 0, sameWording: 'chiping', priorZeroWording: 'not-comparable' },
};
