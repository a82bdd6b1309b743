import { useCallback } from 'react';
import type { FillChoice } from '../../app/fill';
import { previewFill, runFill } from '../../app/run-commands';
import { S } from '../strings';
import type { PaneContext } from './pane-context';
import { failureMessage } from './use-pane-runner';

/** The 占比/同比 tab: plan, then write what the clerk chose. */
export function useFillActions({ host, store, state, run, ask }: PaneContext) {
  const planFill = useCallback(
    () =>
      run('fill', async (onProgress) => {
        const fillPlan = await previewFill(host, state.settings, { store, origin: 'pane', onProgress });
        return { fillPlan, tab: 'fill' };
      }),
    [run, host, store, state.settings],
  );

  const fill = useCallback(
    (choice: FillChoice) =>
      run('fill', async (onProgress) => {
        const outcome = await runFill(host, choice, state.settings, { store, origin: 'pane', onProgress, confirmOverwrite: ask('write') });
        if (outcome.cells === 0) return { message: { intent: 'info', text: S.fill.nothing } };
        if (!outcome.result.ok) return { message: failureMessage(outcome.result) };
        // Showing what was written is a courtesy: the write succeeded even if the sheet cannot be activated.
        if (outcome.shown) await host.select(outcome.shown.sheet, outcome.shown.range).catch(() => undefined);
        return { fillPlan: undefined, message: { intent: 'success', text: S.fill.done(outcome.result.written) } };
      }),
    [run, host, store, state.settings, ask],
  );

  return { planFill, fill };
}
