/** A cell as a host hands it over: the value the sheet shows (a formula's result, never the formula). */
export type CellError = { error: string };
export type RawCell = string | number | boolean | null | undefined | CellError;

/** A rectangular, 0-based, inclusive range in sheet coordinates. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** cells[r][c] is the cell at sheet row originRow + r, column originCol + c. Rows may be ragged. */
  cells: RawCell[][];
  originRow?: number;
  originCol?: number;
  /** Merged areas in sheet coordinates; only the top-left cell of a merge carries the value. */
  merges?: CellRange[];
  protected?: boolean;
}

export interface WorkbookGrid {
  /** File or workbook name, for reports. */
  name?: string;
  sheets: SheetGrid[];
}

/** A cell's place: sheet name plus 0-based row and column on that sheet. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export function isCellError(v: RawCell): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}
