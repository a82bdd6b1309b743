import type { WorkbookGrid } from '../engine';
import type { PriorChoice } from './pane-settings';

/**
 * This year's sheets and, when the clerk said some sheets hold last year's tables, those sheets
 * as a workbook of their own: they must not be checked as this year's tables.
 */
export function splitWorkbook(grid: WorkbookGrid, prior: PriorChoice): { current: WorkbookGrid; priorSheets?: WorkbookGrid } {
  if (prior.kind !== 'sheets' || prior.sheets.length === 0) return { current: grid };
  const chosen = new Set(prior.sheets);
  const priorSheets = grid.sheets.filter((s) => chosen.has(s.name));
  if (priorSheets.length === 0) return { current: grid };
  return {
    current: { ...grid, sheets: grid.sheets.filter((s) => !chosen.has(s.name)) },
    priorSheets: { ...(grid.name ? { name: grid.name } : {}), sheets: priorSheets },
  };
}
