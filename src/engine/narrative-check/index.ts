export { checkNarrative, checkNarrativeReport, type CheckOptions, type NarrativeCheck, type NarrativeFinding } from './check';
export { findMentions, type Mention } from './mentions';
export { classifyHeading } from './sections';
export { SECTION_NAMES as SECTION_LABELS } from './messages';
