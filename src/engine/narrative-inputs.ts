import { analyzeWorkbook, type Analysis } from './analyze';
import type { WorkbookGrid } from './grid/types';
import { readClerkTexts } from './narrative/clerk-texts';
import type { ClerkText } from './narrative/types';
import { priorFromAnalysis } from './prior/from-analysis';
import { priorFromColumns } from './prior/from-columns';
import { readReasons, type ReasonBook } from './prior/reasons';
import type { PriorYear } from './prior/types';
import type { Settings } from './settings';

/**
 * What the 情况说明 needs besides this year's tables, gathered in one place for every surface (the CLI's
 * generate and check-narrative, the pane's and the ribbons' 生成说明, 填充占比/同比 and 核对): last year's figures,
 * the clerk's reasons for changes and the clerk's texts. This year's sheets are the analysis's own workbook.
 */

/** Where last year's figures come from. */
export type PriorSource =
  | { kind: 'none' }
  /** 上年数 / 上年预算数 columns beside this year's tables, and the figures of last year a table prints itself. */
  | { kind: 'columns' }
  /** Last year's tables: a workbook of their own (a file, or the sheets of this one the clerk named). */
  | { kind: 'workbook'; grid: WorkbookGrid; name: string };

export interface LastYear {
  prior?: PriorYear;
  /** Why the source gave nothing: no 上年数 columns beside the tables, or no table recognized in last year's workbook. */
  missing?: 'no-columns' | 'no-tables';
}

export interface NarrativeInputs extends LastYear {
  reasons: ReasonBook;
  texts: ClerkText[];
}

export interface NarrativeInputOptions {
  /** Workbooks of the clerk's notes besides this one (变动原因, 情况说明素材 sheets). */
  notes?: WorkbookGrid[];
  /** The settings last year's workbook is read with; this year's by default. */
  priorSettings?: Partial<Settings>;
}

/** Last year's figures from the source, or why there are none. */
export function lastYearOf(analysis: Analysis, source: PriorSource, options: Pick<NarrativeInputOptions, 'priorSettings'> = {}): LastYear {
  switch (source.kind) {
    case 'none':
      return {};
    case 'columns': {
      const prior = priorFromColumns(analysis.workbook, analysis);
      return prior ? { prior } : { missing: 'no-columns' };
    }
    case 'workbook': {
      const last = analyzeWorkbook(source.grid, options.priorSettings ?? analysis.settings);
      return last.tables.length ? { prior: priorFromAnalysis(last, source.name) } : { missing: 'no-tables' };
    }
  }
}

/** Last year's figures, the clerk's reasons (变动原因 columns and sheets) and texts (情况说明素材), this workbook's then the notes'. */
export function narrativeInputs(analysis: Analysis, source: PriorSource, options: NarrativeInputOptions = {}): NarrativeInputs {
  const notes = options.notes ?? [];
  const reasons = readReasons(analysis.workbook, analysis);
  for (const grid of notes) reasons.entries.push(...readReasons(grid).entries);
  const texts = readClerkTexts({ sheets: [analysis.workbook, ...notes].flatMap((g) => g.sheets) });
  return { ...lastYearOf(analysis, source, options), reasons, texts };
}
