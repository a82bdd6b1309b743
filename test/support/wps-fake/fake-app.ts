import type { EtApplication, EtScalar, WpsPluginStorage, WpsRibbonUI, WpsTaskPane } from '../../../src/hosts/wps/wps-types';
import { FakeWorkbook } from './fake-workbook';

/** One change the fake is about to make; a test's `failWrite` may answer with an error to throw. */
export interface FakeWrite {
  kind: 'value' | 'fill' | 'comment' | 'sheet' | 'name';
  sheet: string;
  /** '$B$3' style, '' for sheet operations. */
  address: string;
  /** Top-left cell as 'B3'. */
  cell: string;
}

class FakePluginStorage implements WpsPluginStorage {
  private readonly items = new Map<string, string | number | boolean>();
  setItem(key: string, value: string | number | boolean): void {
    this.items.set(key, value);
  }
  getItem(key: string): string | number | boolean | undefined {
    return this.items.get(key);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/**
 * A synchronous in-memory stand-in for `window.Application` in a WPS 表格 add-in, written from the
 * JSAPI documentation (see docs/wps.md): 1-based collections, Value2 as a scalar for one cell and a
 * 2-D array otherwise, error cells as COM error numbers, BGR colours, comments, protected sheets
 * that throw, and Select/Activate that need the active sheet.
 */
export class FakeEtApplication implements EtApplication {
  readonly Name = 'WPS 表格';
  readonly Version = '12.1.0';
  readonly Build = '12.1.0.17827';
  ScreenUpdating = true;
  DisplayAlerts = true;
  readonly PluginStorage = new FakePluginStorage();
  ribbonUI?: WpsRibbonUI;
  readonly workbooks: FakeWorkbook[] = [];
  readonly taskPanes: Array<WpsTaskPane & { url: string; title?: string }> = [];
  selection: { sheet: string; address: string } | undefined;
  alertsShown = 0;
  readonly stats = { value2Reads: 0, writes: 0 };
  /** What an empty cell reads as in Value2 (undefined on the builds we know of; configurable). */
  emptyValue: EtScalar = undefined;
  /** Return an Error to make that write throw (after protection is checked). `n` counts writes from 1. */
  failWrite: ((w: FakeWrite, n: number) => Error | undefined) | undefined;

  get Workbooks(): { readonly Count: number } {
    return { Count: this.workbooks.length };
  }

  get ActiveWorkbook(): FakeWorkbook | null {
    return this.workbooks[0] ?? null;
  }

  get ActiveSheet(): ReturnType<FakeWorkbook['sheet']> | null {
    return this.ActiveWorkbook?.activeSheet ?? null;
  }

  CreateTaskPane(url: string, title?: string): WpsTaskPane {
    const pane = {
      ID: this.taskPanes.length + 1,
      Visible: false,
      DockPosition: 2,
      Width: 360,
      url,
      title,
      Navigate(u: string) {
        this.url = u;
      },
      Delete: () => {
        const i = this.taskPanes.indexOf(pane);
        if (i >= 0) this.taskPanes.splice(i, 1);
      },
    };
    this.taskPanes.push(pane);
    return pane;
  }

  GetTaskPane(id: number): WpsTaskPane | null {
    return this.taskPanes.find((p) => p.ID === id) ?? null;
  }

  // ---- test helpers ----

  /** Opens a new workbook and makes it the active one. */
  addWorkbook(name?: string): FakeWorkbook {
    const wb = new FakeWorkbook(this, name);
    this.workbooks.unshift(wb);
    return wb;
  }
}

export function createFakeEt(): { app: FakeEtApplication; book: FakeWorkbook } {
  const app = new FakeEtApplication();
  const book = app.addWorkbook();
  return { app, book };
}
