import { a1, formatRef } from '../../engine';
import type { CellRef } from '../../engine';
import type { ApplyResult, Mark } from '../host';
import { cellKey, expandMarks, isMarkFill, planUnmark, type EditJournal, type MarkRecord, type PlannedMark } from '../journal';
import { MARK_FILL, normalizeColor } from '../mark-style';
import { HOST_MESSAGES } from '../messages';
import { SheetProxies, errorCode, errorText, rangeAddress } from './cell-io';
import { protectedResult, saveJournal, type Prepare, type PreparedWrite, type RunnerDeps, type WriteContext } from './write-runner';

/**
 * Marks are a fill colour per cell and, where ExcelApi 1.18 is there, a note on the first cell of
 * each finding. The journal keeps each cell's fill from before the add-in first marked it, and whether
 * the clerk already had a note there (such a note is never touched).
 *
 * Taking a mark away restores only what the add-in changed and the clerk did not change since: the
 * fill goes back only while the cell still has the add-in's colour, the note goes only while it says
 * exactly what the add-in wrote; any other cell is left alone and named to the clerk.
 *
 * A mark batch that fails partway (Office applies the commands before the failing one) is recovered
 * by recover(): before any cell is touched the batch saves a journal that knows every cell it may
 * mark, so whatever is left can always be cleared; after a failure it reads what was applied, puts
 * back what it can, reads again, and says exactly which cells it could not put back.
 */

const MARK_FILLS: readonly string[] = Object.values(MARK_FILL);

interface NoteRead {
  exists: boolean;
  content?: string;
}

interface CellLook {
  fill: string | null;
  note?: NoteRead;
}

function queueFillRead(w: WriteContext, ref: CellRef): () => string | null {
  const fill = w.sheets.get(ref.sheet).getRange(a1(ref.row, ref.col)).format.fill;
  fill.load(w.features.fillPattern ? 'color,pattern' : 'color');
  return () => {
    if (w.features.fillPattern && fill.pattern === 'None') return null;
    if (!fill.color) return null;
    const color = normalizeColor(fill.color);
    // Without ExcelApi 1.9 "no fill" and a white fill both read as #FFFFFF; no fill is by far the
    // usual case, and clearing looks the same as white on screen.
    if (!w.features.fillPattern && color === '#FFFFFF') return null;
    return color;
  };
}

function queueNoteRead(w: WriteContext, ref: CellRef): () => NoteRead {
  const note = w.sheets.get(ref.sheet).notes.getItemOrNullObject(a1(ref.row, ref.col));
  note.load('content');
  return () => (note.isNullObject ? { exists: false } : { exists: true, content: String(note.content) });
}

/** Queues reading fill (and note, with ExcelApi 1.18) of each cell. */
function queueLooks(w: WriteContext, refs: CellRef[]): () => Map<string, CellLook> {
  const reads = refs.map((ref) => ({
    ref,
    fill: queueFillRead(w, ref),
    note: w.features.notes ? queueNoteRead(w, ref) : undefined,
  }));
  return () => new Map(reads.map((r) => [cellKey(r.ref), { fill: r.fill(), ...(r.note ? { note: r.note() } : {}) }]));
}

function setFill(w: WriteContext, ref: CellRef, color: string | null): void {
  const fill = w.sheets.get(ref.sheet).getRange(rangeAddress(ref.row, ref.col)).format.fill;
  if (color === null) fill.clear();
  else fill.color = color;
}

function addNote(w: WriteContext, ref: CellRef, text: string): void {
  w.sheets.get(ref.sheet).notes.add(a1(ref.row, ref.col), text);
}

function setNoteContent(w: WriteContext, ref: CellRef, text: string): void {
  w.sheets.get(ref.sheet).notes.getItem(a1(ref.row, ref.col)).content = text;
}

function deleteNote(w: WriteContext, ref: CellRef): void {
  w.sheets.get(ref.sheet).notes.getItem(a1(ref.row, ref.col)).delete();
}

/** Queues taking marks away where the cell is still as the add-in left it; returns the cells left alone. */
function queueUnmark(w: WriteContext, records: MarkRecord[], looks: Map<string, CellLook>): CellRef[] {
  const skipped: CellRef[] = [];
  // Without names that follow each cell (before ExcelApi 1.7) a cell is followed by a binding of its own, or
  // through the bindings of its row's and column's ends, or known by its address where they could not say: on a
  // sheet where a cell not followed by its own binding has neither the add-in's colour nor its colour from
  // before, cells may have moved unseen, and the add-in's colour elsewhere may be on another cell than the one it
  // recorded. Nothing is restored on that sheet; its cells are named.
  const unsure = new Set<string>();
  if (!w.features.anchors)
    for (const r of records) {
      if (w.exact?.has(cellKey(r))) continue;
      const now = looks.get(cellKey(r));
      if (now && !isMarkFill(now.fill, MARK_FILLS) && (now.fill ?? null) !== (r.originalFill ?? null)) unsure.add(r.sheet);
    }
  for (const r of records) {
    const now = looks.get(cellKey(r));
    if (!now) continue;
    if (unsure.has(r.sheet)) {
      skipped.push(r);
      continue;
    }
    const plan = planUnmark(r, now, MARK_FILLS);
    if (plan.restoreFill) setFill(w, r, r.originalFill);
    if (plan.deleteNote) deleteNote(w, r);
    if (plan.skipped) skipped.push(r);
  }
  return skipped;
}

function skippedNotice(skipped: CellRef[]): string | undefined {
  return skipped.length ? HOST_MESSAGES.marksSkipped(skipped.map((r) => formatRef(r))) : undefined;
}

/** Puts, updates or removes the add-in's note so that it says `p.note`; a note the clerk rewrote becomes theirs. */
function placeNote(w: WriteContext, p: PlannedMark, rec: MarkRecord, now: NoteRead): void {
  if (now.exists && rec.note !== undefined && now.content !== rec.note) {
    rec.noteExisted = true;
    delete rec.note;
    return;
  }
  if (now.exists && rec.note === undefined) {
    rec.noteExisted = true;
    return;
  }
  if (p.note) {
    if (!now.exists) addNote(w, p, p.note);
    else if (now.content !== p.note) setNoteContent(w, p, p.note);
    rec.note = p.note;
  } else {
    if (now.exists) deleteNote(w, p);
    delete rec.note;
  }
}

/** What a cell must look like for the batch to count as undone there. */
interface Expected {
  ref: CellRef;
  before: CellLook;
}

function sameLook(now: CellLook, before: CellLook): boolean {
  if ((now.fill ?? null) !== (before.fill ?? null)) return false;
  if (!before.note || !now.note) return true;
  return now.note.exists === before.note.exists && (!now.note.exists || now.note.content === before.note.content);
}

/** Queues putting one cell back as it was before the batch, from what it has now. */
function queueBack(w: WriteContext, e: Expected, now: CellLook): void {
  if ((now.fill ?? null) !== (e.before.fill ?? null)) setFill(w, e.ref, e.before.fill);
  const b = e.before.note;
  const n = now.note;
  if (!b || !n) return;
  if (!b.exists && n.exists) deleteNote(w, e.ref);
  else if (b.exists && !n.exists) addNote(w, e.ref, b.content ?? '');
  else if (b.exists && n.exists && n.content !== b.content) setNoteContent(w, e.ref, b.content ?? '');
}

/**
 * After a mark batch failed partway: read what it applied, put it back, read again. What could not
 * be put back is recorded (merged into the journal from before the batch) and named to the clerk.
 */
async function recoverMarks(
  w: WriteContext,
  cause: unknown,
  expected: Expected[],
  plannedRecords: Map<string, MarkRecord>,
  r: { deps: RunnerDeps; journal: EditJournal },
): Promise<ApplyResult> {
  const fresh = (): WriteContext => ({ ...w, sheets: new SheetProxies(w.ctx) });
  const look = async (): Promise<Map<string, CellLook> | undefined> => {
    const rw = fresh();
    const got = queueLooks(rw, expected.map((e) => e.ref));
    try {
      await w.ctx.sync();
      return got();
    } catch {
      return undefined;
    }
  };
  const protectedCause = errorCode(cause) === 'AccessDenied' || errorCode(cause) === 'InvalidOperation';
  let now = await look();
  if (now) {
    const differ = expected.filter((e) => !sameLook(now!.get(cellKey(e.ref))!, e.before));
    if (differ.length) {
      // Sheet by sheet, so a sheet that refuses every write does not stop the others.
      for (const sheet of new Set(differ.map((e) => e.ref.sheet))) {
        const rw = fresh();
        for (const e of differ) if (e.ref.sheet === sheet) queueBack(rw, e, now.get(cellKey(e.ref))!);
        try {
          await w.ctx.sync();
        } catch {
          /* what is left is found by the next read */
        }
      }
      now = await look();
    }
  }
  const left = now ? expected.filter((e) => !sameLook(now!.get(cellKey(e.ref))!, e.before)) : expected;
  const detail = errorText(cause);
  if (left.length === 0) {
    return protectedCause
      ? { ok: false, reason: 'protected', message: HOST_MESSAGES.protectedRolledBack() }
      : { ok: false, reason: 'failed', message: HOST_MESSAGES.failedRolledBack(detail) };
  }
  // What is left stays the add-in's: record it, so 清除标记 can take it away later.
  const journal = r.journal;
  const records = journal.marks();
  const known = new Set(records.map(cellKey));
  for (const e of left) {
    const rec = plannedRecords.get(cellKey(e.ref));
    if (rec && !known.has(cellKey(e.ref))) records.push({ ...rec });
  }
  journal.commitMarks(records);
  // The journal saved ahead of the batch's writes already knows every cell a write reached.
  const saved = (await saveJournal(r.deps, w.ctx, journal)) || r.deps.store.savesInBatch;
  const refs = left.map((e) => formatRef(e.ref));
  return {
    ok: false,
    reason: 'failed',
    message: HOST_MESSAGES.marksPartlyRolledBack(detail, expected.length - left.length, refs, saved),
  };
}

export function prepareMark(marks: Mark[]): Prepare {
  const planned: PlannedMark[] = expandMarks(marks);
  return (w, hint): PreparedWrite => {
    const { unmark } = hint.planMarks(planned);
    const looks = queueLooks(w, [...planned, ...unmark]);
    return {
      usesJournal: true,
      finish(journal: EditJournal, sheets) {
        const touched = new Set([...planned, ...unmark].map((c) => c.sheet));
        const refused = protectedResult(sheets, touched);
        if (refused) return refused;
        const { carried } = journal.planMarks(planned);
        const seen = looks();

        // Every cell the batch may leave marked, recorded before any is touched (see recover).
        const superset = new Map<string, MarkRecord>();
        const records: MarkRecord[] = [];
        const plannedRecords = new Map<string, MarkRecord>();
        const expected: Expected[] = [];
        for (const r of unmark) {
          superset.set(cellKey(r), r);
          expected.push({ ref: r, before: seen.get(cellKey(r))! });
        }
        for (const p of planned) {
          const key = cellKey(p);
          const now = seen.get(key)!;
          expected.push({ ref: p, before: now });
          const prev = carried.get(key);
          // A cell the clerk painted since it was marked: their colour is what clearing gives back.
          const stillOurs = prev && isMarkFill(now.fill, MARK_FILLS);
          const rec: MarkRecord = prev
            ? { ...prev, severity: p.severity, ...(stillOurs ? {} : { originalFill: now.fill }) }
            : { sheet: p.sheet, row: p.row, col: p.col, severity: p.severity, originalFill: now.fill, noteExisted: !!now.note?.exists };
          const pre: MarkRecord = { ...rec };
          if (!rec.noteExisted && p.note) pre.note = p.note;
          superset.set(key, prev ? { ...prev, ...pre, note: pre.note ?? prev.note } : pre);
          plannedRecords.set(key, pre);
          records.push(rec);
        }
        const first = journal.copy();
        first.commitMarks([...superset.values()]);
        w.saveFirst?.(first);

        const skipped = queueUnmark(w, unmark, seen);
        planned.forEach((p, i) => {
          setFill(w, p, MARK_FILL[p.severity]);
          const note = seen.get(cellKey(p))!.note;
          if (note && !records[i].noteExisted) placeNote(w, p, records[i], note);
        });
        return {
          written: planned.length,
          sheets: [...touched],
          notice: skippedNotice(skipped),
          commit: (j) => j.commitMarks(records),
          rollback: () => undefined,
          recover: (rw, cause, r) => recoverMarks(rw, cause, expected, plannedRecords, r),
        };
      },
    };
  };
}

export function prepareClearMarks(): Prepare {
  return (w, hint): PreparedWrite => {
    const records = hint.marks();
    const looks = queueLooks(w, records);
    return {
      usesJournal: true,
      finish(_journal, sheets) {
        if (records.length === 0) return { ok: true, written: 0 };
        const refused = protectedResult(sheets, new Set(records.map((r) => r.sheet)));
        if (refused) return refused;
        const seen = looks();
        const skipped = queueUnmark(w, records, seen);
        const expected: Expected[] = records.map((r) => ({ ref: r, before: seen.get(cellKey(r))! }));
        return {
          written: records.length - skipped.length,
          sheets: [...new Set(records.map((r) => r.sheet))],
          notice: skippedNotice(skipped),
          commit: (j) => j.commitMarks([]),
          rollback: () => undefined,
          recover: (rw, cause, r) => recoverMarks(rw, cause, expected, new Map(), r),
        };
      },
    };
  };
}
