import { cellOfSentence, formatRef, NARRATIVE_RULES, SECTION_LABELS, TABLE_FIGURE_DESCRIPTION, TABLE_FIGURE_RULE, type NarrativeCheck, type SheetText } from '../engine';
import type { Severity } from '../engine';
import { selectionForCells, type SelectionTarget } from './report';

/** Where the 情况说明 checked in the pane came from: a sheet of the workbook, or a text pasted into the pane. */
export type NarrativeSource = { kind: 'sheet'; sheet: string } | { kind: 'text' };

/** One finding of the narrative check, in plain JSON, with the cells clicking it selects. */
export interface NarrativeCheckFinding {
  id: string;
  /** 'narrative/table-figure' or a rule of the text (src/engine/narrative-check/rules). */
  ruleId: string;
  /** What the rule asks, in Chinese ("增减率应等于增减额 ÷（本年数 − 增减额），按文中数字计算"). */
  rule: string;
  severity: Severity;
  /** The section's name (收入预算, 三公经费…), or undefined before the first heading. */
  section?: string;
  /** 1-based line of the text checked. */
  line: number;
  /** The sentence as written. */
  sentence: string;
  /** What is wrong, and what is right where the checker knows it. */
  message: string;
  stated?: string;
  expected?: string;
  /** The table cells the figure comes from, in A1 form ("表5!E19"). */
  cells: string[];
  /** What clicking the finding selects: its table cells. */
  select?: SelectionTarget;
  /** The cell holding the sentence, when the text is a sheet's ("情况说明!A9"), and its selection. */
  sentenceCell?: string;
  sentenceSelect?: SelectionTarget;
}

export interface NarrativeCheckReport {
  kind: 'narrative-check';
  at: string;
  source: NarrativeSource;
  /** Numbers in the text; those checked against the tables or by the text's own arithmetic. */
  numbers: number;
  checked: number;
  /** Numbers left unchecked, each with why. */
  unchecked: Array<{ line: number; text: string; reason: string }>;
  findings: NarrativeCheckFinding[];
  counts: { error: number; warning: number };
  /** Where last year's figures came from (none: the rates are checked from the text's own numbers). */
  prior: 'columns' | 'workbook' | 'none';
}

function ruleDescription(id: string): string {
  if (id === TABLE_FIGURE_RULE) return TABLE_FIGURE_DESCRIPTION;
  return NARRATIVE_RULES.find((r) => r.id === id)?.description ?? id;
}

/** The checker's result as the pane shows it; `sheet` is the sheet's text when the text came from one. */
export function buildNarrativeCheckReport(
  check: NarrativeCheck,
  extra: { sheet?: SheetText; prior: NarrativeCheckReport['prior']; at?: Date },
): NarrativeCheckReport {
  const findings = check.findings.map((f, i): NarrativeCheckFinding => {
    const cells = f.cells.map(formatRef);
    const select = selectionForCells(cells);
    const at = extra.sheet ? cellOfSentence(extra.sheet, f.line, f.sentence) : undefined;
    return {
      id: `c${i + 1}`,
      ruleId: f.ruleId,
      rule: ruleDescription(f.ruleId),
      severity: f.severity,
      ...(f.section ? { section: SECTION_LABELS[f.section] } : {}),
      line: f.line,
      sentence: f.sentence,
      message: f.message,
      ...(f.stated !== undefined ? { stated: f.stated } : {}),
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      cells,
      ...(select ? { select } : {}),
      ...(at
        ? { sentenceCell: formatRef(at), sentenceSelect: { sheet: at.sheet, range: { top: at.row, left: at.col, bottom: at.row, right: at.col } } }
        : {}),
    };
  });
  return {
    kind: 'narrative-check',
    at: (extra.at ?? new Date()).toISOString(),
    source: extra.sheet ? { kind: 'sheet', sheet: extra.sheet.sheet } : { kind: 'text' },
    numbers: check.checked.length + check.unchecked.length,
    checked: check.checked.length,
    unchecked: check.unchecked.map((m) => ({ line: m.line, text: m.text, reason: m.reason })),
    findings,
    counts: {
      error: findings.filter((f) => f.severity === 'error').length,
      warning: findings.filter((f) => f.severity === 'warning').length,
    },
    prior: extra.prior,
  };
}
