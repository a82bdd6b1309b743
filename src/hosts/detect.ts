import type { EtApplication } from './wps/wps-types';

/**
 * Which spreadsheet the page runs in, decided once at start. WPS is checked first: a WPS add-in page
 * gets `window.Application` injected, and may also have office.js loaded (the same pane bundle serves
 * both), which on its own proves nothing.
 */
export type HostDetection =
  | { kind: 'wps'; application: EtApplication }
  | { kind: 'excel' }
  | { kind: 'demo'; reason: 'no-host' | 'wps-not-et' | 'no-workbook'; message: string };

export const NO_HOST_MESSAGE =
  '未检测到 WPS 表格或 Excel：当前页面是在普通浏览器中打开的，已进入演示模式。请在 WPS 表格的“预算公开”选项卡或 Excel 的加载项中打开本助手，才能读取和标注您的工作簿。';
export const WPS_NOT_ET_MESSAGE = '本助手只能在 WPS 表格中使用，当前是 WPS 文字或演示。请在 WPS 表格中打开预算公开工作簿后再使用。';
export const NO_WORKBOOK_MESSAGE = 'WPS 表格中没有打开的工作簿。请先打开预算公开工作簿，再点“预算公开”选项卡中的按钮。';

interface HostWindow {
  Application?: unknown;
  wps?: unknown;
  Office?: { onReady?: (cb?: unknown) => Promise<{ host?: unknown } | undefined> };
}

/** The page's global object, without naming `globalThis` (Chrome 71+) where it may not exist. */
function pageGlobal(): unknown {
  if (typeof window !== 'undefined') return window;
  return typeof globalThis !== 'undefined' ? globalThis : {};
}

function isObject(v: unknown): v is Record<string, unknown> {
  return (typeof v === 'object' || typeof v === 'function') && v !== null;
}

/** The WPS add-in root has these beside the ET object model; Excel and browsers have neither. */
function isWpsAddinRoot(app: Record<string, unknown>): boolean {
  return 'PluginStorage' in app || typeof app.CreateTaskPane === 'function';
}

/** Synchronous part: WPS (or "not WPS"). Returns undefined when the answer depends on office.js. */
export function detectWps(win: unknown): HostDetection | undefined {
  const w = (isObject(win) ? win : {}) as HostWindow;
  const app = isObject(w.Application) ? w.Application : isObject(w.wps) ? w.wps : undefined;
  if (!app || !isWpsAddinRoot(app)) return undefined;
  if (!('Workbooks' in app)) return { kind: 'demo', reason: 'wps-not-et', message: WPS_NOT_ET_MESSAGE };
  return { kind: 'wps', application: app as unknown as EtApplication };
}

/**
 * WPS globals first, then Office (office.js says whether it runs inside Excel), else the browser demo
 * with a Chinese explanation. `officeTimeoutMs` bounds the wait for office.js outside Office.
 */
export async function detectHost(win: unknown = pageGlobal(), officeTimeoutMs = 3000): Promise<HostDetection> {
  const wps = detectWps(win);
  if (wps) return wps;
  const office = (isObject(win) ? (win as HostWindow) : {}).Office;
  if (office && typeof office.onReady === 'function') {
    const onReady = office.onReady.bind(office);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const info = await Promise.race([
      Promise.resolve()
        .then(() => onReady())
        .catch(() => undefined),
      new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), officeTimeoutMs))),
    ]);
    clearTimeout(timer);
    // office.js reports host 'Excel' inside Excel and null in a plain browser.
    if (info && typeof info.host === 'string' && info.host.toLowerCase() === 'excel') return { kind: 'excel' };
  }
  return { kind: 'demo', reason: 'no-host', message: NO_HOST_MESSAGE };
}

/** For the WPS ribbon page: the ET application with an open workbook, or the message to show. */
export function requireWpsWorkbook(win: unknown = pageGlobal()): { application: EtApplication } | { message: string } {
  const d = detectWps(win);
  if (!d) return { message: NO_HOST_MESSAGE };
  if (d.kind !== 'wps') return { message: (d as { message: string }).message };
  if (!d.application.ActiveWorkbook) return { message: NO_WORKBOOK_MESSAGE };
  return { application: d.application };
}
