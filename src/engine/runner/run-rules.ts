import type { Finding } from '../findings';
import type { RecognizedTable } from '../recognize/types';
import type { Settings } from '../settings';
import type { Profile } from '../tables/types';
import { formatMessage } from '../rules/format-message';
import { roundingLimitFor } from '../rules/compare';
import { roundingNote } from './rounding-note';
import type { Rule, RuleContext, SkippedCheck } from '../rules/types';

/** Runs rules over recognized tables and returns their findings in rule order. */
export function runRules(rules: Rule[], tables: RecognizedTable[], profile: Profile, settings: Settings, skipped: SkippedCheck[] = []): Finding[] {
  const roundingStated = tables.some((t) => t.notes.some((n) => /四舍五入|尾数误差|尾差|舍入/.test(n.text)));
  // A #REF! or a word in an amount cell is reported once, by the rule that says it reports such cells;
  // the others stand aside from it (RuleBehaviour.problemCells).
  const problemCells = new Set<string>();
  for (const t of tables)
    for (const b of t.blocks)
      for (const r of b.rows)
        for (const role in r.amounts) {
          const a = r.amounts[role];
          if (a.problem) problemCells.add(`${a.ref.sheet}!${a.ref.row},${a.ref.col}`);
        }
  const findings: Finding[] = [];
  for (const rule of rules) {
    const ctx: RuleContext = {
      tables,
      profile,
      settings,
      roundingStated,
      skip(input) {
        if (!skipped.some((s) => s.ruleId === rule.id && s.reason === input.reason)) skipped.push({ ruleId: rule.id, ...input });
      },
      report(input) {
        const touchesProblem = problemCells.size > 0 && (input.sides ?? []).some((side) => side.cells.some((c) => problemCells.has(`${c.sheet}!${c.row},${c.col}`)));
        if (touchesProblem && rule.behaviour?.problemCells !== 'report') return;
        const stated = input.rounding && roundingStated ? rule.behaviour?.roundingStated : undefined;
        const severity = input.severity ?? stated ?? rule.severity;
        // A rule that reports rounding without its comparison's limit is held to the setting's.
        const roundingLimit = input.rounding ? input.roundingLimit ?? roundingLimitFor(1, settings) : undefined;
        const firstCell = input.sides?.find((s) => s.cells.length > 0)?.cells[0];
        findings.push({
          ruleId: rule.id,
          messageId: input.messageId,
          severity,
          message: formatMessage(rule.id, rule.messages, input.messageId, input.data) + (roundingLimit ? roundingNote(roundingLimit) : ''),
          tables: input.tables,
          target: input.target ?? firstCell,
          sides: input.sides ?? [],
          unit: input.unit ?? '万元',
          difference: input.difference,
          rounding: input.rounding,
          ...(roundingLimit ? { roundingLimit } : {}),
        });
      },
    };
    rule.check(ctx);
  }
  return findings;
}
