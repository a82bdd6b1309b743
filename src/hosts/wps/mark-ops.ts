import type { ApplyResult, Mark } from '../host';
import { cellKey, expandMarks, type EditJournal, type MarkRecord } from '../journal';
import { MARK_FILL } from '../mark-style';
import { cellAt, readFill, writeFill } from './cell-io';
import { protectedResult, sheetMissingResult, type PlannedWrite, type RunnerContext, type UndoLog } from './write-runner';
import type { EtRange } from './wps-types';

/**
 * Marks are a fill colour on every cell of a finding and a comment (批注) with its message on the
 * first cell. The journal keeps each marked cell's previous fill and whether it had a comment of the
 * clerk's (then the add-in adds none), so clearing puts every cell back as it was.
 */

/** The comment the add-in put there, if it is still there and still the add-in's text. */
function ownComment(cell: EtRange, note: string | undefined) {
  if (!note) return undefined;
  const c = cell.Comment;
  // WPS may put the author's name before the text; the clerk may have replaced the text.
  return c && c.Text().includes(note.trim()) ? c : undefined;
}

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
    return {
      written: planned.length + restorable.length,
      sheets,
      write: (log) => {
        for (const r of restorable) {
          const cell = cellAt(ctx.sheet(r.sheet)!, r.row, r.col);
          setFill(cell, log, MARK_FILL[r.severity], r.originalFill);
          if (!r.noteExisted) setNote(cell, log, r.note, undefined);
        }
        for (const p of planned) {
          const cell = cellAt(ctx.sheet(p.sheet)!, p.row, p.col);
          const prev = carried.get(cellKey(p));
          const record: MarkRecord = prev
            ? { ...prev, severity: p.severity }
            : { sheet: p.sheet, row: p.row, col: p.col, severity: p.severity, originalFill: readFill(cell), noteExisted: !!cell.Comment };
          setFill(cell, log, prev ? MARK_FILL[prev.severity] : record.originalFill, MARK_FILL[p.severity]);
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
