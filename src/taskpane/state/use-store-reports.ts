import { useEffect, type Dispatch } from 'react';
import type { SharedStore } from '../../app/shared-store';
import type { WorkbookHost } from '../../hosts/host';
import type { PaneAction } from './pane-state';

/**
 * The one way reports and settings reach the pane's state: the shared store, which the pane's own runs, a ribbon
 * button in this page and one in another page all write to.
 */
export function useStoreReports(store: SharedStore, host: WorkbookHost, dispatch: Dispatch<PaneAction>): void {
  useEffect(
    () =>
      store.subscribe((key) => {
        if (key === 'settings') return dispatch({ type: 'settings', settings: store.getSettings() });
        const report = key === 'validation' ? store.getValidation() : key === 'narrative' ? store.getNarrative() : undefined;
        if (report) dispatch({ type: 'report', report, history: host.undoHistory() });
      }),
    [store, host, dispatch],
  );
}
