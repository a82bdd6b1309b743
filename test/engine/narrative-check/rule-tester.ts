import { checkNarrativeReport } from '../../../src/engine/narrative-check/check';
import type { NarrativeRule } from '../../../src/engine/narrative-check/rule-types';
import { changji } from '../narrative/fixtures';

export interface InvalidCase {
  text: string;
  errors: Array<{ messageId: string; stated?: string; expected?: string; message?: RegExp; severity?: 'error' | 'warning' }>;
  year?: number;
}

export interface ValidCase {
  text: string;
  year?: number;
}

let cached: ReturnType<typeof changji> | undefined;
const fixture = () => (cached ??= changji({}, { prior: false }));

/** Runs one narrative rule (with the table check stood aside) over 004's workbook, as ESLint's RuleTester. */
export function runRule(rule: NarrativeRule, text: string, year = 2023) {
  const { analysis } = fixture();
  return checkNarrativeReport(text, analysis, undefined, { year, rules: [rule] }).findings.filter((f) => f.ruleId === rule.id);
}

export const narrativeRuleTester = {
  run(rule: NarrativeRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }) {
    describe(rule.id, () => {
      test.each(cases.valid.map((c) => [c.text.slice(0, 40), c] as const))('passes: %s', (_name, c) => {
        expect(runRule(rule, c.text, c.year).map((f) => f.message)).toEqual([]);
      });
      test.each(cases.invalid.map((c) => [c.text.slice(0, 40), c] as const))('finds: %s', (_name, c) => {
        const found = runRule(rule, c.text, c.year);
        expect(found.map((f) => f.messageId)).toEqual(c.errors.map((e) => e.messageId));
        c.errors.forEach((e, i) => {
          if (e.stated !== undefined) expect(found[i].stated).toBe(e.stated);
          if (e.expected !== undefined) expect(found[i].expected).toBe(e.expected);
          if (e.message) expect(found[i].message).toMatch(e.message);
          if (e.severity) expect(found[i].severity).toBe(e.severity);
          // Each finding quotes its sentence.
          expect(found[i].sentence.length).toBeGreaterThan(0);
        });
      });
    });
  },
};
