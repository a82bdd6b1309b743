import Decimal from 'decimal.js';
import type { Finding, Severity } from '../../src/engine/findings';
import { formatRef } from '../../src/engine/grid/address';
import type { WorkbookGrid } from '../../src/engine/grid/types';
import { recognizeWorkbook } from '../../src/engine/recognize/recognize';
import type { RecognizedTable } from '../../src/engine/recognize/types';
import { runRules } from '../../src/engine/runner/run-rules';
import type { Rule } from '../../src/engine/rules/types';
import { resolveSettings, type Settings } from '../../src/engine/settings';
import { NATIONAL_2023 } from '../../src/engine/tables/national';
import type { Profile } from '../../src/engine/tables/types';
import { workbook } from './workbooks';

/**
 * A tester for one rule, shaped like ESLint's RuleTester: `valid` cases must report nothing,
 * `invalid` cases must report exactly the listed errors, in the order the rule reports them.
 *
 * It refuses, rather than passes: an expected messageId the rule does not define, a message left
 * with a {{placeholder}}, a rounding residue from a rule that does not declare what it becomes when the
 * workbook states its rounding, an invalid case that reports nothing, a valid case that reports
 * anything, and a case whose workbook is not recognized as the tables it is meant to test.
 */

export interface RuleTestCase {
  name: string;
  /** The workbook: sheet source text (examples/README.md; see sourceWorkbook for ⇥), or a grid. */
  workbook: string | WorkbookGrid;
  settings?: Partial<Settings>;
  /**
   * Table ids the workbook must be recognized as, in table order. Without it, at least one table
   * must be found: a case on which nothing is recognized tests nothing. `[]` expects no table.
   */
  tables?: string[];
}

export interface ExpectedError {
  messageId: string;
  severity?: Severity;
  /** The finding's target cell, as 'Sheet!A1' (Excel quoting: "'表1 收支总表'!B7"). */
  at?: string;
  /** Amounts of the finding's sides, compared as decimals: '170.10' equals 170.1. */
  sides?: string[];
  /** left − right, compared as a decimal. */
  difference?: string;
  rounding?: boolean;
  /** Text (contained) or pattern the formatted message must show. */
  message?: string | RegExp;
}

export interface InvalidRuleTestCase extends RuleTestCase {
  errors: ExpectedError[];
}

export interface RuleTests {
  valid: RuleTestCase[];
  invalid: InvalidRuleTestCase[];
}

export interface RuleTesterOptions {
  /** The profile recognition and the rule run with; the national set by default. */
  profile?: Profile;
  settings?: Partial<Settings>;
  /** How the workbook is recognized; recognizeWorkbook by default (决算 tests pass recognizeWithProfile). */
  recognize?: (workbook: WorkbookGrid, profile: Profile) => { tables: RecognizedTable[] };
}

/**
 * A case's workbook: source text or a grid as given. In source text `⇥` stands for a TAB, as in
 * sheet-source.ts's own documentation, so empty cells stay visible in a test; each line's leading
 * spaces are indentation (a row of the format never starts with a space).
 */
export function sourceWorkbook(source: string | WorkbookGrid): WorkbookGrid {
  if (typeof source !== 'string') return source;
  return workbook(source.split('\n').map((line) => line.replace(/^ +/, '').replace(/⇥/g, '\t')).join('\n'));
}

function describeFinding(f: Finding): string {
  const at = f.target ? formatRef(f.target) : '-';
  const sides = f.sides.map((s) => s.amount.toString()).join(' vs ');
  return `${f.messageId ?? '?'} [${f.severity}] at ${at}${sides ? ` (${sides})` : ''}: ${f.message}`;
}

function decimal(text: string, what: string): Decimal {
  try {
    return new Decimal(text);
  } catch {
    throw new Error(`${what}: "${text}" is not a decimal amount`);
  }
}

export class RuleTester {
  constructor(private readonly options: RuleTesterOptions = {}) {}

  /** Recognizes the case's workbook and runs the one rule on it; throws if the tables are not what the case says. */
  findings(rule: Rule, c: RuleTestCase): Finding[] {
    const profile = this.options.profile ?? NATIONAL_2023;
    const settings = resolveSettings({ ...this.options.settings, ...c.settings, profile: profile.id });
    const { tables } = (this.options.recognize ?? recognizeWorkbook)(sourceWorkbook(c.workbook), profile);
    const ids = tables.map((t) => t.def.id);
    if (c.tables) {
      if (ids.join() !== c.tables.join()) {
        throw new Error(`Case "${c.name}": expected the workbook to be recognized as [${c.tables.join(', ')}], got [${ids.join(', ')}]`);
      }
    } else if (ids.length === 0) {
      throw new Error(`Case "${c.name}": no table was recognized, so the case would test nothing (set tables: [] if that is the point)`);
    }
    // formatMessage throws on an unknown messageId or an unfilled placeholder; nothing here catches it.
    const findings = runRules([rule], tables, profile, settings);
    for (const f of findings) {
      if (f.ruleId !== rule.id) throw new Error(`Case "${c.name}": a finding of rule ${f.ruleId} came out of rule ${rule.id}`);
      if (!f.messageId || !(f.messageId in rule.messages)) throw new Error(`Case "${c.name}": finding without a known messageId: ${describeFinding(f)}`);
      if (/\{\{|\}\}/.test(f.message)) throw new Error(`Case "${c.name}": message left with a placeholder: ${f.message}`);
      if (f.rounding && !rule.behaviour?.roundingStated) {
        throw new Error(`Case "${c.name}": rule ${rule.id} reports a rounding residue but does not declare behaviour.roundingStated`);
      }
    }
    return findings;
  }

  checkValid(rule: Rule, c: RuleTestCase): void {
    const findings = this.findings(rule, c);
    if (findings.length > 0) {
      throw new Error(`Valid case "${c.name}" should report nothing, but rule ${rule.id} reported ${findings.length}:\n${findings.map(describeFinding).join('\n')}`);
    }
  }

  checkInvalid(rule: Rule, c: InvalidRuleTestCase): void {
    if (c.errors.length === 0) throw new Error(`Invalid case "${c.name}" must expect at least one error`);
    for (const e of c.errors) {
      if (!(e.messageId in rule.messages)) {
        throw new Error(`Invalid case "${c.name}": rule ${rule.id} has no message "${e.messageId}" (it has: ${Object.keys(rule.messages).join(', ')})`);
      }
    }
    const findings = this.findings(rule, c);
    if (findings.length === 0) throw new Error(`Invalid case "${c.name}" reported nothing; expected ${c.errors.length} error(s)`);
    if (findings.length !== c.errors.length) {
      throw new Error(`Invalid case "${c.name}" should report ${c.errors.length} error(s) but reported ${findings.length}:\n${findings.map(describeFinding).join('\n')}`);
    }
    c.errors.forEach((e, i) => {
      const f = findings[i];
      const fail = (what: string, expected: unknown, actual: unknown) => {
        throw new Error(`Invalid case "${c.name}", error ${i + 1}: ${what} should be ${String(expected)} but is ${String(actual)}\n  ${describeFinding(f)}`);
      };
      if (f.messageId !== e.messageId) fail('messageId', e.messageId, f.messageId);
      if (e.severity !== undefined && f.severity !== e.severity) fail('severity', e.severity, f.severity);
      if (e.at !== undefined) {
        const at = f.target ? formatRef(f.target) : undefined;
        if (at !== e.at) fail('target', e.at, at);
      }
      if (e.sides !== undefined) {
        const amounts = f.sides.map((s) => s.amount);
        const same = amounts.length === e.sides.length && e.sides.every((s, k) => decimal(s, 'sides').eq(amounts[k]));
        if (!same) fail('sides', `[${e.sides.join(', ')}]`, `[${amounts.join(', ')}]`);
      }
      if (e.difference !== undefined) {
        if (!f.difference || !decimal(e.difference, 'difference').eq(f.difference)) fail('difference', e.difference, f.difference);
      }
      if (e.rounding !== undefined && Boolean(f.rounding) !== e.rounding) fail('rounding', e.rounding, Boolean(f.rounding));
      if (e.message !== undefined) {
        const ok = typeof e.message === 'string' ? f.message.includes(e.message) : e.message.test(f.message);
        if (!ok) fail('message', e.message, f.message);
      }
    });
  }

  /** Declares a jest `describe` for the rule with one test per case. */
  run(rule: Rule, tests: RuleTests): void {
    if (tests.valid.length === 0 || tests.invalid.length === 0) {
      throw new Error(`Rule ${rule.id}: a rule test needs both valid and invalid cases`);
    }
    const names = [...tests.valid, ...tests.invalid].map((c) => c.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) throw new Error(`Rule ${rule.id}: duplicate case name "${dup}"`);
    describe(rule.id, () => {
      describe('valid', () => {
        for (const c of tests.valid) test(c.name, () => this.checkValid(rule, c));
      });
      describe('invalid', () => {
        for (const c of tests.invalid) test(c.name, () => this.checkInvalid(rule, c));
      });
    });
  }
}

/** The tester for the national profile, as most rule tests use it. */
export const ruleTester = new RuleTester();
