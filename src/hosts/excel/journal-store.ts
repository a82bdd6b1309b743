import { ANCHOR_PREFIX, anchorNames, movesFromNames } from '../anchors';
import { EditJournal, type JournalCellsGone } from '../journal';
import type { BindingAnchors, TrackedMoves } from './binding-anchors';

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
  /**
   * Brings this runtime's view of the stored journal up to date before a read, and finds where the journal's
   * cells are now where that takes a batch of its own (bindings, before ExcelApi 1.7).
   */
  refresh(ctx?: Excel.RequestContext): Promise<void>;
  /** Queues the read into the current batch; the returned function gives the journal after sync. */
  queueLoad(ctx: Excel.RequestContext): () => EditJournal;
  /** Queues the save into the current batch (or remembers it for `afterSync`). */
  queueSave(ctx: Excel.RequestContext, journal: EditJournal): void;
  /** Finishes a save that cannot ride in the batch. */
  afterSync(): Promise<void>;
  /** Forgets a queued save whose batch failed. */
  discard(): void;
  /** Cells of the journal last loaded that the clerk deleted with their rows or columns (their entries dropped). */
  readonly gone?: JournalCellsGone;
  /**
   * Before ExcelApi 1.7: the cells of the journal last loaded (cellKey where they are now) that a binding of their
   * own followed, so known exactly; the others may have moved unseen.
   */
  readonly exact?: Set<string>;
}

/**
 * With ExcelApi 1.7 (`anchors`) the journal's cells are also kept as hidden workbook names (see ../anchors.ts), so
 * that they are followed when the clerk inserts or deletes rows or columns: the journal is loaded with every entry
 * moved to where its cell is now. Without 1.7 (no NamedItem.formula) the cells are followed by bindings
 * (./binding-anchors.ts), and a cell that no longer looks as the add-in left it is left alone and named.
 */
export class WorkbookSettingsStore implements JournalStore {
  readonly savesInBatch = true;
  gone: JournalCellsGone = [];
  exact = new Set<string>();
  /** The add-in's names in the document as this batch leaves them (undefined: not known, none are written). */
  private names: Set<string> | undefined;

  /** The journal saved in the last batch, for the bindings to follow once it has landed. */
  private pending: string | undefined;

  constructor(
    private readonly anchors = false,
    private readonly bindings?: BindingAnchors,
  ) {}

  async refresh(ctx?: Excel.RequestContext): Promise<void> {
    if (ctx && !this.anchors) await this.bindings?.locate(ctx);
  }

  queueLoad(ctx: Excel.RequestContext): () => EditJournal {
    const setting = ctx.workbook.settings.getItemOrNullObject(JOURNAL_SETTING_KEY);
    setting.load('value');
    const names = this.anchors ? ctx.workbook.names : undefined;
    names?.load('items/name,items/formula');
    return () => {
      const text = setting.isNullObject ? null : asText(setting.value);
      const journal = EditJournal.parse(text);
      this.gone = [];
      this.exact = new Set();
      if (!names) {
        if (text && this.bindings) this.follow(journal, this.bindings.moves(journal, text));
        return journal;
      }
      const ours = new Map<string, string>();
      for (const n of names.items) if (n.name.startsWith(ANCHOR_PREFIX)) ours.set(n.name, String(n.formula));
      this.names = new Set(ours.keys());
      if (text) this.gone = journal.relocate(movesFromNames(journal, text, ours)).gone;
      return journal;
    };
  }

  private follow(journal: EditJournal, tracked: TrackedMoves): void {
    this.gone = journal.relocate(tracked.moves).gone;
    this.exact = tracked.exact;
  }

  queueSave(ctx: Excel.RequestContext, journal: EditJournal): void {
    const text = journal.serialize();
    // The setting last: a batch that fails at a name leaves the journal saved before it (the one the name's
    // batch was planned from) in place.
    this.queueNames(ctx, journal, text);
    ctx.workbook.settings.add(JOURNAL_SETTING_KEY, text);
    if (!this.anchors && this.bindings) this.pending = text;
  }

  private queueNames(ctx: Excel.RequestContext, journal: EditJournal, text: string): void {
    // After a failed batch the names in the document are not known: the journal is saved without them (its cells
    // are then known by address until the next save), rather than risk a name that is already there.
    if (!this.anchors || !this.names) return;
    const before = this.names;
    const wanted = anchorNames(journal, text);
    for (const n of wanted) {
      if (before.has(n.name)) continue;
      const item = ctx.workbook.names.add(n.name, n.formula);
      item.visible = false;
    }
    const keep = new Set(wanted.map((n) => n.name));
    for (const name of before) if (!keep.has(name)) ctx.workbook.names.getItem(name).delete();
    this.names = keep;
  }

  async afterSync(): Promise<void> {
    const pending = this.pending;
    this.pending = undefined;
    if (pending !== undefined) await this.bindings!.save(pending);
  }

  discard(): void {
    // What the failed batch applied of its names is read again by the next load.
    this.names = undefined;
    this.pending = undefined;
  }
}

export type DocumentSettings = Pick<Office.Settings, 'get' | 'set' | 'saveAsync'> & Partial<Pick<Office.Settings, 'refreshAsync'>>;

export class DocumentSettingsStore implements JournalStore {
  readonly savesInBatch = false;
  private pending: string | undefined;
  gone: JournalCellsGone = [];
  exact = new Set<string>();

  constructor(
    private readonly settings: () => DocumentSettings,
    private readonly bindings?: BindingAnchors,
  ) {}

  /** Re-reads the settings saved in the document: the other runtime may have saved its journal since. */
  async refresh(ctx?: Excel.RequestContext): Promise<void> {
    await this.refreshSettings();
    if (ctx) await this.bindings?.locate(ctx);
  }

  private async refreshSettings(): Promise<void> {
    const settings = this.settings();
    if (typeof settings.refreshAsync !== 'function') return;
    await new Promise<void>((resolve) =>
      // A failed refresh leaves the local copy as it was; the operation goes on with it.
      settings.refreshAsync!(() => resolve()),
    );
  }

  queueLoad(): () => EditJournal {
    return () => {
      const text = asText(this.settings().get(JOURNAL_SETTING_KEY));
      const journal = EditJournal.parse(text);
      const tracked = text && this.bindings ? this.bindings.moves(journal, text) : undefined;
      this.gone = tracked ? journal.relocate(tracked.moves).gone : [];
      this.exact = tracked?.exact ?? new Set();
      return journal;
    };
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
    await this.refreshSettings();
    const settings = this.settings();
    settings.set(JOURNAL_SETTING_KEY, text);
    await new Promise<void>((resolve, reject) =>
      settings.saveAsync((r: Office.AsyncResult<void>) =>
        String(r.status) === 'succeeded' ? resolve() : reject(new Error(r.error?.message ?? 'saveAsync failed')),
      ),
    );
    await this.bindings?.save(text);
  }
}

function asText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return null;
  return JSON.stringify(v);
}
