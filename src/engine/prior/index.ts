export * from './types';
export { priorFromAnalysis, rowKey } from './from-analysis';
export { priorFromColumns } from './from-columns';
export { findSideColumns, type SideColumn } from './side-columns';
export { compareRows, compareItem, type BlockComparison, type CompareSpec, type RowComparison } from './compare';
export { findReason, readReasons, type ReasonBook, type ReasonEntry, type ReasonQuery } from './reasons';
