import type { CellRange, CellRef, RawCell, WorkbookGrid } from '../engine';
import type { Severity } from '../engine';

/**
 * What the task pane and the ribbon commands know of a spreadsheet. Excel (Office.js), WPS (its JS
 * object model) and the browser demo each implement it; the engine never sees a host.
 */
export type HostKind = 'excel' | 'wps' | 'demo';

export type CellInput = string | number | null;

export interface CellEdit {
  sheet: string;
  row: number;
  col: number;
  value: CellInput;
}

export interface EditBatch {
  /** What the batch does, shown in the undo list: "填充占比", "生成情况说明". */
  label: string;
  edits: CellEdit[];
  /** The clerk agreed to overwrite non-empty cells the add-in did not write. */
  overwrite?: boolean;
}

/** A finding shown on the sheet: fill colour by severity plus a note (comment) with the message. */
export interface Mark {
  sheet: string;
  range: CellRange;
  severity: Severity;
  note: string;
}

export interface Conflict {
  ref: CellRef;
  current: RawCell;
  wanted: CellInput;
}

export type ApplyResult =
  /** `notice`: what the clerk should know although it worked (a sheet renamed or gone, cells left alone). */
  | { ok: true; written: number; notice?: string }
  /** Nothing was written: these non-empty cells belong to the clerk; ask, then retry with overwrite. */
  | { ok: false; reason: 'conflict'; conflicts: Conflict[]; message: string }
  /** Nothing was written (or everything written was rolled back). */
  | { ok: false; reason: 'protected' | 'failed' | 'too-large'; message: string };

export interface UndoEntry {
  id: string;
  label: string;
  at: string;
  cells: number;
}

/** A sheet the host left unread, with the sentence that tells the clerk why. */
export interface SkippedSheet {
  sheet: string;
  reason: 'too-large';
  /** Cells in the sheet's used range. */
  cells: number;
  message: string;
}

/** What readWorkbook returns: the grid, plus the sheets it did not read (a used range too large to read). */
export interface WorkbookRead extends WorkbookGrid {
  skipped?: SkippedSheet[];
}

export interface WriteOptions {
  /** The clerk agreed to overwrite cells the add-in did not write (or that changed since it wrote them). */
  overwrite?: boolean;
}

export interface WorkbookHost {
  readonly kind: HostKind;
  /** Every sheet's used range as values the sheet shows, in a bounded number of host round trips. */
  readWorkbook(): Promise<WorkbookRead>;
  /** All or nothing; records the old values so undo can restore them. */
  applyEdits(batch: EditBatch): Promise<ApplyResult>;
  /** Writes a whole sheet the add-in owns (情况说明), creating it or replacing its previous content. */
  writeSheet(name: string, rows: CellInput[][], label: string, options?: WriteOptions): Promise<ApplyResult>;
  /** Highlights and notes for findings; replaces the previous marks. */
  mark(marks: Mark[]): Promise<ApplyResult>;
  /** Removes every highlight and note the add-in added, restoring the cells' previous formats exactly. */
  clearMarks(): Promise<ApplyResult>;
  /** Restores the cells of the most recent batch to what they were before it. */
  undoLast(options?: WriteOptions): Promise<ApplyResult>;
  undoHistory(): UndoEntry[];
  /** Activates the sheet and selects the range, so the clerk sees the cell. */
  select(sheet: string, range: CellRange): Promise<void>;
}
