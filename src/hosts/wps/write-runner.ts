import { formatRef, type CellRef } from '../../engine';
import type { ApplyResult, Conflict } from '../host';
import { EditJournal, hasSheetChanges } from '../journal';
import { HOST_MESSAGES, joinNotices, sheetChangeNotice } from '../messages';
import { JOURNAL_SHEET_NAME, findSheet, type WpsJournalStore } from './journal-store';
import type { EtApplication, EtWorkbook, EtWorksheet } from './wps-types';

/**
 * Every WPS write goes through here. The object model is synchronous and applies each call at once,
 * and WPS keeps no undo for an add-in's writes, so a batch is made all-or-nothing by hand: each step
 * that changed something leaves the step that puts it back, and if any later call throws (a
 * protected sheet, a sheet deleted meanwhile, a WPS error) those steps run in reverse order.
 *
 * An operation is planned first, from what it reads and the stored journal, without writing; a
 * conflict or a protected sheet answers then, with nothing changed.
 */

export class UndoLog {
  private readonly steps: Array<() => void> = [];

  /** Call right after a change succeeded, with the step that reverses it. */
  push(step: () => void): void {
    this.steps.push(step);
  }

  /** Runs every step, newest first; false when one of them failed too. */
  undo(): boolean {
    let ok = true;
    for (let i = this.steps.length - 1; i >= 0; i--) {
      try {
        this.steps[i]();
      } catch {
        ok = false;
      }
    }
    this.steps.length = 0;
    return ok;
  }
}

export interface PlannedWrite {
  /** What ok:true reports as written. */
  written: number;
  /** Sheets the write changes, to tell a protection failure from another one. */
  sheets: string[];
  /** Makes the changes, pushing the reverse of each onto the log. */
  write(log: UndoLog): void;
  /** Records the write in the journal (saved with the batch). */
  commit(journal: EditJournal): void;
  /** What ok:true says besides the count (cells left alone, say). */
  notice?: string;
  /**
   * A write that may leave cells changed when it fails and cannot be put back (every later write failing too):
   * the journal that knows every cell it may change, saved before it writes anything, so whatever is left can
   * be cleared; and, after a failure, the cells not as they were before the write.
   */
  superset?(journal: EditJournal): EditJournal;
  left?(): CellRef[];
}

export interface RunnerContext {
  app: EtApplication;
  book: EtWorkbook;
  store: WpsJournalStore;
  sheet(name: string): EtWorksheet | undefined;
  /** Drops a cached sheet lookup after the sheet was added or deleted. */
  forget(name: string): void;
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && typeof (e as { description?: unknown }).description === 'string')
    return (e as { description: string }).description;
  return String(e);
}

export function runWrite(ctx: RunnerContext, plan: (journal: EditJournal) => PlannedWrite | ApplyResult): ApplyResult {
  let journal: EditJournal;
  let planned: PlannedWrite | ApplyResult;
  let notice: string | undefined;
  let changed = false;
  try {
    journal = ctx.store.load(ctx.book);
    // Entries on a sheet that is gone are dropped with a word, so no operation stops at it for good.
    const changes = journal.reconcileSheets(sheetNames(ctx.book).map((name) => ({ name })));
    changed = hasSheetChanges(changes);
    const gone = ctx.store.gone ?? [];
    notice = joinNotices(sheetChangeNotice(changes), gone.length ? HOST_MESSAGES.cellsDeleted(gone.map((r) => formatRef(r))) : undefined);
    planned = plan(journal);
  } catch (e) {
    return { ok: false, reason: 'failed', message: HOST_MESSAGES.failedRolledBack(errorText(e)) };
  }
  const say = (r: ApplyResult): ApplyResult => {
    const extra = joinNotices(r.ok ? r.notice : undefined, notice);
    if (!extra) return r;
    return r.ok ? { ...r, notice: extra } : { ...r, message: `${r.message}\n${notice}` };
  };
  if (!('commit' in planned)) {
    if (changed && planned.ok) {
      try {
        ctx.store.save(ctx.book, journal);
      } catch {
        /* put right again next time */
      }
    }
    return say(planned);
  }

  const log = new UndoLog();
  const screen = ctx.app.ScreenUpdating;
  ctx.app.ScreenUpdating = false;
  const stored = journal.serialize();
  let saving = false;
  let savedFirst = false;
  try {
    if (planned.superset) {
      try {
        ctx.store.save(ctx.book, planned.superset(EditJournal.parse(stored)));
      } catch (cause) {
        // Nothing was written yet: the journal's save (names first, then the record in one write) failed whole.
        return say({ ok: false, reason: 'failed', message: HOST_MESSAGES.failedNothingWritten(errorText(cause)) });
      }
      savedFirst = true;
    }
    planned.write(log);
    planned.commit(journal);
    saving = true;
    ctx.store.save(ctx.book, journal);
    return say(planned.notice ? { ok: true, written: planned.written, notice: planned.notice } : { ok: true, written: planned.written });
  } catch (cause) {
    let restored = log.undo();
    let left: CellRef[] | undefined;
    try {
      left = planned.left?.();
    } catch {
      left = undefined;
    }
    if (left) {
      restored = left.length === 0;
      if (!restored) {
        // What is left is in the journal saved first; say exactly which cells.
        const refs = left.map((r) => formatRef(r));
        return say({ ok: false, reason: 'failed', message: HOST_MESSAGES.marksPartlyRolledBack(errorText(cause), planned.written - left.length, refs, savedFirst) });
      }
      saving = saving || savedFirst;
    }
    // A save that failed halfway may have left part of the new journal: put the old one back whole.
    if (saving && findSheet(ctx.book.Worksheets, JOURNAL_SHEET_NAME)) {
      try {
        ctx.store.save(ctx.book, EditJournal.parse(stored));
      } catch {
        // With the cells checked back (left), the journal saved first stays: it names more than is marked, and
        // clearing leaves a cell that is not the add-in's alone.
        if (!left) restored = false;
      }
    }
    if (!restored) return say({ ok: false, reason: 'failed', message: HOST_MESSAGES.failedNotRolledBack(errorText(cause)) });
    if (planned.sheets.some((s) => ctx.sheet(s)?.ProtectContents))
      return { ok: false, reason: 'protected', message: HOST_MESSAGES.protectedRolledBack() };
    return { ok: false, reason: 'failed', message: HOST_MESSAGES.failedRolledBack(errorText(cause)) };
  } finally {
    ctx.app.ScreenUpdating = screen;
  }
}

function sheetNames(book: EtWorkbook): string[] {
  const out: string[] = [];
  for (let i = 1; i <= book.Worksheets.Count; i++) out.push(book.Worksheets.Item(i).Name);
  return out;
}

export function protectedResult(sheets: Array<EtWorksheet | undefined>): ApplyResult | undefined {
  const hit = sheets.find((s) => s && s.ProtectContents);
  return hit ? { ok: false, reason: 'protected', message: HOST_MESSAGES.protectedSheet(hit.Name) } : undefined;
}

export function conflictResult(conflicts: Conflict[], undo = false): ApplyResult {
  const refs = conflicts.map((c) => formatRef(c.ref));
  return { ok: false, reason: 'conflict', conflicts, message: undo ? HOST_MESSAGES.undoConflict(refs) : HOST_MESSAGES.conflict(refs) };
}

export const sheetMissingResult = (): ApplyResult => ({ ok: false, reason: 'failed', message: HOST_MESSAGES.sheetMissing() });
