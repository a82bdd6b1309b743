import { useCallback } from 'react';
import { writeWithConfirm } from '../../app/run-commands';
import { S } from '../strings';
import type { PaneContext } from './pane-context';
import { failureMessage } from './use-pane-runner';

/** 清除标记 and 撤销: one host call each, whatever wrote the cells. */
export function useEditActions({ host, run, ask }: PaneContext) {
  const clearMarks = useCallback(
    () =>
      run('clear', async () => {
        const result = await host.clearMarks();
        if (!result.ok) return { message: failureMessage(result) };
        const text = result.notice ? `${S.status.cleared(result.written)}\n${result.notice}` : S.status.cleared(result.written);
        return { message: { intent: result.notice ? 'warning' : 'success', text } };
      }),
    [run, host],
  );

  const undo = useCallback(
    () =>
      run('undo', async () => {
        const label = host.undoHistory()[0]?.label ?? '';
        const result = await writeWithConfirm((overwrite) => host.undoLast(overwrite ? { overwrite } : undefined), ask('undo'));
        if (!result.ok) return { message: failureMessage(result) };
        const text = result.notice ? `${S.status.undone(label)}\n${result.notice}` : S.status.undone(label);
        return { message: { intent: result.notice ? 'warning' : 'success', text } };
      }),
    [run, host, ask],
  );

  return { clearMarks, undo };
}
