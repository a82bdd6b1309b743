import { NATIONAL_2023 } from './national';
import { JUESUAN_PROFILES } from './juesuan/profiles';
import { COUNTY_9 } from './regional/county-9';
import type { Profile } from './types';
import { validateProfile } from './validate-profile';

const PROFILES: Profile[] = [NATIONAL_2023, COUNTY_9, ...JUESUAN_PROFILES];

/** A profile's kind: 预算 unless it says 决算. */
export function profileKind(profile: Profile): '预算' | '决算' {
  return profile.kind ?? '预算';
}

const checked = new Set<string>();

/** Registers a profile (a regional variant); its definition is checked when it is added. */
export function registerProfile(profile: Profile): void {
  validateProfile(profile);
  const i = PROFILES.findIndex((p) => p.id === profile.id);
  if (i >= 0) PROFILES[i] = profile;
  else PROFILES.push(profile);
  checked.add(profile.id);
}

export function getProfile(id: string): Profile {
  const p = PROFILES.find((x) => x.id === id);
  if (!p) throw new Error(`未知的公开表配置：${id}（可用：${PROFILES.map((x) => x.id).join('、')}）`);
  if (!checked.has(id)) {
    validateProfile(p);
    checked.add(id);
  }
  return p;
}

export function listProfiles(): Array<{ id: string; name: string; kind: '预算' | '决算' }> {
  return PROFILES.map((p) => ({ id: p.id, name: p.name, kind: profileKind(p) }));
}

/** Every registered profile, each checked once: what analyzeWorkbook chooses among. */
export function allProfiles(): Profile[] {
  return PROFILES.map((p) => getProfile(p.id));
}
