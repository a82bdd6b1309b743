import { useCallback, useEffect, useRef, useState } from 'react';
import { NARRATIVE_LABEL, errorText } from '../app/messages';
import type { NarrativeReport } from '../app/narrative-report';
import type { PaneSettings } from '../app/pane-settings';
import { selectionForFinding, type ValidationReport } from '../app/report';
import type { TableSummary } from '../engine';
import type { FillChoice, FillPlan } from '../app/fill';
import type { NarrativeCheckFinding, NarrativeCheckReport } from '../app/narrative-check-report';
import { previewFill, runCheckNarrative, runFill, runGenerate, runValidate, writeWithConfirm, type Progress } from '../app/run-commands';
import type { SharedStore } from '../app/shared-store';
import type { ApplyResult, Conflict, UndoEntry, WorkbookHost } from '../hosts/host';
import type { NarrativeCheckInputState } from './components/NarrativeCheck';
import type { PaneMessage } from './components/RunStatus';
import type { PriorFileState } from './components/SettingsPanel';
import type { PaneServices } from './services/types';
import { narrativeFileName } from './services/narrative-docx';
import { S, clockTime } from './strings';

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
  validation?: ValidationReport;
  narrative?: NarrativeReport;
  fillPlan?: FillPlan;
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

/** The message for a write the host refused (protected sheet, failure); undefined when it went through. */
export function failureMessage(result: ApplyResult): PaneMessage | undefined {
  if (result.ok) return undefined;
  if (result.reason === 'protected') return { intent: 'error', title: S.status.protectedTitle, text: result.message };
  if (result.reason === 'conflict') return { intent: 'info', text: S.status.cancelled };
  return { intent: 'error', title: S.status.writeFailedTitle, text: result.message };
}

/**
 * Everything the pane does, as state and actions over a WorkbookHost, the shared store and the
 * page services. Components get these as props; none of them calls a host itself.
 */
export function usePaneController(host: WorkbookHost, store: SharedStore, services: PaneServices) {
  const [state, setState] = useState<PaneState>(() => {
    const file = store.getPriorFile();
    return {
      tab: 'findings',
      busy: null,
      validation: store.getValidation(),
      narrative: store.getNarrative(),
      settings: store.getSettings(),
      priorFile: file ? { name: file.name, sheets: file.grid.sheets.length, persisted: true } : {},
      history: host.undoHistory(),
      sheetNames: [],
      checkInput: { kind: 'sheet', sheet: '', text: '' },
    };
  });
  const busyRef = useRef(false);
  const patch = useCallback((p: Partial<PaneState> | ((s: PaneState) => Partial<PaneState>)) => {
    setState((s) => ({ ...s, ...(typeof p === 'function' ? p(s) : p) }));
  }, []);

  // Results of ribbon buttons (this page or another) and settings changed elsewhere.
  useEffect(
    () =>
      store.subscribe((key) => {
        if (key === 'validation') {
          const validation = store.getValidation();
          if (!validation) return;
          patch((s) => ({
            validation,
            history: host.undoHistory(),
            ...(validation.origin === 'ribbon' && !busyRef.current
              ? { tab: 'findings' as const, message: { intent: 'info' as const, text: S.status.fromRibbon(clockTime(validation.at)) } }
              : {}),
          }));
        } else if (key === 'narrative') {
          const narrative = store.getNarrative();
          if (!narrative) return;
          patch((s) => ({
            narrative,
            history: host.undoHistory(),
            ...(narrative.origin === 'ribbon' && !busyRef.current ? { tab: 'narrative' as const } : {}),
          }));
        } else if (key === 'settings') {
          patch({ settings: store.getSettings() });
        }
      }),
    [store, host, patch],
  );

  const ask = useCallback(
    (kind: PendingConflict['kind']) => (conflicts: Conflict[]) =>
      new Promise<boolean>((resolve) => {
        patch({
          conflict: {
            kind,
            conflicts,
            resolve: (confirmed) => {
              patch({ conflict: undefined });
              resolve(confirmed);
            },
          },
        });
      }),
    [patch],
  );

  /** Runs one action at a time, with progress, and turns anything thrown into a message. */
  const run = useCallback(
    async (busy: BusyAction, action: (onProgress: (p: Progress) => void) => Promise<Partial<PaneState> | void>) => {
      if (busyRef.current) return;
      busyRef.current = true;
      patch({ busy, message: undefined, progress: undefined });
      try {
        const result = await action((progress) => patch({ progress }));
        patch({ ...(result ?? {}), history: host.undoHistory() });
      } catch (e) {
        patch({ message: { intent: 'error', title: S.status.errorTitle, text: errorText(e) } });
      } finally {
        busyRef.current = false;
        patch({ busy: null, progress: undefined });
      }
    },
    [host, patch],
  );

  const validate = useCallback(
    () =>
      run('validate', async (onProgress) => {
        const outcome = await runValidate(host, state.settings, { store, origin: 'pane', onProgress });
        const r = outcome.report;
        const intent = r.tables.length === 0 ? 'warning' : r.findings.length === 0 ? 'success' : r.counts.error > 0 ? 'error' : 'warning';
        return {
          validation: r,
          tab: 'findings',
          selectedFinding: undefined,
          sheetNames: outcome.grid.sheets.map((s) => s.name),
          message: { intent, text: outcome.summary },
        };
      }),
    [run, host, store, state.settings],
  );

  const generate = useCallback(
    () =>
      run('generate', async (onProgress) => {
        const outcome = await runGenerate(host, state.settings, { store, origin: 'pane', onProgress, confirmOverwrite: ask('write') });
        if (!outcome.report) return { message: { intent: 'warning', text: outcome.summary } };
        const w = outcome.report.written;
        return {
          narrative: outcome.report,
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
        const narrative: NarrativeReport = {
          ...n,
          written: result.ok ? { ok: true, cells: result.written } : { ok: false, reason: result.reason, message: result.message },
        };
        store.setNarrative(narrative);
        return { narrative, message: result.ok ? { intent: 'success', text: S.narrative.written(n.sheet) } : failureMessage(result) };
      }),
    [run, host, store, state.narrative],
  );

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

  const select = useCallback(
    async (sheet: string, range: { top: number; left: number; bottom: number; right: number }) => {
      try {
        await host.select(sheet, range);
      } catch (e) {
        patch({ message: { intent: 'error', title: S.status.selectFailed, text: errorText(e) } });
      }
    },
    [host, patch],
  );

  const selectFinding = useCallback(
    (index: number) => {
      patch({ selectedFinding: index });
      const f = state.validation?.findings[index];
      const target = f && selectionForFinding(f);
      if (target) void select(target.sheet, target.range);
    },
    [patch, select, state.validation],
  );

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
      patch({ selectedCheckId: f.id });
      const target = where === 'sentence' ? f.sentenceSelect : f.select ?? f.sentenceSelect;
      if (target) void select(target.sheet, target.range);
    },
    [patch, select],
  );

  const setCheckInput = useCallback(
    (input: Partial<NarrativeCheckInputState>) => patch((s) => ({ checkInput: { ...s.checkInput, ...input } })),
    [patch],
  );

  const locateTable = useCallback((t: TableSummary) => void select(t.sheet, t.range), [select]);

  const saveSettings = useCallback(
    (settings: PaneSettings) => {
      store.setSettings(settings);
      patch({ settings: store.getSettings(), fillPlan: undefined, message: { intent: 'success', text: S.settings.saved } });
    },
    [store, patch],
  );

  const pickPriorFile = useCallback(
    async (file: File) => {
      patch({ priorFile: { reading: true } });
      try {
        const grid = await services.readPriorWorkbook(file);
        const { persisted } = store.setPriorFile({ name: file.name, grid });
        const settings: PaneSettings = { ...state.settings, prior: { kind: 'file', name: file.name } };
        store.setSettings(settings);
        patch({ priorFile: { name: file.name, sheets: grid.sheets.length, persisted }, settings: store.getSettings() });
      } catch (e) {
        patch({ priorFile: { error: errorText(e) } });
      }
    },
    [services, store, state.settings, patch],
  );

  const removePriorFile = useCallback(() => {
    store.setPriorFile(undefined);
    patch({ priorFile: {} });
  }, [store, patch]);

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
    patch({ message: ok ? { intent: 'success', text: S.narrative.copied } : { intent: 'warning', text: S.narrative.copyFailed } });
  }, [services, state.narrative, patch]);

  return {
    state,
    setTab: (tab: PaneTab) => patch({ tab }),
    dismissMessage: () => patch({ message: undefined }),
    validate,
    generate,
    writeNarrativeAnyway,
    planFill,
    fill,
    clearMarks,
    undo,
    selectFinding,
    checkNarrative,
    selectCheckFinding,
    setCheckInput,
    locateTable,
    saveSettings,
    pickPriorFile,
    removePriorFile,
    downloadDocx,
    copyNarrative,
    run,
    patch,
    ask,
  };
}

export type PaneController = ReturnType<typeof usePaneController>;
