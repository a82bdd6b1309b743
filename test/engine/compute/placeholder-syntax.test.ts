import { CAUSE_MESSAGES } from '../../../src/engine/causes';
import { CHANGE_MESSAGES, COMMON_MESSAGES, fillTemplate } from '../../../src/engine/compute';
import { CHECK_MESSAGES } from '../../../src/engine/narrative-check/messages';
import { NARRATIVE_RULES } from '../../../src/engine/narrative-check/rules';
import { JUESUAN_GLOSSARY, JUESUAN_MESSAGES } from '../../../src/engine/narrative/juesuan/messages';
import { NARRATIVE_MESSAGES } from '../../../src/engine/narrative/messages';
import { REASON_MISSING_MESSAGES } from '../../../src/engine/narrative/reason-finding';
import { TABLE_RULES } from '../../../src/engine/rules/registry';

/** Every string of a message table, with where it sits. */
function strings(value: unknown, path: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof value === 'string') out.push([path, value]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

const TABLES: Record<string, unknown> = {
  CAUSE_MESSAGES,
  CHANGE_MESSAGES,
  COMMON_MESSAGES,
  CHECK_MESSAGES,
  JUESUAN_MESSAGES,
  JUESUAN_GLOSSARY,
  NARRATIVE_MESSAGES,
  REASON_MISSING_MESSAGES,
  rules: Object.fromEntries(TABLE_RULES.map((r) => [r.id, r.messages])),
  narrativeRules: Object.fromEntries(NARRATIVE_RULES.map((r) => [r.id, r.messages])),
};

describe('one placeholder syntax, {{name}}, in every message table', () => {
  const all = Object.entries(TABLES).flatMap(([name, table]) => strings(table, name));

  it('walks the tables (a table that moves or empties fails here)', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it('has no placeholder written with one brace', () => {
    expect(all.filter(([, text]) => /(?<!\{)\{\w+\}(?!\})/.test(text)).map(([path]) => path)).toEqual([]);
  });

  it('fills each template given a value for each of its placeholders', () => {
    for (const [path, text] of all) {
      const names = Array.from(new Set(Array.from(text.matchAll(/\{\{(\w+)\}\}/g), (m) => m[1])));
      const filled = fillTemplate(text, Object.fromEntries(names.map((n) => [n, '〇'])));
      expect(`${path}: ${filled}`).not.toMatch(/[{}]/);
    }
  });

  it('refuses a template written with one brace', () => {
    expect(() => fillTemplate('占{percent}%', { percent: '1' })).toThrow(/one brace/);
  });
});
