import type { FillPlan } from '../../app/fill';
import type { NarrativeCheckReport } from '../../app/narrative-check-report';
import type { NarrativeReport } from '../../app/narrative-report';
import type { PaneSettings } from '../../app/pane-settings';
import type { ValidationReport } from '../../app/report';
import type { Progress } from '../../app/run-commands';
import type { Conflict, UndoEntry } from '../../hosts/host';
import type { NarrativeCheckInputState } from '../components/NarrativeCheck';
import type { PaneMessage } from '../components/RunStatus';
import type { PriorFileState } from '../components/SettingsPanel';
import { S, clockTime } from '../strings';

export type PaneTab = 'findings' | 'tables' | 'fill' | 'narrative' | 'settings';
export type BusyAction = 'validate' | 'generate' | 'fill' | 'clear' | 'undo' | 'write' | 'docx' | 'check';

export interface PendingConflict {
  kind: 'write' | 'undo';
  conflicts: Conflict[];
  resolve: (confirmed: boolean) => void;
}

export interface PaneState {
  tab: PaneTab;
  busy: BusyAction | null;
  progress?: Progress;
  message?: PaneMessage;
  /** The last 校验 and 生成说明 reports: they reach the pane only through the shared store (the `report` action). */
  validation?: ValidationReport;
  narrative?: NarrativeReport;
  fillPlan?: FillPlan;
  /** As the shared store holds them (the `settings` action). */
  settings: PaneSettings;
  priorFile: PriorFileState;
  history: UndoEntry[];
  sheetNames: string[];
  /** Index in `validation.findings` of the finding last clicked. */
  selectedFinding?: number;
  conflict?: PendingConflict;
  /** 核对情况说明: what to check (kept while the clerk switches tabs), the last result, the finding last clicked. */
  checkInput: NarrativeCheckInputState;
  narrativeCheck?: NarrativeCheckReport;
  selectedCheckId?: string;
}

/** What an action leaves in the pane when it ends. */
export type ActionResult = Partial<Pick<PaneState, 'tab' | 'message' | 'sheetNames' | 'fillPlan' | 'narrativeCheck' | 'selectedCheckId'>>;

export type PaneAction =
  | { type: 'tab'; tab: PaneTab }
  | { type: 'message'; message?: PaneMessage }
  | { type: 'started'; busy: BusyAction }
  | { type: 'progress'; progress: Progress }
  | { type: 'finished'; result?: ActionResult; history: UndoEntry[] }
  | { type: 'failed'; message: PaneMessage }
  | { type: 'report'; report: ValidationReport | NarrativeReport; history: UndoEntry[] }
  | { type: 'settings'; settings: PaneSettings }
  | { type: 'settingsSaved' }
  | { type: 'priorFile'; priorFile: PriorFileState }
  | { type: 'conflict'; conflict?: PendingConflict }
  | { type: 'selectFinding'; index: number }
  | { type: 'selectCheckFinding'; id: string }
  | { type: 'checkInput'; input: Partial<NarrativeCheckInputState> };

export function initialPaneState(from: Pick<PaneState, 'validation' | 'narrative' | 'settings' | 'priorFile' | 'history'>): PaneState {
  return { tab: 'findings', busy: null, sheetNames: [], checkInput: { kind: 'sheet', sheet: '', text: '' }, ...from };
}

/** A report arrived: the pane's own run, or a ribbon button's (then, when the pane is idle, its tab is shown). */
function receive(state: PaneState, report: ValidationReport | NarrativeReport, history: UndoEntry[]): PaneState {
  const fromRibbon = report.origin === 'ribbon' && state.busy === null;
  if (report.kind === 'narrative') return { ...state, narrative: report, history, ...(fromRibbon ? { tab: 'narrative' } : {}) };
  return {
    ...state,
    validation: report,
    // Indices point into the report they came with.
    selectedFinding: undefined,
    history,
    ...(fromRibbon ? { tab: 'findings', message: { intent: 'info', text: S.status.fromRibbon(clockTime(report.at)) } } : {}),
  };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'tab':
      return { ...state, tab: action.tab };
    case 'message':
      return { ...state, message: action.message };
    case 'started':
      return { ...state, busy: action.busy, message: undefined, progress: undefined };
    case 'progress':
      return { ...state, progress: action.progress };
    case 'finished':
      return { ...state, ...action.result, history: action.history, busy: null, progress: undefined };
    case 'failed':
      return { ...state, message: action.message, busy: null, progress: undefined };
    case 'report':
      return receive(state, action.report, action.history);
    case 'settings':
      return { ...state, settings: action.settings };
    case 'settingsSaved':
      return { ...state, fillPlan: undefined, message: { intent: 'success', text: S.settings.saved } };
    case 'priorFile':
      return { ...state, priorFile: action.priorFile };
    case 'conflict':
      return { ...state, conflict: action.conflict };
    case 'selectFinding':
      return { ...state, selectedFinding: action.index };
    case 'selectCheckFinding':
      return { ...state, selectedCheckId: action.id };
    case 'checkInput':
      return { ...state, checkInput: { ...state.checkInput, ...action.input } };
  }
}
