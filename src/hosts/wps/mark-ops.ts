import type { ApplyResult, Mark } from '../host';
import { formatRef } from '../../engine';
import { cellKey, expandMarks, isMarkFill, planUnmark, type EditJournal, type MarkRecord } from '../journal';
import { HOST_MESSAGES } from '../messages';
import { MARK_FILL } from '../mark-style';
import { cellAt, readFill, writeFill } from './cell-io';
import { protectedResult, sheetMissingResult, type PlannedWrite, type RunnerContext, type UndoLog } from './write-runner';
import type { EtRange } from './wps-types';

/**
 * Marks are a fill colour on every cell of a finding and a comment (批注) with its message on the
 * first cell. The journal keeps each marked cell's previous fill and whether it had a comment of the
 * clerk's (then the add-in adds none), so clearing puts every cell back as it was.
 */

/**
 * The comment the add-in put there, if it is still there and says exactly what the add-in wrote. A
 * comment the clerk extended or rewrote is theirs now, with their words: it is never deleted.
 */
function ownComment(cell: EtRange, note: string | undefined) {
  if (!note) return undefined;
  const c = cell.Comment;
  return c && c.Text().trim() === note.trim() ? c : undefined;
}

const MARK_FILLS: readonly string[] = Object.values(MARK_FILL);

function setNote(cell: EtRange, log: UndoLog, had: string | undefined, want: string | undefined): string | undefined {
  if (had === want) return had;
  const existing = ownComment(cell, had);
  if (existing) {
    if (want) {
      existing.Text(want);
      log.push(() => existing.Text(had!));
      return want;
    }
    existing.Delete();
    log.push(() => cell.AddComment(had!));
    return undefined;
  }
  if (!want || cell.Comment) return undefined;
  const added = cell.AddComment(want);
  log.push(() => added.Delete());
  return want;
}

function setFill(cell: EtRange, log: UndoLog, before: string | null, fill: string | null): void {
  writeFill(cell, fill);
  log.push(() => writeFill(cell, before));
}

/** Replaces the marks on the sheets by `marks` (an empty list clears them). */
export function planMarks(ctx: RunnerContext, marks: Mark[]) {
  return (journal: EditJournal): PlannedWrite | ApplyResult => {
    const planned = expandMarks(marks);
    const { carried, unmark } = journal.planMarks(planned);
    if (planned.some((p) => !ctx.sheet(p.sheet))) return sheetMissingResult();
    // A mark on a sheet the clerk deleted since is gone with it.
    const restorable = unmark.filter((r) => ctx.sheet(r.sheet));
    const sheets = [...new Set([...planned.map((p) => p.sheet), ...restorable.map((r) => r.sheet)])];
    const refused = protectedResult(sheets.map((s) => ctx.sheet(s)));
    if (refused) return refused;
    const records: MarkRecord[] = [];
    const skipped: MarkRecord[] = [];
    // Restore only what is still as the add-in left it: the clerk's colour or words stay.
    const unmarkPlans = restorable.map((r) => {
      const cell = cellAt(ctx.sheet(r.sheet)!, r.row, r.col);
      const comment = cell.Comment;
      const plan = planUnmark(r, { fill: readFill(cell), note: { exists: !!comment, content: comment?.Text() } }, MARK_FILLS);
      if (plan.skipped) skipped.push(r);
      return { r, cell, plan, fill: readFill(cell) };
    });
    // How every cell the batch may touch looks before it, to tell after a failure what is left.
    const touched = [...restorable, ...planned].map((r) => {
      const cell = cellAt(ctx.sheet(r.sheet)!, r.row, r.col);
      return { ref: { sheet: r.sheet, row: r.row, col: r.col }, cell, fill: readFill(cell), note: cell.Comment?.Text() };
    });
    return {
      superset: (j) => {
        // Every cell the batch may leave marked, with what it had before (see mark-ops in ../excel).
        const all = new Map(j.marks().map((r) => [cellKey(r), r]));
        for (const p of planned) {
          const prev = carried.get(cellKey(p));
          const cell = cellAt(ctx.sheet(p.sheet)!, p.row, p.col);
          const now = readFill(cell);
          const stillOurs = prev && isMarkFill(now, MARK_FILLS);
          const rec: MarkRecord = prev
            ? { ...prev, severity: p.severity, ...(stillOurs ? {} : { originalFill: now }) }
            : { sheet: p.sheet, row: p.row, col: p.col, severity: p.severity, originalFill: now, noteExisted: !!cell.Comment };
          if (!rec.noteExisted && p.note) rec.note = p.note;
          all.set(cellKey(p), rec);
        }
        j.commitMarks([...all.values()]);
        return j;
      },
      left: () => touched.filter((t) => readFill(t.cell) !== t.fill || t.cell.Comment?.Text() !== t.note).map((t) => t.ref),
      written: planned.length + restorable.length - skipped.length,
      sheets,
      notice: skipped.length ? HOST_MESSAGES.marksSkipped(skipped.map((r) => formatRef(r))) : undefined,
      write: (log) => {
        for (const { r, cell, plan, fill } of unmarkPlans) {
          if (plan.restoreFill) setFill(cell, log, fill, r.originalFill);
          if (!r.noteExisted && plan.deleteNote) setNote(cell, log, r.note, undefined);
        }
        for (const p of planned) {
          const cell = cellAt(ctx.sheet(p.sheet)!, p.row, p.col);
          const prev = carried.get(cellKey(p));
          const now = readFill(cell);
          // A cell the clerk painted since it was marked: their colour is what clearing gives back.
          const stillOurs = prev && isMarkFill(now, MARK_FILLS);
          const record: MarkRecord = prev
            ? { ...prev, severity: p.severity, ...(stillOurs ? {} : { originalFill: now }) }
            : { sheet: p.sheet, row: p.row, col: p.col, severity: p.severity, originalFill: now, noteExisted: !!cell.Comment };
          setFill(cell, log, now, MARK_FILL[p.severity]);
          if (!record.noteExisted) {
            const note = setNote(cell, log, prev?.note, p.note);
            if (note === undefined) delete record.note;
            else record.note = note;
          }
          records.push(record);
        }
      },
      commit: (j) => j.commitMarks(records),
    };
  };
}
