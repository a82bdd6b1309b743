export { checkNarrative, checkNarrativeReport, TABLE_FIGURE_RULE, type CheckOptions, type NarrativeCheck, type NarrativeFinding, type UncheckedMention } from './check';
export { findMentions, type Mention } from './mentions';
export { classifyHeading } from './sections';
export { SECTION_NAMES as SECTION_LABELS, TABLE_FIGURE_DESCRIPTION } from './messages';
export { NARRATIVE_RULES } from './rules';
export { defineNarrativeRule, type NarrativeRule, type NarrativeRuleContext } from './rule-types';
export { cellOfSentence, findNarrativeSheet, sheetText, type SheetText } from './sheet-text';
