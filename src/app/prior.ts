import { analyzeWorkbook, type Analysis, type Settings, type WorkbookGrid } from '../engine';
import { priorFromAnalysis, priorFromColumns, type PriorYear } from '../engine';
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

function fromWorkbook(grid: WorkbookGrid, name: string, settings: Settings): ResolvedPrior {
  const analysis = analyzeWorkbook(grid, settings);
  if (analysis.tables.length === 0) return { source: 'none', note: PRIOR_TEXT.noTablesInPrior(name) };
  return { prior: priorFromAnalysis(analysis, name), source: 'workbook', name };
}

/**
 * Last year's figures as the clerk set them up: 上年数 columns beside this year's tables, sheets of
 * this workbook, or last year's workbook picked in the pane (kept in the shared store).
 */
export function resolvePrior(choice: PriorChoice, grid: WorkbookGrid, analysis: Analysis, store: SharedStore): ResolvedPrior {
  const settings = analysis.settings;
  switch (choice.kind) {
    case 'none':
      return { source: 'none' };
    case 'auto':
    case 'columns': {
      const { current } = splitWorkbook(grid, choice);
      const prior = priorFromColumns(current, analysis);
      if (prior) return { prior, source: 'columns' };
      return choice.kind === 'columns' ? { source: 'none', note: PRIOR_TEXT.noColumns } : { source: 'none' };
    }
    case 'sheets': {
      const { priorSheets } = splitWorkbook(grid, choice);
      if (!priorSheets) return { source: 'none', note: PRIOR_TEXT.noSheets };
      return fromWorkbook(priorSheets, choice.sheets.join('、'), settings);
    }
    case 'file': {
      const file = store.getPriorFile();
      if (!file) return { source: 'none', note: PRIOR_TEXT.noFile };
      return fromWorkbook(file.grid, file.name, settings);
    }
  }
}
