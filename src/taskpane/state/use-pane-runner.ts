import { useCallback, useRef, type Dispatch } from 'react';
import { errorText } from '../../app/messages';
import type { Progress } from '../../app/run-commands';
import type { ApplyResult, Conflict, WorkbookHost } from '../../hosts/host';
import type { PaneMessage } from '../components/RunStatus';
import { S } from '../strings';
import type { ActionResult, BusyAction, PaneAction, PendingConflict } from './pane-state';

/** The message for a write the host refused (protected sheet, failure); undefined when it went through. */
export function failureMessage(result: ApplyResult): PaneMessage | undefined {
  if (result.ok) return undefined;
  if (result.reason === 'protected') return { intent: 'error', title: S.status.protectedTitle, text: result.message };
  if (result.reason === 'conflict') return { intent: 'info', text: S.status.cancelled };
  return { intent: 'error', title: S.status.writeFailedTitle, text: result.message };
}

export type RunAction = (busy: BusyAction, action: (onProgress: (p: Progress) => void) => Promise<ActionResult | void>) => Promise<void>;

/**
 * What every action of the pane stands on: one action at a time with its progress, anything thrown turned into a
 * message, conflicts asked through the dialog, and cells selected in the sheet.
 */
export function usePaneRunner(host: WorkbookHost, dispatch: Dispatch<PaneAction>) {
  // A ref, not state: a second click in the same frame must see the first.
  const busyRef = useRef(false);

  const run: RunAction = useCallback(
    async (busy, action) => {
      if (busyRef.current) return;
      busyRef.current = true;
      dispatch({ type: 'started', busy });
      try {
        const result = await action((progress) => dispatch({ type: 'progress', progress }));
        dispatch({ type: 'finished', result: result ?? undefined, history: host.undoHistory() });
      } catch (e) {
        dispatch({ type: 'failed', message: { intent: 'error', title: S.status.errorTitle, text: errorText(e) } });
      } finally {
        busyRef.current = false;
      }
    },
    [host, dispatch],
  );

  const ask = useCallback(
    (kind: PendingConflict['kind']) => (conflicts: Conflict[]) =>
      new Promise<boolean>((resolve) => {
        const conflict: PendingConflict = {
          kind,
          conflicts,
          resolve: (confirmed) => {
            dispatch({ type: 'conflict' });
            resolve(confirmed);
          },
        };
        dispatch({ type: 'conflict', conflict });
      }),
    [dispatch],
  );

  const select = useCallback(
    async (sheet: string, range: { top: number; left: number; bottom: number; right: number }) => {
      try {
        await host.select(sheet, range);
      } catch (e) {
        dispatch({ type: 'message', message: { intent: 'error', title: S.status.selectFailed, text: errorText(e) } });
      }
    },
    [host, dispatch],
  );

  return { run, ask, select };
}

export type PaneRunner = ReturnType<typeof usePaneRunner>;
