import { a1 } from '../../engine';
import type { CellRange } from '../../engine';
import { NO_WORKBOOK_MESSAGE } from '../detect';
import type { ApplyResult, CellInput, EditBatch, Mark, UndoEntry, WorkbookHost, WorkbookRead, WriteOptions } from '../host';
import type { EditJournal } from '../journal';
import { HOST_MESSAGES } from '../messages';
import { SheetLookup } from './cell-io';
import { planApplyEdits, planUndo, planWriteSheet } from './edit-ops';
import { HiddenSheetJournalStore, type WpsJournalStore } from './journal-store';
import { planMarks } from './mark-ops';
import { MAX_SHEET_CELLS, readWorkbookFrom } from './read-workbook';
import { runWrite, type PlannedWrite, type RunnerContext } from './write-runner';
import type { EtApplication, EtWorkbook } from './wps-types';

export interface WpsHostOptions {
  store?: WpsJournalStore;
  maxSheetCells?: number;
  now?: () => Date;
}

/**
 * WorkbookHost over the WPS 表格 JS object model (`window.Application` in a WPS add-in page). Every
 * call works on the workbook active at that moment and reads the edit journal from it, so the ribbon
 * page and the task pane, each with its own host, see the same history.
 */
export class WpsHost implements WorkbookHost {
  readonly kind = 'wps' as const;
  private readonly store: WpsJournalStore;
  private readonly maxSheetCells: number;
  private readonly now: () => Date;

  constructor(
    private readonly app: EtApplication,
    options: WpsHostOptions = {},
  ) {
    this.store = options.store ?? new HiddenSheetJournalStore(app.PluginStorage);
    this.maxSheetCells = options.maxSheetCells ?? MAX_SHEET_CELLS;
    this.now = options.now ?? (() => new Date());
  }

  private book(): EtWorkbook | null {
    return this.app.ActiveWorkbook;
  }

  private context(book: EtWorkbook): RunnerContext {
    const sheets = new SheetLookup(book);
    return { app: this.app, book, store: this.store, sheet: (n) => sheets.get(n), forget: (n) => sheets.forget(n) };
  }

  private write(plan: (ctx: RunnerContext) => (journal: EditJournal) => PlannedWrite | ApplyResult): ApplyResult {
    const book = this.book();
    if (!book) return { ok: false, reason: 'failed', message: NO_WORKBOOK_MESSAGE };
    const ctx = this.context(book);
    return runWrite(ctx, plan(ctx));
  }

  async readWorkbook(): Promise<WorkbookRead> {
    const book = this.book();
    if (!book) throw new Error(NO_WORKBOOK_MESSAGE);
    return readWorkbookFrom(book, this.maxSheetCells);
  }

  async applyEdits(batch: EditBatch): Promise<ApplyResult> {
    return this.write((ctx) => planApplyEdits(ctx, batch, this.now));
  }

  async writeSheet(name: string, rows: CellInput[][], label: string, options: WriteOptions = {}): Promise<ApplyResult> {
    return this.write((ctx) => planWriteSheet(ctx, name, rows, label, options, this.now));
  }

  async mark(marks: Mark[]): Promise<ApplyResult> {
    return this.write((ctx) => planMarks(ctx, marks));
  }

  async clearMarks(): Promise<ApplyResult> {
    return this.write((ctx) => planMarks(ctx, []));
  }

  async undoLast(options: WriteOptions = {}): Promise<ApplyResult> {
    return this.write((ctx) => planUndo(ctx, options));
  }

  undoHistory(): UndoEntry[] {
    const book = this.book();
    return book ? this.store.load(book).history() : [];
  }

  async select(sheet: string, range: CellRange): Promise<void> {
    const book = this.book();
    if (!book) throw new Error(NO_WORKBOOK_MESSAGE);
    const ws = new SheetLookup(book).get(sheet);
    if (!ws) throw new Error(HOST_MESSAGES.selectFailed(sheet));
    try {
      ws.Activate();
      ws.Range(`${a1(range.top, range.left)}:${a1(range.bottom, range.right)}`).Select();
    } catch {
      throw new Error(HOST_MESSAGES.selectFailed(sheet));
    }
  }
}

export function createWpsHost(app: EtApplication, options?: WpsHostOptions): WpsHost {
  return new WpsHost(app, options);
}
