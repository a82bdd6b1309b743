import type { WorkbookHost } from '../hosts/host';
import { NO_HOST_MESSAGE, detectWps, requireWpsWorkbook } from '../hosts/detect';
import type { EtApplication, WpsRibbonControl, WpsRibbonUI } from '../hosts/wps/wps-types';
import { MSO_CTP_DOCK_RIGHT } from '../hosts/wps/wps-types';
import { COMMAND_TEXT, errorText } from '../app/messages';

/**
 * The callbacks wps/ribbon.xml names. WPS calls them by global name from the add-in's index.html
 * page, so `installRibbon` puts them on `window`. Each one is a plain synchronous function that starts
 * the work and returns at once: some WPS builds mishandle callbacks that return a Promise.
 */
export interface RibbonCommands {
  runValidate(host: WorkbookHost): unknown;
  runGenerate(host: WorkbookHost): unknown;
}

/** What the shared commands return that the ribbon uses: a line to show, and whether to open the pane. */
export interface CommandOutcome {
  summary?: unknown;
  needsPane?: unknown;
}

export interface RibbonDeps {
  commands: RibbonCommands;
  createHost(app: EtApplication): WorkbookHost;
  /** The page's window: reads `Application`, `location`, shows `alert`. */
  win: RibbonWindow;
}

export interface RibbonWindow {
  Application?: unknown;
  location?: { href: string };
  alert?: (message: string) => void;
  [name: string]: unknown;
}

export const TASKPANE_FILE = 'taskpane.html';
export const TASKPANE_TITLE = '预算公开助手';
const PANE_ID_KEY = 'yusuan-gongkai.taskpane-id';

/** The ribbon's busy and failed sentences are the Excel ribbon's (app/messages.ts COMMAND_TEXT), said once. */
export const BUSY_MESSAGE = COMMAND_TEXT.busy;
export function failureMessage(action: string, error: unknown): string {
  return COMMAND_TEXT.failed(action, errorText(error));
}

/** Icons shipped in the package's images/ folder, by button id. */
export const BUTTON_IMAGES: Readonly<Record<string, string>> = {
  btnValidate: 'images/validate.svg',
  btnGenerate: 'images/generate.svg',
  btnOpenPane: 'images/assistant.svg',
};

/** The folder the add-in's pages are served from, with a trailing slash (file:// offline, http online). */
export function addinBaseUrl(href: string): string {
  const clean = href.split(/[?#]/)[0];
  return clean.slice(0, clean.lastIndexOf('/') + 1);
}

export function createRibbonCallbacks(deps: RibbonDeps) {
  let busy = false;

  const notify = (message: string) => {
    if (typeof deps.win.alert === 'function') deps.win.alert(message);
  };

  /** Shows the task pane, creating it once per WPS session (its id is kept in PluginStorage). */
  const openPane = (): void => {
    const found = detectWps(deps.win);
    if (!found || found.kind !== 'wps') {
      notify(found && found.kind === 'demo' ? found.message : NO_HOST_MESSAGE);
      return;
    }
    const a = found.application;
    try {
      const storedId = a.PluginStorage?.getItem(PANE_ID_KEY);
      let existing;
      try {
        existing = storedId ? a.GetTaskPane(Number(storedId)) : undefined;
      } catch {
        // The pane was deleted: make a new one.
        existing = undefined;
      }
      if (existing) {
        existing.Visible = true;
        return;
      }
      const pane = a.CreateTaskPane(addinBaseUrl(deps.win.location?.href ?? '') + TASKPANE_FILE, TASKPANE_TITLE);
      pane.DockPosition = MSO_CTP_DOCK_RIGHT;
      pane.Visible = true;
      a.PluginStorage?.setItem(PANE_ID_KEY, pane.ID);
    } catch (error) {
      notify(failureMessage('打开助手', error));
    }
  };

  /** Runs one command without making the callback itself async. */
  const start = (action: string, run: (host: WorkbookHost) => unknown): void => {
    if (busy) {
      notify(BUSY_MESSAGE);
      return;
    }
    const found = requireWpsWorkbook(deps.win);
    if ('message' in found) {
      notify(found.message);
      return;
    }
    busy = true;
    Promise.resolve()
      .then(() => run(deps.createHost(found.application)))
      .then((outcome) => {
        const o = (typeof outcome === 'object' && outcome !== null ? outcome : {}) as CommandOutcome;
        if (o.needsPane === true) openPane();
        if (typeof o.summary === 'string' && o.summary) notify(o.summary);
      })
      .catch((error: unknown) => notify(failureMessage(action, error)))
      .then(() => {
        busy = false;
      });
  };

  const app = (): (EtApplication & { ribbonUI?: WpsRibbonUI }) | undefined =>
    deps.win.Application as (EtApplication & { ribbonUI?: WpsRibbonUI }) | undefined;

  return {
    /** customUI onLoad: keeps the ribbon object so buttons can be refreshed later. */
    onAddinLoad(ribbonUI: WpsRibbonUI): boolean {
      const a = app();
      if (a && typeof a === 'object') a.ribbonUI = ribbonUI;
      return true;
    },

    onValidate(_control?: WpsRibbonControl): void {
      start('校验', (host) => deps.commands.runValidate(host));
    },

    onGenerate(_control?: WpsRibbonControl): void {
      start('生成说明', (host) => deps.commands.runGenerate(host));
    },

    onOpenPane(_control?: WpsRibbonControl): void {
      openPane();
    },

    getButtonImage(control: WpsRibbonControl): string {
      return BUTTON_IMAGES[control?.Id] ?? '';
    },
  };
}

export type RibbonCallbacks = ReturnType<typeof createRibbonCallbacks>;

/** Puts every callback on the page's window under the name ribbon.xml uses. */
export function installRibbon(deps: RibbonDeps): RibbonCallbacks {
  const callbacks = createRibbonCallbacks(deps);
  for (const [name, fn] of Object.entries(callbacks)) deps.win[name] = fn;
  return callbacks;
}
