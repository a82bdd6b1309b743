import type { Severity } from '../engine';
import type { CellRef, RawCell } from '../engine';
import type { CellInput, Conflict, Mark, UndoEntry } from './host';

/**
 * The add-in's own record of what it changed in a workbook, shared by the Excel and WPS hosts:
 * - every batch of edits with each touched cell's previous content, so the last batch can be undone;
 * - which cells the add-in wrote (and with what), so rewriting them needs no confirmation while a
 *   cell the clerk typed into, or changed afterwards, is a conflict;
 * - every marked cell's previous fill and whether it had a note, so marks can be cleared exactly.
 * It knows no host API: hosts read cells, ask the journal, write, then commit. It serializes to JSON
 * so a host can keep it inside the document.
 */

export type StoredValue = string | number | boolean | null | { error: string };

/** A cell as the add-in found it: the value it shows and, when it has one, its formula. */
export interface CellState {
  value: StoredValue;
  formula?: string;
}

export interface JournalCell {
  sheet: string;
  row: number;
  col: number;
  before: CellState;
  after: CellInput;
  /** What the add-in owned in this cell before the batch; absent when it owned nothing there. */
  ownedBefore?: StoredValue;
}

export interface JournalBatch {
  id: string;
  label: string;
  at: string;
  cells: JournalCell[];
  /** Sheets the batch created: undoing it deletes them. */
  createdSheets: string[];
}

export interface MarkRecord {
  sheet: string;
  row: number;
  col: number;
  severity: Severity;
  /** The fill the cell had before the add-in marked it; null = no fill. */
  originalFill: string | null;
  /** The cell already had a note of the clerk's: the add-in left it alone. */
  noteExisted: boolean;
  /** The note the add-in put on the cell, when it put one. */
  note?: string;
}

/** One cell a set of marks asks for: its colour, and the note text when the cell heads a mark. */
export interface PlannedMark {
  sheet: string;
  row: number;
  col: number;
  severity: Severity;
  note?: string;
}

export interface JournalData {
  version: 1;
  /** Bumped on every change, so a host can tell that another runtime changed the stored journal. */
  rev: number;
  seq: number;
  batches: JournalBatch[];
  /** sheet → "row,col" → the value the add-in wrote there. */
  owned: Record<string, Record<string, StoredValue>>;
  marks: MarkRecord[];
  /**
   * The host's stable id of each sheet the journal names (Excel's worksheet id), so a renamed sheet
   * is found again; absent on hosts that have none (then a sheet is known by its name only).
   */
  sheetIds?: Record<string, string>;
}

/** A sheet as the host lists it now. */
export interface SheetIdentity {
  name: string;
  /** Stable across renames (Excel's worksheet id); undefined where the host has none. */
  id?: string;
}

/** What `reconcileSheets` found: sheets renamed since (followed), sheets gone (their entries dropped). */
export interface SheetChanges {
  renamed: Array<{ from: string; to: string }>;
  dropped: Array<{ sheet: string; marks: number; cells: number }>;
}

/** Cells the clerk deleted (with their rows or columns) since the journal recorded them. */
export type JournalCellsGone = CellRef[];

export function hasSheetChanges(c: SheetChanges): boolean {
  return c.renamed.length > 0 || c.dropped.length > 0;
}

/** Undo keeps this many batches; older ones are forgotten (their cells stay owned). */
export const MAX_UNDO_BATCHES = 20;

export function cellKey(ref: { sheet: string; row: number; col: number }): string {
  return `${ref.sheet}\u0000${ref.row},${ref.col}`;
}

/** The last edit of each cell wins, as if the batch had been typed in order. */
export function lastPerCell<T extends CellRef>(cells: T[]): T[] {
  const byKey = new Map<string, T>();
  for (const c of cells) {
    byKey.delete(cellKey(c));
    byKey.set(cellKey(c), c);
  }
  return [...byKey.values()];
}

export function isBlankValue(v: StoredValue | CellInput | undefined): boolean {
  return v === null || v === undefined || v === '';
}

export function isEmptyState(s: CellState): boolean {
  return !s.formula && isBlankValue(s.value);
}

export function toRawCell(v: StoredValue): RawCell {
  return typeof v === 'object' && v !== null ? { error: v.error } : v;
}

const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?%?$/;

/** A number as a spreadsheet would store it when the text is typed into a cell ("45.47%" → 0.4547). */
function asNumber(v: StoredValue | CellInput): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (t === '' || !/\d/.test(t) || !NUMBER_TEXT.test(t)) return undefined;
  const percent = t.endsWith('%');
  const n = Number(t.replace(/[,%]/g, ''));
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

/** Whether a cell showing `shown` shows what was written as `written`, allowing for the sheet's own parsing of text. */
export function sameShown(shown: StoredValue, written: StoredValue | CellInput): boolean {
  if (isBlankValue(shown) || isBlankValue(written)) return isBlankValue(shown) && isBlankValue(written);
  if (typeof shown === 'object' || typeof written === 'object') {
    return typeof shown === 'object' && typeof written === 'object' && shown!.error === written!.error;
  }
  if (typeof shown === 'boolean' || typeof written === 'boolean') return shown === written;
  if (shown === written) return true;
  const a = asNumber(shown);
  const b = asNumber(written);
  if (a === undefined || b === undefined) return false;
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

function emptyData(): JournalData {
  return { version: 1, rev: 0, seq: 0, batches: [], owned: {}, marks: [] };
}

function isJournalData(raw: unknown): raw is JournalData {
  if (typeof raw !== 'object' || raw === null) return false;
  const d = raw as Partial<JournalData>;
  return (
    d.version === 1 &&
    typeof d.rev === 'number' &&
    typeof d.seq === 'number' &&
    Array.isArray(d.batches) &&
    Array.isArray(d.marks) &&
    typeof d.owned === 'object' &&
    d.owned !== null
  );
}

export class EditJournal {
  private data: JournalData;

  constructor(data?: JournalData) {
    this.data = data ? structuredCloneJson(data) : emptyData();
  }

  /** Reads what a host stored; anything unreadable (an older format, a damaged setting) starts afresh. */
  static parse(text: string | null | undefined): EditJournal {
    if (!text) return new EditJournal();
    try {
      const raw: unknown = JSON.parse(text);
      return new EditJournal(isJournalData(raw) ? raw : undefined);
    } catch {
      return new EditJournal();
    }
  }

  serialize(): string {
    return JSON.stringify(this.data);
  }

  copy(): EditJournal {
    return new EditJournal(this.data);
  }

  toJSON(): JournalData {
    return structuredCloneJson(this.data);
  }

  get rev(): number {
    return this.data.rev;
  }

  /** The value the add-in wrote into the cell, if it owns it. */
  ownedValue(ref: CellRef): StoredValue | undefined {
    const bySheet = this.data.owned[ref.sheet];
    if (!bySheet) return undefined;
    const key = `${ref.row},${ref.col}`;
    return Object.prototype.hasOwnProperty.call(bySheet, key) ? bySheet[key] : undefined;
  }

  /** The cell is the add-in's: it still shows exactly what the add-in wrote, and no formula replaced it. */
  owns(ref: CellRef, current: CellState): boolean {
    const owned = this.ownedValue(ref);
    return owned !== undefined && !current.formula && sameShown(current.value, owned);
  }

  /**
   * Cells the add-in may not write without asking: non-empty, not the add-in's, and not already
   * showing the wanted value. A formula is always the clerk's.
   */
  conflicts(targets: Array<{ ref: CellRef; current: CellState; wanted: CellInput }>): Conflict[] {
    const out: Conflict[] = [];
    for (const t of targets) {
      if (isEmptyState(t.current)) continue;
      if (this.owns(t.ref, t.current)) continue;
      if (!t.current.formula && sameShown(t.current.value, t.wanted)) continue;
      out.push({ ref: { ...t.ref }, current: toRawCell(t.current.value), wanted: t.wanted });
    }
    return out;
  }

  /** Records a batch that was written. The add-in owns each cell whose content it changed. */
  recordBatch(
    label: string,
    cells: Array<{ ref: CellRef; before: CellState; after: CellInput }>,
    options: { createdSheets?: string[]; at?: Date } = {},
  ): JournalBatch {
    const d = this.data;
    d.seq += 1;
    const batch: JournalBatch = {
      id: `b${d.seq}`,
      label,
      at: (options.at ?? new Date()).toISOString(),
      cells: [],
      createdSheets: [...(options.createdSheets ?? [])],
    };
    for (const c of cells) {
      const ownedBefore = this.ownedValue(c.ref);
      const entry: JournalCell = { ...c.ref, before: { ...c.before }, after: c.after };
      if (ownedBefore !== undefined) entry.ownedBefore = ownedBefore;
      batch.cells.push(entry);
      const changed = !!c.before.formula || !sameShown(c.before.value, c.after);
      if (isBlankValue(c.after)) this.setOwned(c.ref, undefined);
      else if (changed || ownedBefore !== undefined) this.setOwned(c.ref, c.after);
    }
    d.batches.push(batch);
    if (d.batches.length > MAX_UNDO_BATCHES) d.batches.splice(0, d.batches.length - MAX_UNDO_BATCHES);
    d.rev += 1;
    return structuredCloneJson(batch);
  }

  lastBatch(): JournalBatch | undefined {
    const b = this.data.batches[this.data.batches.length - 1];
    return b ? structuredCloneJson(b) : undefined;
  }

  /** Cells of the batch that no longer show what the batch wrote: undoing would overwrite someone's later edit. */
  undoConflicts(batch: JournalBatch, current: (ref: CellRef) => CellState): Conflict[] {
    const out: Conflict[] = [];
    for (const c of batch.cells) {
      if (batch.createdSheets.includes(c.sheet)) continue;
      const now = current(c);
      const unchanged = !now.formula && sameShown(now.value, c.after);
      if (!unchanged) out.push({ ref: { sheet: c.sheet, row: c.row, col: c.col }, current: toRawCell(now.value), wanted: null });
    }
    return out;
  }

  /** Forgets the last batch after a host restored its cells, giving back the ownership it had before. */
  commitUndo(batchId: string): void {
    const d = this.data;
    const last = d.batches[d.batches.length - 1];
    if (!last || last.id !== batchId) throw new Error(`journal: ${batchId} is not the last batch`);
    d.batches.pop();
    for (const c of last.cells) this.setOwned(c, c.ownedBefore);
    for (const sheet of last.createdSheets) delete d.owned[sheet];
    d.rev += 1;
  }

  history(): UndoEntry[] {
    return [...this.data.batches]
      .reverse()
      .map((b) => ({ id: b.id, label: b.label, at: b.at, cells: b.cells.length }));
  }

  marks(): MarkRecord[] {
    return structuredCloneJson(this.data.marks);
  }

  markAt(ref: CellRef): MarkRecord | undefined {
    const m = this.data.marks.find((r) => r.sheet === ref.sheet && r.row === ref.row && r.col === ref.col);
    return m ? { ...m } : undefined;
  }

  /**
   * Splits a new set of marks against the current one: cells already marked keep the fill and note
   * state recorded when they were first marked (`carried`); cells no longer marked must be restored.
   */
  planMarks(planned: PlannedMark[]): { carried: Map<string, MarkRecord>; unmark: MarkRecord[] } {
    const wanted = new Set(planned.map(cellKey));
    const carried = new Map<string, MarkRecord>();
    const unmark: MarkRecord[] = [];
    for (const r of this.data.marks) {
      if (wanted.has(cellKey(r))) carried.set(cellKey(r), { ...r });
      else unmark.push({ ...r });
    }
    return { carried, unmark };
  }

  /** Replaces the recorded marks with the ones now on the sheets (empty after clearing). */
  commitMarks(records: MarkRecord[]): void {
    this.data.marks = structuredCloneJson(records);
    this.data.rev += 1;
  }

  /** Names of every sheet the journal has an entry on. */
  sheetNames(): string[] {
    const d = this.data;
    const names = new Set<string>([...d.marks.map((m) => m.sheet), ...Object.keys(d.owned)]);
    for (const b of d.batches) {
      for (const c of b.cells) names.add(c.sheet);
      for (const s of b.createdSheets) names.add(s);
    }
    return [...names];
  }

  /**
   * Brings the journal in line with the sheets as they are now: entries on a renamed sheet follow it
   * (when the host gives sheet ids), entries on a sheet that is gone are dropped, so no operation
   * ever tries to reach a sheet that is not there. Records the ids of the sheets it names.
   */
  reconcileSheets(current: SheetIdentity[]): SheetChanges {
    const d = this.data;
    const changes: SheetChanges = { renamed: [], dropped: [] };
    const byName = new Map(current.map((s) => [s.name, s]));
    const byId = new Map(current.filter((s) => s.id !== undefined).map((s) => [s.id!, s]));
    const ids = d.sheetIds ?? {};
    const rename = new Map<string, string>();
    const drop = new Set<string>();
    for (const name of this.sheetNames()) {
      const id = ids[name];
      const now = id !== undefined && byId.size ? byId.get(id) : byName.get(name);
      if (!now) drop.add(name);
      else if (now.name !== name) rename.set(name, now.name);
    }
    if (rename.size || drop.size) {
      const to = (name: string) => rename.get(name) ?? name;
      for (const name of drop) {
        changes.dropped.push({
          sheet: name,
          marks: d.marks.filter((m) => m.sheet === name).length,
          cells: d.batches.reduce((n, b) => n + b.cells.filter((c) => c.sheet === name).length, 0),
        });
      }
      for (const [from, target] of rename) changes.renamed.push({ from, to: target });
      d.marks = d.marks.filter((m) => !drop.has(m.sheet)).map((m) => ({ ...m, sheet: to(m.sheet) }));
      const owned: JournalData['owned'] = {};
      for (const [name, cells] of Object.entries(d.owned)) if (!drop.has(name)) owned[to(name)] = cells;
      d.owned = owned;
      d.batches = d.batches
        .map((b) => ({
          ...b,
          cells: b.cells.filter((c) => !drop.has(c.sheet)).map((c) => ({ ...c, sheet: to(c.sheet) })),
          createdSheets: b.createdSheets.filter((s) => !drop.has(s)).map(to),
        }))
        .filter((b) => b.cells.length > 0 || b.createdSheets.length > 0);
      d.rev += 1;
    }
    this.rememberSheetIds(current);
    return changes;
  }

  /**
   * Every cell the journal names (marks, owned cells, cells of the batches), per sheet, in a fixed order (sheets by
   * name, cells by row then column): what a host anchors in the document (Excel and WPS names) so that the cells
   * can be followed when the clerk inserts or deletes rows or columns. The same journal always gives the same list.
   */
  anchorCells(): Array<{ sheet: string; cells: Array<{ row: number; col: number }> }> {
    const d = this.data;
    const bySheet = new Map<string, Map<string, { row: number; col: number }>>();
    const add = (sheet: string, row: number, col: number) => {
      let m = bySheet.get(sheet);
      if (!m) bySheet.set(sheet, (m = new Map()));
      m.set(`${row},${col}`, { row, col });
    };
    for (const m of d.marks) add(m.sheet, m.row, m.col);
    for (const [sheet, cells] of Object.entries(d.owned))
      for (const k of Object.keys(cells)) {
        const [row, col] = k.split(',').map(Number);
        add(sheet, row, col);
      }
    for (const b of d.batches) for (const c of b.cells) add(c.sheet, c.row, c.col);
    return [...bySheet.keys()]
      .sort()
      .map((sheet) => ({ sheet, cells: [...bySheet.get(sheet)!.values()].sort((a, b) => a.row - b.row || a.col - b.col) }));
  }

  /**
   * Moves every entry to where its cell is now (`moves`: cellKey of the recorded cell → its address now, or null
   * when the clerk deleted it). Entries of a deleted cell are dropped: there is nothing left to restore there.
   * Returns how many cells moved and which were deleted.
   */
  relocate(moves: Map<string, { row: number; col: number } | null>): { moved: number; gone: CellRef[] } {
    const d = this.data;
    const gone = new Map<string, CellRef>();
    const movedKeys = new Set<string>();
    const at = <T extends CellRef>(c: T): T | undefined => {
      const k = cellKey(c);
      if (!moves.has(k)) return c;
      const to = moves.get(k);
      if (!to) {
        gone.set(k, { sheet: c.sheet, row: c.row, col: c.col });
        return undefined;
      }
      if (to.row !== c.row || to.col !== c.col) movedKeys.add(k);
      return { ...c, row: to.row, col: to.col };
    };
    const changed = [...moves].some(([k, to]) => {
      if (!to) return true;
      const [, rc] = k.split('\u0000');
      return rc !== `${to.row},${to.col}`;
    });
    if (!changed) return { moved: 0, gone: [] };
    d.marks = d.marks.map((m) => at(m)).filter((m): m is MarkRecord => m !== undefined);
    const owned: JournalData['owned'] = {};
    for (const [sheet, cells] of Object.entries(d.owned))
      for (const [k, v] of Object.entries(cells)) {
        const [row, col] = k.split(',').map(Number);
        const to = at({ sheet, row, col });
        if (to) (owned[sheet] ??= {})[`${to.row},${to.col}`] = v;
      }
    d.owned = owned;
    d.batches = d.batches
      .map((b) => ({ ...b, cells: b.cells.map((c) => at(c)).filter((c): c is JournalCell => c !== undefined) }))
      .filter((b) => b.cells.length > 0 || b.createdSheets.length > 0);
    d.rev += 1;
    return { moved: movedKeys.size, gone: [...gone.values()] };
  }

  /** Records the id of every sheet the journal names that is in `current`, so its next rename is followed. */
  rememberSheetIds(current: SheetIdentity[]): void {
    const d = this.data;
    if (!current.some((s) => s.id !== undefined)) return;
    const byName = new Map(current.map((s) => [s.name, s]));
    const old = d.sheetIds ?? {};
    const next: Record<string, string> = {};
    for (const name of this.sheetNames()) {
      const id = byName.get(name)?.id ?? old[name];
      if (id !== undefined) next[name] = id;
    }
    if (JSON.stringify(next) !== JSON.stringify(old)) d.sheetIds = next;
  }

  private setOwned(ref: CellRef, value: StoredValue | undefined): void {
    const owned = this.data.owned;
    const key = `${ref.row},${ref.col}`;
    if (value === undefined) {
      const bySheet = owned[ref.sheet];
      if (!bySheet) return;
      delete bySheet[key];
      if (Object.keys(bySheet).length === 0) delete owned[ref.sheet];
      return;
    }
    (owned[ref.sheet] ??= {})[key] = value;
  }
}

/** Whether a fill is one the add-in puts on marked cells (either severity's). */
export function isMarkFill(fill: string | null | undefined, markFills: readonly string[]): boolean {
  return !!fill && markFills.includes(fill.toUpperCase());
}

/**
 * What taking a mark away does to one cell, from what the cell has now: the fill goes back only if
 * the cell still has the add-in's colour (a colour the clerk painted since stays, and so does a cell
 * that moved away after rows or columns were inserted); the note goes only if it is exactly the
 * add-in's text. `skipped` when the cell no longer looks as the add-in left it: the clerk is told.
 */
export function planUnmark(
  r: MarkRecord,
  now: { fill: string | null; note?: { exists: boolean; content?: string } },
  markFills: readonly string[],
): { restoreFill: boolean; deleteNote: boolean; skipped: boolean } {
  const ours = isMarkFill(now.fill, markFills);
  const untouched = !ours && (now.fill ?? null) === (r.originalFill ?? null);
  const noteOurs = !!r.note && !!now.note?.exists && now.note.content === r.note;
  // The add-in's note changed, or gone from the address (deleted, or moved away with its cell).
  const noteChanged = !!r.note && !!now.note && (!now.note.exists || now.note.content !== r.note);
  return { restoreFill: ours, deleteNote: noteOurs, skipped: (!ours && !untouched) || noteChanged };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1 };

/**
 * The cells a set of marks colours: every cell of each range, the more severe colour winning where
 * marks overlap; each mark's note goes on the first cell of its range, notes on one cell joined.
 */
export function expandMarks(marks: Mark[]): PlannedMark[] {
  const cells = new Map<string, PlannedMark>();
  const notes = new Map<string, string[]>();
  for (const m of marks) {
    const { top, left, bottom, right } = m.range;
    for (let row = top; row <= bottom; row++) {
      for (let col = left; col <= right; col++) {
        const key = cellKey({ sheet: m.sheet, row, col });
        const prev = cells.get(key);
        if (!prev || SEVERITY_RANK[m.severity] > SEVERITY_RANK[prev.severity]) {
          cells.set(key, { sheet: m.sheet, row, col, severity: m.severity });
        }
      }
    }
    const head = cellKey({ sheet: m.sheet, row: top, col: left });
    const text = m.note.trim();
    if (text) {
      const list = notes.get(head) ?? [];
      if (!list.includes(text)) list.push(text);
      notes.set(head, list);
    }
  }
  for (const [key, list] of notes) cells.get(key)!.note = list.join('\n');
  return [...cells.values()];
}

function structuredCloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
