import type Decimal from 'decimal.js';
import type { Analysis } from '../analyze';
import type { Severity } from '../findings';
import type { CellRef } from '../grid/types';
import type { Figure, SectionKey } from '../narrative/types';
import type { PriorYear } from '../prior/types';
import type { Mention } from './mentions';

/** One line of the narrative as the rules read it. */
export interface NarrativeLine {
  /** 1-based. */
  line: number;
  raw: string;
  /** Full-width forms folded (same length as raw). */
  folded: string;
  section?: SectionKey;
  /** "三、…" or "（一）…". */
  heading: boolean;
  /** The heading's own words for the section it opens (机关运行经费, 政府采购…), for sub-sections. */
  subheading?: string;
}

/** A sentence (up to 。；) with the numbers it holds. */
export interface NarrativeSentence {
  line: number;
  section?: SectionKey;
  /** As written, trimmed. */
  text: string;
  /** Folded, trimmed like text. */
  folded: string;
  /** Position of the sentence in its folded line. */
  start: number;
  end: number;
  mentions: Mention[];
}

export interface NarrativeReport {
  messageId: string;
  data: Record<string, string | number>;
  line: number;
  sentence: string;
  section?: SectionKey;
  /** Overrides the rule's severity. */
  severity?: Severity;
  /** The number the finding is about, as written, and what it should be. */
  mention?: Mention;
  stated?: string;
  expected?: string;
  cells?: CellRef[];
}

export interface NarrativeRuleContext {
  text: string;
  lines: NarrativeLine[];
  sentences: NarrativeSentence[];
  mentions: Mention[];
  analysis: Analysis;
  /** The figures the tables give (both styles), as the generator computes them. */
  figures: Figure[];
  prior?: PriorYear;
  /** The budget year: given, from the tables' titles, or from the narrative's title. */
  year?: number;
  /** Decimals in the tables' percentages (the setting). */
  percentDecimals: number;
  /** Mentions already compared with a table figure, and those found wrong there. */
  tableChecked: ReadonlySet<Mention>;
  tableWrong: ReadonlySet<Mention>;
  /** The cells of the table figure a mention was compared with (none when it has no subject in the tables). */
  cellsOf(m: Mention): CellRef[];
  report(input: NarrativeReport): void;
  /** Marks numbers as checked by the text's own arithmetic (a rate from its change, parts of a total). */
  verify(mentions: Mention[], how: string): void;
  /** A number's unit-aware amount in 万元 (元 ÷ 10000, 亿元 × 10000). */
  wan(m: Mention): Decimal;
}

/**
 * A check of the narrative's own text, shaped like the table rules (src/engine/rules): id,
 * severity, description, messages keyed by id with {{placeholders}}, and the check.
 */
export interface NarrativeRule {
  id: string;
  /** The juesuan.md / domain.md relations the rule checks, besides its own id (shares-sum: J-N08). */
  refs?: string[];
  severity: Severity;
  description: string;
  messages: Record<string, string>;
  check(ctx: NarrativeRuleContext): void;
}

export function defineNarrativeRule(rule: NarrativeRule): NarrativeRule {
  return rule;
}
