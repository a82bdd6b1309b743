import { EditJournal } from '../journal';

/**
 * Where the Excel host keeps the edit journal: in the document, so undo and "clear marks" still work
 * after the workbook is saved and reopened, and from the ribbon commands' runtime as well as the pane's.
 *
 * With ExcelApi 1.4 it is a workbook setting, loaded in the operation's first batch and saved in its
 * write batch (no extra round trip, and saved only if the writes before it succeeded). Older Excel
 * gets the common Office.context.document.settings, read from its local copy and saved after the batch.
 */
export const JOURNAL_SETTING_KEY = 'yusuanGongkai.journal';

export interface JournalStore {
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

export type DocumentSettings = Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>;

export class DocumentSettingsStore implements JournalStore {
  private pending: string | undefined;

  constructor(private readonly settings: () => DocumentSettings) {}

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
