import { formatRef } from '../../engine';
import type { ApplyResult, Conflict } from '../host';
import { EditJournal, hasSheetChanges, type SheetChanges } from '../journal';
import { HOST_MESSAGES, joinNotices, sheetChangeNotice } from '../messages';
import { SheetProxies, errorCode, errorText } from './cell-io';
import type { JournalStore } from './journal-store';
import { queueSheetList, type SheetInfo } from './read-workbook';
import type { ExcelFeatures } from './requirements';

/**
 * Every write goes through here, in two round trips:
 *   1. read: the sheet list (with protection), the stored journal, and whatever the operation
 *      needs to know about its target cells (values, formulas, fills, notes);
 *   2. write: everything the operation changes, plus the updated journal.
 * Conflicts and protected sheets are found after trip 1, so nothing is written when the answer is
 * no. If trip 2 fails anyway (a protected sheet on an Excel too old to report protection), what it
 * wrote is put back in one more trip, since Office applies a failing batch's earlier commands.
 */

export interface WriteContext {
  ctx: Excel.RequestContext;
  sheets: SheetProxies;
  features: ExcelFeatures;
  /** Before ExcelApi 1.7: the journal's cells (cellKey) a binding of their own followed, known exactly (journal-store.ts). */
  exact?: Set<string>;
  /**
   * Queues saving `journal` now, ahead of the writes queued after it (set by the runner for finish):
   * a write that may fail partway records first every cell it may leave changed.
   */
  saveFirst?: (journal: EditJournal) => void;
}

export interface PlannedWrite {
  /** What ok:true reports as written. */
  written: number;
  /** Records the write in the journal (called before trip 2; the journal is saved in it). */
  commit(journal: EditJournal): void;
  /** Queues putting back what trip 2 may have changed, on one sheet or on all. */
  rollback(w: WriteContext, sheet?: string): void;
  /** Sheets trip 2 touches, for a sheet-by-sheet rollback when a whole one fails. */
  sheets: string[];
  /** What ok:true says besides the count (cells left alone, say). */
  notice?: string;
  /**
   * Replaces the generic rollback when trip 2 fails: finds out what was applied, puts back what it
   * can, records what is left in `journal` (the one from before the write) and says exactly which.
   */
  recover?(w: WriteContext, cause: unknown, r: { deps: RunnerDeps; journal: EditJournal }): Promise<ApplyResult>;
}

/** Read the target again: the sheet list or the journal differed from what the reads were based on. */
export const READ_AGAIN = Symbol('read again');

export interface PreparedWrite {
  /** The reads were chosen from the journal the host had cached: a different stored journal means reading again. */
  usesJournal: boolean;
  /** After trip 1, with the stored journal: queue the writes, or answer without writing. */
  finish(journal: EditJournal, sheets: SheetInfo[]): PlannedWrite | ApplyResult | typeof READ_AGAIN;
  /** Trip 1 failed with ItemNotFound: return true to read again (the reads guessed a sheet that is gone). */
  onItemNotFound?(): boolean;
}

export type Prepare = (w: WriteContext, journal: EditJournal) => PreparedWrite;

export interface RunnerDeps {
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  features: ExcelFeatures;
  store: JournalStore;
  /** The journal last seen, to plan reads with; replaced by what trip 1 loads. */
  cached(): EditJournal;
  /** The sheets last seen, to bring the cached journal in line with before planning reads. */
  knownSheets(): SheetInfo[] | undefined;
  remember(journal: EditJournal | undefined, sheets?: SheetInfo[]): void;
}

const MAX_READ_TRIPS = 3;

function copyOf(journal: EditJournal): EditJournal {
  return EditJournal.parse(journal.serialize());
}

/**
 * The journal as it applies to the sheets now: entries follow a renamed sheet (by its worksheet id)
 * and are dropped with a deleted one. Returns what the clerk should be told.
 */
function reconcile(journal: EditJournal, sheets: SheetInfo[]): SheetChanges {
  return journal.reconcileSheets(sheets.map((s) => ({ name: s.name, id: s.id })));
}

function withNotice(result: ApplyResult, notice: string | undefined): ApplyResult {
  if (!notice) return result;
  if (result.ok) return { ...result, notice: joinNotices(result.notice, notice) };
  return { ...result, message: `${result.message}\n${notice}` };
}

export async function runWrite(deps: RunnerDeps, prepare: Prepare): Promise<ApplyResult> {
  try {
    return await deps.run(async (ctx) => {
      let hint = copyOf(deps.cached());
      let known = deps.knownSheets();
      for (let trip = 1; ; trip++) {
        await deps.store.refresh(ctx);
        // Plan reads only on sheets that are there: a mark on a deleted sheet must not fail the batch.
        if (known) reconcile(hint, known);
        const w: WriteContext = { ctx, sheets: new SheetProxies(ctx), features: deps.features };
        const list = queueSheetList(ctx, deps.features);
        const loadJournal = deps.store.queueLoad(ctx);
        const prepared = prepare(w, hint);
        try {
          await ctx.sync();
        } catch (e) {
          if (errorCode(e) === 'ItemNotFound' && trip < MAX_READ_TRIPS) {
            prepared.onItemNotFound?.();
            // A sheet the reads were planned on is gone: see which sheets there are, and plan again.
            const again = queueSheetList(ctx, deps.features);
            await ctx.sync();
            known = again();
            continue;
          }
          throw e;
        }
        const journal = loadJournal();
        w.exact = deps.store.exact;
        const sheets = list();
        known = sheets;
        const changes = reconcile(journal, sheets);
        // The reads were planned on sheets that have changed since: plan them again.
        const stale = hasSheetChanges(reconcile(hint, sheets));
        deps.remember(journal, sheets);
        if (prepared.usesJournal && (stale || journal.serialize() !== hint.serialize()) && trip < MAX_READ_TRIPS) {
          hint = copyOf(journal);
          continue;
        }
        const gone = deps.store.gone ?? [];
        const notice = joinNotices(sheetChangeNotice(changes), gone.length ? HOST_MESSAGES.cellsDeleted(gone.map((r) => formatRef(r))) : undefined);
        w.saveFirst = (first) => deps.store.queueSave(ctx, first);
        const planned = prepared.finish(journal, sheets);
        if (planned === READ_AGAIN) {
          if (trip < MAX_READ_TRIPS) continue;
          return { ok: false, reason: 'failed', message: HOST_MESSAGES.sheetMissing() };
        }
        if (!('commit' in planned)) {
          // Nothing to write, but the journal no longer names a sheet that is gone: keep it so.
          if (hasSheetChanges(changes) && planned.ok) await saveOnly(deps, ctx, journal);
          return withNotice(planned, notice);
        }
        return withNotice(await writeAndCommit(deps, w, journal, planned, sheets), notice);
      }
    });
  } catch (e) {
    if (errorCode(e) === 'ItemNotFound') return { ok: false, reason: 'failed', message: HOST_MESSAGES.sheetMissing() };
    return { ok: false, reason: 'failed', message: HOST_MESSAGES.failedNotRolledBack(errorText(e)) };
  }
}

async function saveOnly(deps: RunnerDeps, ctx: Excel.RequestContext, journal: EditJournal): Promise<void> {
  deps.store.queueSave(ctx, journal);
  try {
    await ctx.sync();
    await deps.store.afterSync();
    deps.remember(journal);
  } catch {
    // The journal is put right again on the next operation.
    deps.store.discard();
  }
}

async function writeAndCommit(
  deps: RunnerDeps,
  w: WriteContext,
  journal: EditJournal,
  planned: PlannedWrite,
  sheets: SheetInfo[],
): Promise<ApplyResult> {
  const before = copyOf(journal);
  planned.commit(journal);
  // Remember the ids of sheets the write names for the first time, so a later rename is followed.
  journal.rememberSheetIds(sheets.map((s) => ({ name: s.name, id: s.id })));
  deps.store.queueSave(w.ctx, journal);
  try {
    await w.ctx.sync();
  } catch (e) {
    deps.store.discard();
    deps.remember(undefined);
    if (planned.recover) return planned.recover(w, e, { deps, journal: before });
    return rollback(w, planned, e);
  }
  await deps.store.afterSync();
  deps.remember(journal);
  return planned.notice ? { ok: true, written: planned.written, notice: planned.notice } : { ok: true, written: planned.written };
}

/** Saves a journal in a batch of its own (after a failed write, to record what it left behind). */
export async function saveJournal(deps: RunnerDeps, ctx: Excel.RequestContext, journal: EditJournal): Promise<boolean> {
  deps.store.queueSave(ctx, journal);
  try {
    await ctx.sync();
    await deps.store.afterSync();
    deps.remember(journal);
    return true;
  } catch {
    deps.store.discard();
    return false;
  }
}

function isProtectionError(e: unknown): boolean {
  const code = errorCode(e);
  return code === 'AccessDenied' || code === 'InvalidOperation';
}

async function rollback(w: WriteContext, planned: PlannedWrite, cause: unknown): Promise<ApplyResult> {
  let restored = true;
  try {
    planned.rollback(w);
    await w.ctx.sync();
  } catch {
    // One sheet refusing (the protected one, where nothing was written) must not stop the others.
    for (const sheet of planned.sheets) {
      try {
        planned.rollback({ ...w, sheets: new SheetProxies(w.ctx) }, sheet);
        await w.ctx.sync();
      } catch (e) {
        if (!isProtectionError(e)) restored = false;
      }
    }
  }
  if (!restored) return { ok: false, reason: 'failed', message: HOST_MESSAGES.failedNotRolledBack(errorText(cause)) };
  if (isProtectionError(cause)) return { ok: false, reason: 'protected', message: HOST_MESSAGES.protectedRolledBack() };
  return { ok: false, reason: 'failed', message: HOST_MESSAGES.failedRolledBack(errorText(cause)) };
}

export function protectedResult(sheets: SheetInfo[], touched: Iterable<string>): ApplyResult | undefined {
  const names = new Set(touched);
  const hit = sheets.find((s) => s.protected && names.has(s.name));
  return hit ? { ok: false, reason: 'protected', message: HOST_MESSAGES.protectedSheet(hit.name) } : undefined;
}

export function conflictResult(conflicts: Conflict[], undo = false): ApplyResult {
  const refs = conflicts.map((c) => formatRef(c.ref));
  return {
    ok: false,
    reason: 'conflict',
    conflicts,
    message: undo ? HOST_MESSAGES.undoConflict(refs) : HOST_MESSAGES.conflict(refs),
  };
}
