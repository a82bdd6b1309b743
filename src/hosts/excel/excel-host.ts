import type { CellRange } from '../../engine';
import type {
  ApplyResult,
  CellInput,
  EditBatch,
  Mark,
  UndoEntry,
  WorkbookHost,
  WorkbookRead,
  WriteOptions,
} from '../host';
import { EditJournal } from '../journal';
import { HOST_MESSAGES } from '../messages';
import { BindingAnchors, type CommonBindings } from './binding-anchors';
import { errorCode, rangeAddress } from './cell-io';
import { prepareApplyEdits, prepareUndo, prepareWriteSheet } from './edit-ops';
import { DocumentSettingsStore, WorkbookSettingsStore, type DocumentSettings, type JournalStore } from './journal-store';
import { prepareClearMarks, prepareMark } from './mark-ops';
import { MAX_SHEET_CELLS, readWorkbook, type SheetInfo } from './read-workbook';
import {
  REQUIREMENT_MESSAGES,
  detectFeatures,
  type ExcelFeatures,
  type IsSetSupported,
} from './requirements';
import { runWrite, type Prepare } from './write-runner';

export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** Defaults to the global `Excel.run`. */
  run?: ExcelRun;
  /** Defaults to `Office.context.requirements.isSetSupported`. */
  isSetSupported?: IsSetSupported;
  /** Defaults to `Office.context.document.settings` (used only without ExcelApi 1.4). */
  documentSettings?: () => DocumentSettings;
  /** Defaults to `Office.context.document.bindings` (used only without ExcelApi 1.7, to follow the journal's cells). */
  documentBindings?: () => CommonBindings | undefined;
  /** Used ranges with more cells than this are not read. */
  maxSheetCells?: number;
  now?: () => Date;
}

/**
 * The WorkbookHost for Excel (Office.js). Reads take three round trips whatever the number of
 * sheets; writes take two (read the targets, write), see write-runner.ts. The edit journal lives in
 * the document (journal-store.ts); the host keeps the last one it saw to plan reads with.
 */
export class ExcelHost implements WorkbookHost {
  readonly kind = 'excel' as const;

  private readonly run: ExcelRun;
  private readonly isSetSupported: IsSetSupported;
  private readonly documentSettings: () => DocumentSettings;
  private readonly documentBindings: () => CommonBindings | undefined;
  private readonly maxSheetCells: number;
  private readonly now: () => Date;
  private featureCache: ExcelFeatures | undefined;
  private storeCache: JournalStore | undefined;
  private journal: EditJournal | undefined;
  private knownSheets = new Set<string>();
  private sheetList: SheetInfo[] | undefined;

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.isSetSupported =
      options.isSetSupported ?? ((name, version) => Office.context.requirements.isSetSupported(name, version));
    this.documentSettings = options.documentSettings ?? (() => Office.context.document.settings);
    this.documentBindings = options.documentBindings ?? (() => Office.context.document.bindings as unknown as CommonBindings);
    this.maxSheetCells = options.maxSheetCells ?? MAX_SHEET_CELLS;
    this.now = options.now ?? (() => new Date());
  }

  /** Whether this Excel has what the core path needs (ExcelApi 1.1), with a message for the clerk if not. */
  checkRequirements(): { ok: true } | { ok: false; message: string } {
    try {
      return this.isSetSupported('ExcelApi', '1.1') ? { ok: true } : { ok: false, message: REQUIREMENT_MESSAGES.tooOld };
    } catch {
      return { ok: false, message: REQUIREMENT_MESSAGES.notExcel };
    }
  }

  private get features(): ExcelFeatures {
    return (this.featureCache ??= detectFeatures(this.isSetSupported));
  }

  private get store(): JournalStore {
    const bindings = this.features.anchors ? undefined : new BindingAnchors(this.documentBindings);
    return (this.storeCache ??= this.features.workbookSettings
      ? new WorkbookSettingsStore(this.features.anchors, bindings)
      : new DocumentSettingsStore(this.documentSettings, bindings));
  }

  async readWorkbook(): Promise<WorkbookRead> {
    await this.store.refresh();
    return this.run(async (ctx) => {
      const loadJournal = this.store.queueLoad(ctx);
      const { sheetInfo, ...grid } = await readWorkbook(ctx, this.features, this.maxSheetCells);
      this.remember(loadJournal(), sheetInfo);
      return grid;
    });
  }

  applyEdits(batch: EditBatch): Promise<ApplyResult> {
    if (batch.edits.length === 0) return Promise.resolve({ ok: true, written: 0 });
    return this.write(prepareApplyEdits(batch, this.now));
  }

  async writeSheet(name: string, rows: CellInput[][], label: string, options: WriteOptions = {}): Promise<ApplyResult> {
    const result = await this.write(
      prepareWriteSheet(name, rows, label, options, this.now, () => this.knownSheets, (n) => this.knownSheets.delete(n)),
    );
    // The sheet list of this write was read before the sheet existed; the next write reads it in its first trip.
    if (result.ok) this.knownSheets.add(name);
    return result;
  }

  mark(marks: Mark[]): Promise<ApplyResult> {
    return this.write(prepareMark(marks));
  }

  clearMarks(): Promise<ApplyResult> {
    return this.write(prepareClearMarks());
  }

  undoLast(options: WriteOptions = {}): Promise<ApplyResult> {
    return this.write(prepareUndo(options));
  }

  undoHistory(): UndoEntry[] {
    return this.journal?.history() ?? [];
  }

  async select(sheet: string, range: CellRange): Promise<void> {
    try {
      await this.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(rangeAddress(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1)).select();
        await ctx.sync();
      });
    } catch (e) {
      if (errorCode(e) === 'ItemNotFound') throw new Error(HOST_MESSAGES.selectFailed(sheet));
      throw e;
    }
  }

  private write(prepare: Prepare): Promise<ApplyResult> {
    return runWrite(
      {
        run: this.run,
        features: this.features,
        store: this.store,
        cached: () => this.journal ?? new EditJournal(),
        knownSheets: () => this.sheetList,
        remember: (journal, sheets) => this.remember(journal, sheets),
      },
      prepare,
    );
  }

  private remember(journal: EditJournal | undefined, sheets?: SheetInfo[]): void {
    if (journal && sheets) journal.reconcileSheets(sheets.map((s) => ({ name: s.name, id: s.id })));
    this.journal = journal;
    if (sheets) {
      this.sheetList = sheets;
      this.knownSheets = new Set(sheets.map((s) => s.name));
    }
  }
}

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  return new ExcelHost(options);
}
