/** The engine's public face: hosts, the CLI and the pane import from here only. */
export { analysisNotes, analyzeWorkbook, type Analysis } from './analyze';
export { findingToJson } from './findings-json';
export type { Finding, FindingJson, FindingSide, Severity } from './findings';
export { SEVERITY_LABEL } from './findings';
export * from './grid';
export type * from './recognize/types';
export { DEFAULT_SETTINGS, resolveSettings, type Settings } from './settings';
export { getProfile, listProfiles, registerProfile } from './tables/registry';
export { tableName, tableWithTitle } from './tables/table-name';
export { rulesFor } from './rules/registry';
export type * from './tables/types';
export * from './prior';
export * from './narrative';
export * from './narrative-check';
export * from './fill';
export { groupByCause, CAUSE_MESSAGES, type Cause, type CauseKind } from './causes';
export { causeCountText, causesToJson, countFindings, findingReport, type CauseJson, type FindingCounts } from './report';
export { money, moneyWithUnit } from './money';
