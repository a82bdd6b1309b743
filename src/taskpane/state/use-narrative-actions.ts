import { useCallback } from 'react';
import { NARRATIVE_LABEL, errorText } from '../../app/messages';
import { runGenerate } from '../../app/run-commands';
import { narrativeFileName } from '../services/narrative-docx';
import { S } from '../strings';
import type { PaneContext } from './pane-context';
import { failureMessage } from './use-pane-runner';

/** 生成说明 and the generated text on the 情况说明 tab: write it anyway, download the .docx, copy it. */
export function useNarrativeActions({ host, store, services, state, dispatch, run, ask }: PaneContext) {
  const generate = useCallback(
    () =>
      run('generate', async (onProgress) => {
        // The report itself reaches the pane through the store (useStoreReports).
        const outcome = await runGenerate(host, state.settings, { store, origin: 'pane', onProgress, confirmOverwrite: ask('write') });
        if (!outcome.report) return { message: { intent: 'warning', text: outcome.summary } };
        const w = outcome.report.written;
        return {
          tab: 'narrative',
          message: w.ok
            ? { intent: 'success', text: outcome.summary }
            : w.reason === 'conflict'
              ? { intent: 'warning', text: outcome.summary }
              : { intent: 'error', title: w.reason === 'protected' ? S.status.protectedTitle : S.status.writeFailedTitle, text: w.message },
        };
      }),
    [run, host, store, state.settings, ask],
  );

  const writeNarrativeAnyway = useCallback(
    () =>
      run('write', async () => {
        const n = state.narrative;
        if (!n) return;
        const result = await host.writeSheet(n.sheet, n.rows, NARRATIVE_LABEL, { overwrite: true });
        store.setNarrative({
          ...n,
          written: result.ok ? { ok: true, cells: result.written } : { ok: false, reason: result.reason, message: result.message },
        });
        return { message: result.ok ? { intent: 'success', text: S.narrative.written(n.sheet) } : failureMessage(result) };
      }),
    [run, host, store, state.narrative],
  );

  const downloadDocx = useCallback(
    () =>
      run('docx', async () => {
        const n = state.narrative;
        if (!n) return;
        try {
          services.download(await services.narrativeDocx(n), narrativeFileName(n));
        } catch (e) {
          return { message: { intent: 'error', text: S.narrative.downloadFailed(errorText(e)) } };
        }
      }),
    [run, services, state.narrative],
  );

  const copyNarrative = useCallback(async () => {
    const n = state.narrative;
    if (!n) return;
    const ok = await services.copyText(n.text);
    dispatch({ type: 'message', message: ok ? { intent: 'success', text: S.narrative.copied } : { intent: 'warning', text: S.narrative.copyFailed } });
  }, [services, state.narrative, dispatch]);

  return { generate, writeNarrativeAnyway, downloadDocx, copyNarrative };
}
