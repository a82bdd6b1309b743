import { useCallback } from 'react';
import type { NarrativeCheckFinding } from '../../app/narrative-check-report';
import { runCheckNarrative } from '../../app/run-commands';
import type { NarrativeCheckInputState } from '../components/NarrativeCheck';
import type { PaneContext } from './pane-context';

/** 核对情况说明 on the 情况说明 tab: what to check, the check, a finding clicked selects its table cell or its sentence. */
export function useNarrativeCheckActions({ host, store, state, dispatch, run, select }: PaneContext) {
  const checkNarrative = useCallback(
    () =>
      run('check', async (onProgress) => {
        const input = state.checkInput;
        const outcome = await runCheckNarrative(
          host,
          input.kind === 'text' ? { kind: 'text', text: input.text } : { kind: 'sheet', ...(input.sheet ? { sheet: input.sheet } : {}) },
          state.settings,
          { store, origin: 'pane', onProgress },
        );
        const r = outcome.report;
        return {
          sheetNames: outcome.sheetNames,
          ...(r ? { narrativeCheck: r, selectedCheckId: undefined } : {}),
          message: { intent: !r ? 'warning' : r.findings.length === 0 ? 'success' : r.counts.error > 0 ? 'error' : 'warning', text: outcome.summary },
        };
      }),
    [run, host, store, state.settings, state.checkInput],
  );

  const selectCheckFinding = useCallback(
    (f: NarrativeCheckFinding, where: 'table' | 'sentence') => {
      dispatch({ type: 'selectCheckFinding', id: f.id });
      const target = where === 'sentence' ? f.sentenceSelect : f.select ?? f.sentenceSelect;
      if (target) void select(target.sheet, target.range);
    },
    [dispatch, select],
  );

  const setCheckInput = useCallback((input: Partial<NarrativeCheckInputState>) => dispatch({ type: 'checkInput', input }), [dispatch]);

  return { checkNarrative, selectCheckFinding, setCheckInput };
}
