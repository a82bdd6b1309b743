import type { WorkbookHost } from '../hosts/host';
import { COMMAND_TEXT, errorText } from '../app/messages';
import { runGenerate, runValidate } from '../app/run-commands';
import { getSharedStore, type SharedStore } from '../app/shared-store';

/**
 * The Excel ribbon's 校验 and 生成说明 buttons (manifest: ExecuteFunction `validate` and
 * `generateNarrative`). Each runs without the pane having been opened, then shows its result:
 *
 * - With the shared runtime (SharedRuntime 1.1: the function file *is* the task pane page), a result
 *   worth looking at opens the pane with Office.addin.showAsTaskpane(); the pane, living in the same
 *   page, hears the shared store and shows the findings or the 情况说明.
 * - Without it (commands run in commands.html, a page of their own), or when there is nothing to
 *   look at ("未发现问题"), a small dialog (notice.html) says the result in one or two sentences;
 *   the report waits in localStorage for when the clerk opens the pane.
 *
 * Each handler calls event.completed() exactly once, after the notice is closed, whatever happened.
 */

export interface CommandEvent {
  completed(options?: unknown): void;
}

/** The parts of Office.js the commands use, so tests can pass a fake. */
export interface OfficeCommandApi {
  actions?: { associate(name: string, handler: (event: CommandEvent) => unknown): void };
  addin?: { showAsTaskpane(): Promise<void> };
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    ui?: {
      displayDialogAsync(
        url: string,
        options: { height?: number; width?: number; displayInIframe?: boolean },
        callback: (result: { status: string; value?: OfficeDialog; error?: { message: string } }) => void,
      ): void;
    };
  };
  EventType?: { DialogMessageReceived: string; DialogEventReceived: string };
  AsyncResultStatus?: { Succeeded: string };
}

interface OfficeDialog {
  addEventHandler(type: string, handler: (arg: unknown) => void): void;
  close(): void;
}

export interface ExcelCommandDeps {
  /** The host the commands work on; in the shared runtime, the pane's own. */
  getHost: () => WorkbookHost;
  office: OfficeCommandApi;
  store?: SharedStore;
  /** Absolute URL of notice.html (same origin as the add-in, as the dialog API requires). */
  noticeUrl: string;
  /** Checked before a command runs; a failure is shown as the notice. */
  checkRequirements?: () => { ok: true } | { ok: false; message: string };
  /** A notice left open is given up on after this long, so the button completes. Default 10 minutes. */
  noticeTimeoutMs?: number;
}

export const COMMAND_IDS = { validate: 'validate', generate: 'generateNarrative' } as const;

export function supportsSharedRuntime(office: OfficeCommandApi): boolean {
  try {
    return office.context.requirements.isSetSupported('SharedRuntime', '1.1') && typeof office.addin?.showAsTaskpane === 'function';
  } catch {
    return false;
  }
}

export function noticeHref(base: string, message: string, title: string = COMMAND_TEXT.title): string {
  const url = new URL(base);
  url.searchParams.set('t', title);
  url.searchParams.set('m', message);
  return url.toString();
}

/** Shows a short message in a dialog and resolves when the clerk closes it (or it cannot be shown). */
export function showNotice(deps: ExcelCommandDeps, message: string): Promise<void> {
  const { office } = deps;
  const ui = office.context.ui;
  if (!ui) return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    let dialog: OfficeDialog | undefined;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        /* already closed by the clerk */
      }
      resolve();
    };
    const timer = setTimeout(finish, deps.noticeTimeoutMs ?? 10 * 60 * 1000);
    ui.displayDialogAsync(noticeHref(deps.noticeUrl, message), { height: 30, width: 30, displayInIframe: true }, (result) => {
      const succeeded = office.AsyncResultStatus?.Succeeded ?? 'succeeded';
      if (result.status !== succeeded || !result.value) {
        finish();
        return;
      }
      dialog = result.value;
      dialog.addEventHandler(office.EventType?.DialogMessageReceived ?? 'dialogMessageReceived', finish);
      dialog.addEventHandler(office.EventType?.DialogEventReceived ?? 'dialogEventReceived', finish);
    });
  });
}

/** The pane when the result needs it and this Excel can open it from a command; else the notice. */
async function reveal(deps: ExcelCommandDeps, summary: string, wantPane: boolean): Promise<void> {
  if (wantPane && supportsSharedRuntime(deps.office)) {
    try {
      await deps.office.addin!.showAsTaskpane();
      return;
    } catch {
      // Fall back to telling the clerk where to look.
    }
  }
  await showNotice(deps, wantPane ? `${summary}\n${COMMAND_TEXT.openPaneHint}` : summary);
}

export function createExcelCommandHandlers(deps: ExcelCommandDeps) {
  let busy = false;
  const store = deps.store ?? getSharedStore();

  const handle = (action: string, run: (host: WorkbookHost) => Promise<{ summary: string; needsPane: boolean }>) =>
    async (event: CommandEvent): Promise<void> => {
      try {
        if (busy) {
          await showNotice(deps, COMMAND_TEXT.busy);
          return;
        }
        busy = true;
        try {
          const check = deps.checkRequirements?.() ?? { ok: true };
          if (!check.ok) {
            await showNotice(deps, check.message);
            return;
          }
          const outcome = await run(deps.getHost());
          await reveal(deps, outcome.summary, outcome.needsPane);
        } finally {
          busy = false;
        }
      } catch (e) {
        await showNotice(deps, COMMAND_TEXT.failed(action, errorText(e)));
      } finally {
        event.completed();
      }
    };

  return {
    validate: handle('校验', (host) => runValidate(host, undefined, { store, origin: 'ribbon' })),
    generate: handle('生成说明', (host) => runGenerate(host, undefined, { store, origin: 'ribbon' })),
  };
}

/** Associates the ribbon's function names with the handlers; returns false where Office has no actions API. */
export function registerExcelCommands(deps: ExcelCommandDeps): boolean {
  const actions = deps.office.actions;
  if (!actions || typeof actions.associate !== 'function') return false;
  const handlers = createExcelCommandHandlers(deps);
  actions.associate(COMMAND_IDS.validate, handlers.validate);
  actions.associate(COMMAND_IDS.generate, handlers.generate);
  return true;
}
