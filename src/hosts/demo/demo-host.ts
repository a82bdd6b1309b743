import { formatRef } from '../../engine';
import type { CellRange, CellRef } from '../../engine';
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
import { ANCHOR_PREFIX, anchorNames, movesFromNames } from '../anchors';
import { EditJournal, cellKey, expandMarks, isMarkFill, planUnmark, type CellState, type MarkRecord, type StoredValue } from '../journal';
import { MARK_FILL, normalizeColor } from '../mark-style';
import { HOST_MESSAGES, joinNotices, sheetChangeNotice } from '../messages';

const MARK_FILLS: readonly string[] = Object.values(MARK_FILL);

function withNotice(result: ApplyResult & { ok: true }, notice: string | undefined): ApplyResult {
  return notice ? { ...result, notice } : result;
}
import { key, type DemoCell, type DemoWorkbook } from './demo-workbook';

export interface DemoHostOptions {
  now?: () => Date;
  /** Milliseconds each call waits, so the pane's progress shows as it would against a real host. */
  latencyMs?: number;
}

function stateOf(cell: DemoCell | undefined): CellState {
  if (!cell) return { value: null };
  const v = cell.value;
  const value: StoredValue = v === undefined ? null : typeof v === 'object' && v !== null ? { error: v.error } : v;
  return cell.formula ? { value, formula: cell.formula } : { value };
}

function cellFromState(s: CellState): DemoCell | undefined {
  if (s.value === null && !s.formula) return undefined;
  return s.formula ? { value: s.value, formula: s.formula } : { value: s.value };
}

function inputCell(v: CellInput): DemoCell | undefined {
  return v === null || v === '' ? undefined : { value: v };
}

const refsOf = (conflicts: Array<{ ref: CellRef }>) => conflicts.map((c) => formatRef(c.ref));

/**
 * WorkbookHost over the demo's in-memory workbook. It keeps the same edit journal as the Excel and
 * WPS hosts (src/hosts/journal.ts), stored with the workbook as they store it in the document, so
 * conflicts, undo and clearing marks behave as they do there, for any host over the same workbook.
 */
export class DemoHost implements WorkbookHost {
  readonly kind = 'demo' as const;
  private readonly now: () => Date;
  private readonly latencyMs: number;

  constructor(
    private readonly book: DemoWorkbook,
    options: DemoHostOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** Cells the last journal read found deleted with their rows or columns (their entries dropped). */
  private gone: CellRef[] = [];

  /**
   * A fresh copy to change and save, every entry moved to where its cell is now: the journal's cells are kept as
   * names of the workbook too (../anchors.ts), which move with inserted and deleted rows and columns.
   */
  private get journal(): EditJournal {
    const text = this.book.journalText;
    const journal = EditJournal.parse(text);
    const ours = new Map([...this.book.names].filter(([n]) => n.startsWith(ANCHOR_PREFIX)));
    this.gone = text ? journal.relocate(movesFromNames(journal, text, ours)).gone : [];
    return journal;
  }

  private cached: { text: string | undefined; version: number; journal: EditJournal } | undefined;

  /** For reading only: read once per change, as the sheet view asks for every cell it draws. */
  private get current(): EditJournal {
    const version = this.book.version;
    if (!this.cached || this.cached.text !== this.book.journalText || this.cached.version !== version) {
      const gone = this.gone;
      this.cached = { text: this.book.journalText, version, journal: this.journal };
      this.gone = gone;
    }
    return this.cached.journal;
  }

  private save(journal: EditJournal): void {
    const text = journal.serialize();
    for (const name of [...this.book.names.keys()]) if (name.startsWith(ANCHOR_PREFIX)) this.book.names.delete(name);
    for (const n of anchorNames(journal, text)) this.book.names.set(n.name, n.formula);
    this.book.journalText = text;
  }

  private wait(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, this.latencyMs));
  }

  async readWorkbook(): Promise<WorkbookRead> {
    await this.wait();
    return this.book.toGrid();
  }

  /** Refuses a write to a missing or protected sheet before anything is written. */
  private refuse(sheets: Iterable<string>): ApplyResult | undefined {
    for (const name of sheets) {
      const sheet = this.book.sheet(name);
      if (!sheet) return { ok: false, reason: 'failed', message: HOST_MESSAGES.sheetMissing() };
      if (sheet.protected) return { ok: false, reason: 'protected', message: HOST_MESSAGES.protectedSheet(name) };
    }
    return undefined;
  }

  async applyEdits(batch: EditBatch): Promise<ApplyResult> {
    await this.wait();
    const refused = this.refuse(new Set(batch.edits.map((e) => e.sheet)));
    if (refused) return refused;
    const targets = batch.edits.map((e) => ({
      ref: { sheet: e.sheet, row: e.row, col: e.col },
      current: stateOf(this.book.cell(e.sheet, e.row, e.col)),
      wanted: e.value,
    }));
    const journal = this.journal;
    if (!batch.overwrite) {
      const conflicts = journal.conflicts(targets);
      if (conflicts.length) return { ok: false, reason: 'conflict', conflicts, message: HOST_MESSAGES.conflict(refsOf(conflicts)) };
    }
    for (const e of batch.edits) this.book.setCell(e.sheet, e.row, e.col, inputCell(e.value));
    journal.recordBatch(
      batch.label,
      targets.map((t) => ({ ref: t.ref, before: t.current, after: t.wanted })),
      { at: this.now() },
    );
    this.save(journal);
    this.book.changed();
    return { ok: true, written: batch.edits.length };
  }

  async writeSheet(name: string, rows: CellInput[][], label: string, options?: WriteOptions): Promise<ApplyResult> {
    await this.wait();
    const existing = this.book.sheet(name);
    if (existing?.protected) return { ok: false, reason: 'protected', message: HOST_MESSAGES.protectedSheet(name) };
    const wanted = new Map<string, CellInput>();
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') wanted.set(key(r, c), v);
      }),
    );
    // Every cell the sheet holds now is either rewritten or cleared.
    const keys = new Set<string>([...wanted.keys(), ...(existing ? existing.cells.keys() : [])]);
    const targets = Array.from(keys, (k) => {
      const [row, col] = k.split(',').map(Number);
      return {
        ref: { sheet: name, row, col },
        current: stateOf(existing?.cells.get(k)),
        wanted: wanted.has(k) ? wanted.get(k)! : null,
      };
    });
    const journal = this.journal;
    if (existing && !options?.overwrite) {
      const conflicts = journal.conflicts(targets);
      if (conflicts.length) return { ok: false, reason: 'conflict', conflicts, message: HOST_MESSAGES.conflict(refsOf(conflicts)) };
    }
    const sheet = existing ?? this.book.addSheet(name);
    sheet.cells.clear();
    for (const t of targets) this.book.setCell(name, t.ref.row, t.ref.col, inputCell(t.wanted));
    journal.recordBatch(
      label,
      targets.map((t) => ({ ref: t.ref, before: t.current, after: t.wanted })),
      { at: this.now(), createdSheets: existing ? [] : [name] },
    );
    this.save(journal);
    this.book.activeSheet = name;
    this.book.selection = { top: 0, left: 0, bottom: 0, right: 0 };
    this.book.changed();
    return { ok: true, written: wanted.size };
  }

  /** Takes a mark away where the cell is still as the add-in left it; false when it left the cell alone. */
  private restoreMark(r: MarkRecord): boolean {
    const sheet = this.book.sheet(r.sheet);
    if (!sheet) return true;
    const k = key(r.row, r.col);
    const fill = sheet.fills.get(k);
    const plan = planUnmark(
      r,
      { fill: fill ? normalizeColor(fill) : null, note: { exists: sheet.notes.has(k), content: sheet.notes.get(k) } },
      MARK_FILLS,
    );
    if (plan.restoreFill) {
      if (r.originalFill === null) sheet.fills.delete(k);
      else sheet.fills.set(k, r.originalFill);
    }
    // Only a note that still says exactly what the add-in wrote is the add-in's to take away.
    if (plan.deleteNote) sheet.notes.delete(k);
    return !plan.skipped;
  }

  /** Drops journal entries on sheets that are gone; the sentence to tell the clerk, if any. */
  private reconcile(journal: EditJournal): string | undefined {
    const gone = this.gone.length ? HOST_MESSAGES.cellsDeleted(this.gone.map((r) => formatRef(r))) : undefined;
    return joinNotices(sheetChangeNotice(journal.reconcileSheets(this.book.sheets.map((s) => ({ name: s.name })))), gone);
  }

  private skippedNotice(skipped: MarkRecord[], sheets: string | undefined): string | undefined {
    return joinNotices(sheets, skipped.length ? HOST_MESSAGES.marksSkipped(skipped.map((r) => formatRef(r))) : undefined);
  }

  async mark(marks: Mark[]): Promise<ApplyResult> {
    await this.wait();
    const planned = expandMarks(marks).filter((p) => this.book.sheet(p.sheet));
    const journal = this.journal;
    const sheetsNotice = this.reconcile(journal);
    const { carried, unmark } = journal.planMarks(planned);
    const touched = new Set([...planned.map((p) => p.sheet), ...unmark.map((u) => u.sheet)]);
    const refused = this.refuse(Array.from(touched).filter((s) => this.book.sheet(s)));
    if (refused) return refused;
    const skipped = unmark.filter((r) => !this.restoreMark(r));
    const records: MarkRecord[] = [];
    for (const p of planned) {
      const sheet = this.book.sheet(p.sheet)!;
      const k = key(p.row, p.col);
      const now = sheet.fills.get(k) ?? null;
      const carriedPrev = carried.get(cellKey(p));
      // A cell the clerk painted since it was marked: their colour is what clearing gives back.
      const prev =
        carriedPrev && !isMarkFill(now && normalizeColor(now), MARK_FILLS) ? { ...carriedPrev, originalFill: now } : carriedPrev;
      const record: MarkRecord = prev ?? {
        sheet: p.sheet,
        row: p.row,
        col: p.col,
        severity: p.severity,
        originalFill: sheet.fills.get(k) ?? null,
        noteExisted: sheet.notes.has(k),
      };
      record.severity = p.severity;
      sheet.fills.set(k, MARK_FILL[p.severity]);
      if (!record.noteExisted) {
        if (p.note) {
          sheet.notes.set(k, p.note);
          record.note = p.note;
        } else if (record.note) {
          if (sheet.notes.get(k) === record.note) sheet.notes.delete(k);
          delete record.note;
        }
      }
      records.push(record);
    }
    journal.commitMarks(records);
    this.save(journal);
    this.book.changed();
    return withNotice({ ok: true, written: records.length }, this.skippedNotice(skipped, sheetsNotice));
  }

  async clearMarks(): Promise<ApplyResult> {
    await this.wait();
    const journal = this.journal;
    const sheetsNotice = this.reconcile(journal);
    const records = journal.marks();
    const refused = this.refuse(new Set(records.map((r) => r.sheet).filter((s) => this.book.sheet(s))));
    if (refused) return refused;
    const skipped = records.filter((r) => !this.restoreMark(r));
    journal.commitMarks([]);
    this.save(journal);
    this.book.changed();
    return withNotice({ ok: true, written: records.length - skipped.length }, this.skippedNotice(skipped, sheetsNotice));
  }

  async undoLast(options?: WriteOptions): Promise<ApplyResult> {
    await this.wait();
    const journal = this.journal;
    const sheetsNotice = this.reconcile(journal);
    const batch = journal.lastBatch();
    if (!batch) return { ok: false, reason: 'failed', message: HOST_MESSAGES.nothingToUndo() };
    const kept = new Set(batch.cells.map((c) => c.sheet).filter((s) => !batch.createdSheets.includes(s)));
    const refused = this.refuse(kept);
    if (refused) return refused;
    if (!options?.overwrite) {
      const conflicts = journal.undoConflicts(batch, (ref) => stateOf(this.book.cell(ref.sheet, ref.row, ref.col)));
      if (conflicts.length) return { ok: false, reason: 'conflict', conflicts, message: HOST_MESSAGES.undoConflict(refsOf(conflicts)) };
    }
    for (const c of [...batch.cells].reverse()) {
      if (batch.createdSheets.includes(c.sheet)) continue;
      this.book.setCell(c.sheet, c.row, c.col, cellFromState(c.before));
    }
    for (const s of batch.createdSheets) this.book.removeSheet(s);
    journal.commitUndo(batch.id);
    this.save(journal);
    this.book.changed();
    return withNotice({ ok: true, written: batch.cells.length }, sheetsNotice);
  }

  undoHistory(): UndoEntry[] {
    return this.current.history();
  }

  async select(sheet: string, range: CellRange): Promise<void> {
    await this.wait();
    if (!this.book.sheet(sheet)) throw new Error(HOST_MESSAGES.selectFailed(sheet));
    this.book.select(sheet, range);
  }

  /** The value the add-in wrote into a cell it still owns, for the sheet view's styling. */
  ownedValue(ref: CellRef): StoredValue | undefined {
    return this.current.ownedValue(ref);
  }
}

export function createDemoHost(book: DemoWorkbook, options?: DemoHostOptions): DemoHost {
  return new DemoHost(book, options);
}
