import { a1 } from '../../engine/grid/address';
import type { CellRef } from '../../engine/grid/types';
import type { Mark } from '../host';
import { cellKey, expandMarks, type EditJournal, type MarkRecord, type PlannedMark } from '../journal';
import { MARK_FILL, normalizeColor } from '../mark-style';
import { rangeAddress } from './cell-io';
import { protectedResult, type Prepare, type PreparedWrite, type WriteContext } from './write-runner';

/**
 * Marks are a fill colour per cell and, where ExcelApi 1.18 is there, a note on the first cell of
 * each finding. The journal keeps each cell's fill from before the add-in first marked it, and whether
 * the clerk already had a note there (such a note is never touched). Only a note that still says what
 * the add-in wrote is removed when the mark goes away.
 */

interface NoteRead {
  exists: boolean;
  content?: string;
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

/** Queues taking marks away: the cell's own fill back, and the add-in's note gone if it is unchanged. */
function queueUnmark(w: WriteContext, records: MarkRecord[], notes: Map<string, () => NoteRead>): void {
  for (const r of records) {
    setFill(w, r, r.originalFill);
    const read = notes.get(cellKey(r));
    if (r.note && read) {
      const now = read();
      if (now.exists && now.content === r.note) deleteNote(w, r);
    }
  }
}

/** Fills as they were before this operation, for a rollback (notes need ExcelApi 1.18, which always reports protection up front). */
function fillRollback(before: Map<string, { ref: CellRef; fill: string | null }>) {
  return (rw: WriteContext, sheet?: string) => {
    for (const { ref, fill } of before.values()) if (!sheet || ref.sheet === sheet) setFill(rw, ref, fill);
  };
}

export function prepareMark(marks: Mark[]): Prepare {
  const planned: PlannedMark[] = expandMarks(marks);
  return (w, hint): PreparedWrite => {
    const { carried, unmark } = hint.planMarks(planned);
    const fills = new Map<string, () => string | null>();
    for (const p of planned) if (!carried.has(cellKey(p))) fills.set(cellKey(p), queueFillRead(w, p));
    const notes = new Map<string, () => NoteRead>();
    if (w.features.notes) {
      for (const p of planned) notes.set(cellKey(p), queueNoteRead(w, p));
      for (const r of unmark) if (r.note) notes.set(cellKey(r), queueNoteRead(w, r));
    }
    return {
      usesJournal: true,
      finish(journal: EditJournal, sheets) {
        const touched = new Set([...planned, ...unmark].map((c) => c.sheet));
        const refused = protectedResult(sheets, touched);
        if (refused) return refused;

        const before = new Map<string, { ref: CellRef; fill: string | null }>();
        for (const r of unmark) before.set(cellKey(r), { ref: r, fill: MARK_FILL[r.severity] });
        queueUnmark(w, unmark, notes);

        const records: MarkRecord[] = [];
        for (const p of planned) {
          const key = cellKey(p);
          const prev = carried.get(key);
          const note = notes.get(key)?.();
          const rec: MarkRecord = prev
            ? { ...prev, severity: p.severity }
            : { sheet: p.sheet, row: p.row, col: p.col, severity: p.severity, originalFill: fills.get(key)!(), noteExisted: !!note?.exists };
          before.set(key, { ref: p, fill: prev ? MARK_FILL[prev.severity] : rec.originalFill });
          setFill(w, p, MARK_FILL[p.severity]);
          if (note && !rec.noteExisted) placeNote(w, p, rec, note);
          records.push(rec);
        }
        return {
          written: planned.length,
          sheets: [...touched],
          commit: (j) => j.commitMarks(records),
          rollback: fillRollback(before),
        };
      },
    };
  };
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

export function prepareClearMarks(): Prepare {
  return (w, hint): PreparedWrite => {
    const records = hint.marks();
    const notes = new Map<string, () => NoteRead>();
    if (w.features.notes) for (const r of records) if (r.note) notes.set(cellKey(r), queueNoteRead(w, r));
    return {
      usesJournal: true,
      finish(journal, sheets) {
        if (records.length === 0) return { ok: true, written: 0 };
        const refused = protectedResult(sheets, new Set(records.map((r) => r.sheet)));
        if (refused) return refused;
        queueUnmark(w, records, notes);
        const before = new Map(records.map((r) => [cellKey(r), { ref: r as CellRef, fill: MARK_FILL[r.severity] as string | null }]));
        return {
          written: records.length,
          sheets: [...new Set(records.map((r) => r.sheet))],
          commit: (j) => j.commitMarks([]),
          rollback: fillRollback(before),
        };
      },
    };
  };
}
