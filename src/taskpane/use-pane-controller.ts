import { useReducer } from 'react';
import type { SharedStore } from '../app/shared-store';
import type { WorkbookHost } from '../hosts/host';
import type { PaneServices } from './services/types';
import { initialPaneState, paneReducer, type PaneTab } from './state/pane-state';
import { useEditActions } from './state/use-edit-actions';
import { useFillActions } from './state/use-fill-actions';
import { useFindingsActions } from './state/use-findings-actions';
import { useNarrativeActions } from './state/use-narrative-actions';
import { useNarrativeCheckActions } from './state/use-narrative-check-actions';
import { usePaneRunner } from './state/use-pane-runner';
import { useSettingsActions } from './state/use-settings-actions';
import { useStoreReports } from './state/use-store-reports';

export type { BusyAction, PaneState, PaneTab, PendingConflict } from './state/pane-state';

/**
 * Everything the pane does, as state (state/pane-state.ts: a reducer) and actions over a WorkbookHost, the
 * shared store and the page services, one hook per tab. Components get these as props; none of them calls a
 * host itself.
 */
export function usePaneController(host: WorkbookHost, store: SharedStore, services: PaneServices) {
  const [state, dispatch] = useReducer(paneReducer, undefined, () => {
    const file = store.getPriorFile();
    return initialPaneState({
      validation: store.getValidation(),
      narrative: store.getNarrative(),
      settings: store.getSettings(),
      priorFile: file ? { name: file.name, sheets: file.grid.sheets.length, persisted: true } : {},
      history: host.undoHistory(),
    });
  });
  useStoreReports(store, host, dispatch);
  const runner = usePaneRunner(host, dispatch);
  const context = { host, store, services, state, dispatch, ...runner };

  return {
    state,
    setTab: (tab: PaneTab) => dispatch({ type: 'tab', tab }),
    dismissMessage: () => dispatch({ type: 'message' }),
    ...useFindingsActions(context),
    ...useEditActions(context),
    ...useFillActions(context),
    ...useNarrativeActions(context),
    ...useNarrativeCheckActions(context),
    ...useSettingsActions(context),
  };
}

export type PaneController = ReturnType<typeof usePaneController>;
