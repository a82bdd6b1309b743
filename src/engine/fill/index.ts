export { FILL_HEADERS, FILL_TARGETS, planFills, type CellEdit, type FillOptions } from './plan-fills';
