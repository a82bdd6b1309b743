export { generateNarrative } from './generate';
export { renderRows, renderText } from './render-text';
export { readClerkTexts, CLERK_SHEET } from './clerk-texts';
export { NarrativeContext, type GenerateOptions } from './context';
export { REASON_MISSING_RULE } from './reason-finding';
export { NARRATIVE_MESSAGES, PLACEHOLDER, PLACEHOLDER_WHAT, INCOME_SOURCE_NAMES, THREE_PUBLIC_NAMES } from './messages';
export { STYLE_PRESETS } from './styles';
export type * from './types';
