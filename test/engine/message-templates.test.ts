import { CAUSE_MESSAGES } from '../../src/engine/causes';
import { COMMON_MESSAGES, CHANGE_MESSAGES, FINAL_BASIS_WITH_YEAR } from '../../src/engine/compute/messages';
import { fillTemplate, placeholdersOf } from '../../src/engine/compute/template';
import { CHECK_MESSAGES } from '../../src/engine/narrative-check/messages';
import { NARRATIVE_RULES } from '../../src/engine/narrative-check/rules';
import { JUESUAN_GLOSSARY, JUESUAN_MESSAGES, JUESUAN_WHAT } from '../../src/engine/narrative/juesuan/messages';
import { NARRATIVE_MESSAGES, PLACEHOLDER, PLACEHOLDER_WHAT } from '../../src/engine/narrative/messages';
import { REASON_MISSING_MESSAGES } from '../../src/engine/narrative/reason-finding';
import { formatMessage } from '../../src/engine/rules/format-message';
import { rulesFor } from '../../src/engine/rules/registry';
import { ROUNDING_MESSAGES } from '../../src/engine/runner/rounding-note';
import { getProfile, listProfiles } from '../../src/engine/tables/registry';

/** Every string inside a message table, with where it sits. */
function strings(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

const TABLES: Record<string, unknown> = {
  CAUSE_MESSAGES,
  COMMON_MESSAGES,
  CHANGE_MESSAGES,
  FINAL_BASIS_WITH_YEAR,
  CHECK_MESSAGES,
  JUESUAN_MESSAGES,
  JUESUAN_GLOSSARY,
  JUESUAN_WHAT,
  NARRATIVE_MESSAGES,
  PLACEHOLDER,
  PLACEHOLDER_WHAT,
  REASON_MISSING_MESSAGES,
  ROUNDING_MESSAGES,
  ...Object.fromEntries(NARRATIVE_RULES.map((r) => [`narrative rule ${r.id}`, r.messages])),
  ...Object.fromEntries(
    listProfiles().flatMap((p) => rulesFor(getProfile(p.id)).map((r) => [`rule ${r.id} (${p.id})`, r.messages])),
  ),
};

const ALL = Object.entries(TABLES).flatMap(([name, table]) => strings(table, name));

describe('message templates: one placeholder syntax, {{name}}', () => {
  it('walks a good number of templates', () => {
    expect(ALL.filter(([, t]) => placeholdersOf(t).length > 0).length).toBeGreaterThan(200);
  });

  it.each(ALL.map(([path, text]) => [path, text]))('%s fills with every placeholder given', (_path, text) => {
    const data = Object.fromEntries(placeholdersOf(text).map((n) => [n, `〈${n}〉`]));
    const filled = fillTemplate(text, data);
    expect(filled).not.toMatch(/\{\{|\}\}/);
    expect(filled).not.toMatch(/\{\s*[A-Za-z_]\w*\s*\}/);
  });

  it('refuses a single-brace placeholder, in fillTemplate and in a rule message', () => {
    expect(() => fillTemplate('占{percent}%', { percent: '1' })).toThrow(/single-brace placeholder \{percent\}/);
    expect(() => fillTemplate('{{a}}与{b}', { a: '甲' })).toThrow(/single-brace/);
    expect(() => formatMessage('x', { m: '{where}相差{{d}}' }, 'm', { d: 1 })).toThrow(/single-brace/);
  });

  it('leaves literal braces that are no placeholder alone', () => {
    expect(fillTemplate('｛全角｝与{1}与{{a}}', { a: '甲' })).toBe('｛全角｝与{1}与甲');
  });
});
