import { lastYearOf, narrativeInputs, type Analysis, type NarrativeInputs, type PriorSource, type PriorYear, type WorkbookGrid } from '../engine';
import type { PriorChoice } from './pane-settings';
import type { SharedStore } from './shared-store';
import { splitWorkbook } from './workbook-split';
import { PRIOR_TEXT } from './messages';


export interface ResolvedPrior {
  prior?: PriorYear;
  source: 'columns' | 'workbook' | 'none';
  name?: string;
  /** Why no prior year was used although one was asked for. */
  note?: string;
}

/** Where the settings say last year's figures are, or why they cannot be had (sheets gone, no file read). */
function sourceOf(choice: PriorChoice, grid: WorkbookGrid, store: SharedStore): { source: PriorSource; note?: string } {
  switch (choice.kind) {
    case 'none':
      return { source: { kind: 'none' } };
    case 'auto':
    case 'columns':
      return { source: { kind: 'columns' } };
    case 'sheets': {
      const { priorSheets } = splitWorkbook(grid, choice);
      return priorSheets ? { source: { kind: 'workbook', grid: priorSheets, name: choice.sheets.join('、') } } : { source: { kind: 'none' }, note: PRIOR_TEXT.noSheets };
    }
    case 'file': {
      const file = store.getPriorFile();
      return file ? { source: { kind: 'workbook', grid: file.grid, name: file.name } } : { source: { kind: 'none' }, note: PRIOR_TEXT.noFile };
    }
  }
}

/** What the engine found for the source, as the pane reports it (a 'columns' choice says when there are none; 'auto' does not). */
function resolved(choice: PriorChoice, asked: { source: PriorSource; note?: string }, found: { prior?: PriorYear; missing?: 'no-columns' | 'no-tables' }): ResolvedPrior {
  const { source } = asked;
  if (found.prior) return { prior: found.prior, source: source.kind === 'workbook' ? 'workbook' : 'columns', ...(source.kind === 'workbook' ? { name: source.name } : {}) };
  if (asked.note) return { source: 'none', note: asked.note };
  if (found.missing === 'no-tables' && source.kind === 'workbook') return { source: 'none', note: PRIOR_TEXT.noTablesInPrior(source.name) };
  if (found.missing === 'no-columns' && choice.kind === 'columns') return { source: 'none', note: PRIOR_TEXT.noColumns };
  return { source: 'none' };
}

/**
 * Last year's figures as the clerk set them up: 上年数 columns beside this year's tables, sheets of
 * this workbook, or last year's workbook picked in the pane (kept in the shared store). `analysis` is
 * of this year's sheets (splitWorkbook), `grid` the workbook as read.
 */
export function resolvePrior(choice: PriorChoice, grid: WorkbookGrid, analysis: Analysis, store: SharedStore): ResolvedPrior {
  const asked = sourceOf(choice, grid, store);
  return resolved(choice, asked, lastYearOf(analysis, asked.source));
}

/** resolvePrior, and the clerk's reasons and texts from this year's sheets: what 生成说明 needs (the engine's narrativeInputs). */
export function resolveNarrativeInputs(choice: PriorChoice, grid: WorkbookGrid, analysis: Analysis, store: SharedStore): { prior: ResolvedPrior; inputs: NarrativeInputs } {
  const asked = sourceOf(choice, grid, store);
  const inputs = narrativeInputs(analysis, asked.source);
  return { prior: resolved(choice, asked, inputs), inputs };
}
