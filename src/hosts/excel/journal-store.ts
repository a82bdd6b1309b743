import { EditJournal } from '../journal';

/**
 * Where the Excel host keeps the edit journal: in the document, so undo and "clear marks" still work
 * after the workbook is saved and reopened, and from the ribbon commands' runtime as well as the pane's.
 *
 * With ExcelApi 1.4 it is a workbook setting, loaded in the operation's first batch and saved in its
 * write batch (no extra round trip, and saved only if the writes before it succeeded). Older Excel
 * gets the common Office.context.document.settings. Each runtime (the pane, the ribbon commands)
 * holds its own copy of those, and saveAsync writes the whole copy back: so the copy is refreshed
 * from the document before every read and again just before every save, and the pane and the
 * ribbon share one journal on every requirement set.
 */
export const JOURNAL_SETTING_KEY = 'yusuanGongkai.journal';

export interface JournalStore {
  /** The save rides in the batch, in queue order (so a save queued first lands before any later write). */
  readonly savesInBatch: boolean;
  /** Brings this runtime's view of the stored journal up to date before a read (a no-op in the batch-based store). */
  refresh(): Promise<void>;
  /** Queues the read into the current batch; the returned function gives the journal after sync. */
  queueLoad(ctx: Excel.RequestContext): () => EditJournal;
  /** Queues the save into the current batch (or remembers it for `afterSync`). */
  queueSave(ctx: Excel.RequestContext, journal: EditJournal): void;
  /** Finishes a save that cannot ride in the batch. */
  afterSync(): Promise<void>;
  /** Forgets a queued save whose batch failed. */
  discard(): void;
}

export class WorkbookSettingsStore implements JournalStore {
  readonly savesInBatch = true;
  async refresh(): Promise<void> {}

  queueLoad(ctx: Excel.RequestContext): () => EditJournal {
    const setting = ctx.workbook.settings.getItemOrNullObject(JOURNAL_SETTING_KEY);
    setting.load('value');
    return () => (setting.isNullObject ? new EditJournal() : EditJournal.parse(asText(setting.value)));
  }

  queueSave(ctx: Excel.RequestContext, journal: EditJournal): void {
    ctx.workbook.settings.add(JOURNAL_SETTING_KEY, journal.serialize());
  }

  async afterSync(): Promise<void> {}

  discard(): void {}
}

export type DocumentSettings = Pick<Office.Settings, 'get' | 'set' | 'saveAsync'> & Partial<Pick<Office.Settings, 'refreshAsync'>>;

export class DocumentSettingsStore implements JournalStore {
  readonly savesInBatch = false;
  private pending: string | undefined;

  constructor(private readonly settings: () => DocumentSettings) {}

  /** Re-reads the settings saved in the document: the other runtime may have saved its journal since. */
  async refresh(): Promise<void> {
    const settings = this.settings();
    if (typeof settings.refreshAsync !== 'function') return;
    await new Promise<void>((resolve) =>
      // A failed refresh leaves the local copy as it was; the operation goes on with it.
      settings.refreshAsync!(() => resolve()),
    );
  }

  queueLoad(): () => EditJournal {
    return () => EditJournal.parse(asText(this.settings().get(JOURNAL_SETTING_KEY)));
  }

  queueSave(_ctx: Excel.RequestContext, journal: EditJournal): void {
    this.pending = journal.serialize();
  }

  discard(): void {
    this.pending = undefined;
  }

  async afterSync(): Promise<void> {
    if (this.pending === undefined) return;
    const text = this.pending;
    this.pending = undefined;
    // saveAsync writes this runtime's whole copy: bring it up to date first, so nothing else is lost.
    await this.refresh();
    const settings = this.settings();
    settings.set(JOURNAL_SETTING_KEY, text);
    await new Promise<void>((resolve, reject) =>
      settings.saveAsync((r: Office.AsyncResult<void>) =>
        String(r.status) === 'succeeded' ? resolve() : reject(new Error(r.error?.message ?? 'saveAsync failed')),
      ),
    );
  }
}

function asText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return null;
  return JSON.stringify(v);
}
