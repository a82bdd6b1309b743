import { parseRef } from '../../../src/engine/grid/address';
import { compareVersions, type FakeWorkbook } from './model';
import { FakeRequestContext } from './proxies';

/**
 * The globals an add-in sees: `Excel.run`, `Office.context.requirements` and the common
 * `Office.context.document.settings`. One call gives a runtime (task pane or ribbon commands) of
 * its own over the same document, as Excel gives each runtime its own copy of the settings.
 */

export interface FakeRuntime {
  run<T>(batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion?: string): boolean;
  documentSettings: FakeDocumentSettings;
  documentBindings: FakeDocumentBindings;
}

type Callback = (r: { status: string; value?: unknown; error?: { message: string } }) => void;

/** Office.context.document.bindings (the common API): the part used to follow cells, kept in the document. */
export class FakeDocumentBindings {
  constructor(private readonly book: FakeWorkbook) {}

  private answer(callback: Callback, value?: unknown, error?: string): void {
    const r = this.book.failBindings || error ? { status: 'failed', error: { message: error ?? '模拟的绑定故障' } } : { status: 'succeeded', value };
    Promise.resolve().then(() => callback(r));
  }

  /** `itemName` is an address ("表1!B3", "'My Sheet'!B3"); an existing id is bound again. */
  addFromNamedItemAsync(itemName: string, _type: string, options: { id: string }, callback: Callback): void {
    const bang = itemName.lastIndexOf('!');
    const sheetName = itemName.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    const sheet = this.book.sheet(sheetName);
    if (!sheet || this.book.failBindings) return this.answer(callback, undefined, 'The named item does not exist.');
    const { row, col } = parseRef(itemName.slice(bang + 1).replace(/\$/g, ''));
    this.book.bindings.set(options.id, { sheetId: sheet.id, cell: { row, col } });
    this.answer(callback, { id: options.id });
  }

  releaseByIdAsync(id: string, callback: Callback): void {
    if (!this.book.bindings.has(id) || this.book.failBindings) return this.answer(callback, undefined, 'The binding does not exist.');
    this.book.bindings.delete(id);
    this.answer(callback);
  }

  getAllAsync(callback: Callback): void {
    this.answer(callback, [...this.book.bindings.keys()].map((id) => ({ id })));
  }
}

export class FakeDocumentSettings {
  private readonly local: Map<string, unknown>;

  constructor(private readonly book: FakeWorkbook) {
    this.local = new Map(book.documentSettings);
  }

  get(name: string): unknown {
    return this.local.has(name) ? this.local.get(name) : null;
  }

  set(name: string, value: unknown): void {
    this.local.set(name, JSON.parse(JSON.stringify(value)));
  }

  remove(name: string): void {
    this.local.delete(name);
  }

  /** Reads the settings saved in the document into this runtime's copy (Office.Settings.refreshAsync). */
  refreshAsync(callback?: (r: { status: string; value: FakeDocumentSettings }) => void): void {
    this.local.clear();
    for (const [k, v] of this.book.documentSettings) this.local.set(k, JSON.parse(JSON.stringify(v)));
    Promise.resolve().then(() => callback?.({ status: 'succeeded', value: this }));
  }

  saveAsync(a?: unknown, b?: unknown): void {
    const callback = (typeof a === 'function' ? a : b) as ((r: { status: string }) => void) | undefined;
    this.book.documentSettings.clear();
    for (const [k, v] of this.local) this.book.documentSettings.set(k, v);
    Promise.resolve().then(() => callback?.({ status: 'succeeded' }));
  }
}

export function createRuntime(book: FakeWorkbook): FakeRuntime {
  return {
    async run<T>(batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T> {
      const ctx = new FakeRequestContext(book);
      const result = await batch(ctx);
      // Excel.run sends whatever the batch function left queued.
      if (ctx.pendingCommands > 0) await ctx.sync();
      return result;
    },
    isSetSupported(name: string, minVersion = '1.1'): boolean {
      return name === 'ExcelApi' && compareVersions(book.excelApiVersion, minVersion) >= 0;
    },
    documentSettings: new FakeDocumentSettings(book),
    documentBindings: new FakeDocumentBindings(book),
  };
}

/** Puts `Excel` and `Office` on globalThis for code that uses the globals; returns the undo. */
export function installOfficeGlobals(book: FakeWorkbook): { runtime: FakeRuntime; uninstall: () => void } {
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  const runtime = createRuntime(book);
  g.Excel = { run: runtime.run };
  g.Office = {
    context: {
      requirements: { isSetSupported: runtime.isSetSupported },
      document: { settings: runtime.documentSettings, bindings: runtime.documentBindings },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
  return {
    runtime,
    uninstall: () => {
      g.Excel = before.Excel;
      g.Office = before.Office;
    },
  };
}
