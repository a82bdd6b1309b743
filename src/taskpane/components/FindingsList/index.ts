export { FindingsList, type FindingsListProps } from './FindingsList';
export { groupFindings, tableLabel, type SeverityGroup, type TableGroup } from './group-findings';
