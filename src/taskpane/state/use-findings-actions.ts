import { useCallback } from 'react';
import { selectionForFinding } from '../../app/report';
import { runValidate } from '../../app/run-commands';
import type { TableSummary } from '../../engine';
import type { PaneContext } from './pane-context';

/** 校验, and the 问题 and 表格 tabs: a finding or a table clicked selects its cells. */
export function useFindingsActions({ host, store, state, dispatch, run, select }: PaneContext) {
  const validate = useCallback(
    () =>
      run('validate', async (onProgress) => {
        // The report itself reaches the pane through the store (useStoreReports).
        const outcome = await runValidate(host, state.settings, { store, origin: 'pane', onProgress });
        const r = outcome.report;
        const intent = r.tables.length === 0 ? 'warning' : r.findings.length === 0 ? 'success' : r.counts.error > 0 ? 'error' : 'warning';
        return { tab: 'findings', sheetNames: outcome.grid.sheets.map((s) => s.name), message: { intent, text: outcome.summary } };
      }),
    [run, host, store, state.settings],
  );

  const selectFinding = useCallback(
    (index: number) => {
      dispatch({ type: 'selectFinding', index });
      const f = state.validation?.findings[index];
      const target = f && selectionForFinding(f);
      if (target) void select(target.sheet, target.range);
    },
    [dispatch, select, state.validation],
  );

  const locateTable = useCallback((t: TableSummary) => void select(t.sheet, t.range), [select]);

  return { validate, selectFinding, locateTable };
}
