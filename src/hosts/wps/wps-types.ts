/**
 * The part of the WPS 表格 (ET) JS add-in object model this add-in uses, typed by hand from the
 * published declarations (npm et-jsapi-declare 2.5.0, lib.et.d.ts / addon.et.d.ts) and the
 * airsheet.wps.cn JSAPI reference. We do not depend on et-jsapi-declare itself: it declares
 * global `Application`, `wps` and `confirm` (clashing with the DOM lib and Office.js) and its
 * licence forbids modified redistribution. See docs/wps.md for sources.
 *
 * Everything is synchronous: a call returns the value, or throws (protected sheet, bad argument).
 * Collections are 1-based (`Sheets.Item(1)` is the first sheet; `Cells.Item(1, 1)` is A1).
 */

/** A cell value as Value2 hands it over: numbers (dates too), strings, booleans, empty. */
export type EtScalar = string | number | boolean | null | undefined;

/**
 * `Range.Value2` on read: a scalar for a single cell, a 2-D array `[row][col]` (0-based JS arrays)
 * for several cells. Error cells come back as the COM error code (see ET_ERROR_CODES).
 */
export type EtValue2 = EtScalar | EtScalar[][];

export interface EtInterior {
  /** Fill colour as a BGR number: red is 0x0000FF (255), blue 0xFF0000. No fill reads as 16777215. */
  Color: number;
  /** A palette index; XL_NONE (-4142) removes the fill. */
  ColorIndex: number;
  /** XL_PATTERN_NONE (-4142) when the cell has no fill, XL_PATTERN_SOLID (1) for a plain fill. */
  Pattern: number;
}

export interface EtComment {
  /** Reads the text with no argument; `Text(s)` replaces it. A method, not a property, in the JSAPI. */
  Text(text?: string, start?: number, overwrite?: number): string;
  Visible: boolean;
  Delete(): void;
}

export interface EtRange {
  /** 1-based row and column of the top-left cell. */
  readonly Row: number;
  readonly Column: number;
  /** For Rows/Columns ranges: their number of rows/columns; for a range: its number of cells. */
  readonly Count: number;
  readonly Rows: EtRange;
  readonly Columns: EtRange;
  readonly Cells: EtRange;
  /** 1-based, relative to this range: `Cells.Item(r, c)`. */
  Item(row: number, col?: number): EtRange;
  Value2: EtValue2;
  /** The formula of a single cell ("" or the value text when it has none). */
  Formula: string;
  /** null when the range mixes cells with and without formulas. */
  readonly HasFormula: boolean | null;
  /** What the cell shows ("#REF!" for an error), single cell. */
  readonly Text: string | null;
  readonly Interior: EtInterior;
  /** null when the cell has no comment. */
  readonly Comment: EtComment | null;
  AddComment(text?: string): EtComment;
  ClearComments(): void;
  /** true, false, or null when the range is partly merged. */
  MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Resize(rows?: number, cols?: number): EtRange;
  Select(): boolean | void;
  Activate(): boolean | void;
  ClearContents(): boolean | void;
  readonly Worksheet: EtWorksheet;
}

export interface EtWorksheet {
  Name: string;
  /** 1-based position in Sheets. */
  readonly Index: number;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  Range(cell1: string, cell2?: string): EtRange;
  /** true when the sheet is protected against editing cells (审阅 → 保护工作表). */
  readonly ProtectContents: boolean;
  /** XL_SHEET_VISIBLE (-1), XL_SHEET_HIDDEN (0) or XL_SHEET_VERY_HIDDEN (2). */
  Visible: number;
  Activate(): void;
  Delete(): void;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or sheet name. */
  Item(index: number | string): EtWorksheet;
  /** Adds a worksheet before `before` or after `after`; the new sheet becomes active. */
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null, count?: number, type?: number): EtWorksheet;
}

/** A workbook name (VBA's Name): `RefersTo` is its reference as a formula, "=表1!$B$3,表1!$C$5". */
export interface EtName {
  readonly Name: string;
  RefersTo: string;
  Visible: boolean;
  Delete(): void;
}

export interface EtNames {
  readonly Count: number;
  /** 1-based index or name. */
  Item(index: number | string): EtName;
  Add(name: string, refersTo: string, visible?: boolean): EtName;
}

export interface EtWorkbook {
  /** The application (every ET object has this); used to switch DisplayAlerts off around Delete. */
  readonly Application?: { DisplayAlerts: boolean };
  readonly Name: string;
  readonly FullName: string;
  readonly Sheets: EtSheets;
  readonly Worksheets: EtSheets;
  readonly ActiveSheet: EtWorksheet;
  /** The workbook structure is protected: sheets cannot be added, deleted or renamed. */
  readonly ProtectStructure: boolean;
  readonly ReadOnly: boolean;
  /** The workbook's names (absent on a host object without them: the journal's cells are then known by address). */
  readonly Names?: EtNames;
}

/** The object `CreateTaskPane` returns; set `Visible = true` to show it. */
export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
  Width: number;
  Navigate(url: string): void;
  Delete(): void;
}

/**
 * Shared between the pages of one add-in (ribbon page, task pane, dialogs) but not saved:
 * it is gone when WPS closes.
 */
export interface WpsPluginStorage {
  setItem(key: string, value: string | number | boolean): void;
  getItem(key: string): string | number | boolean | null | undefined;
  removeItem(key: string): void;
}

export interface WpsRibbonUI {
  Invalidate(): void;
  InvalidateControl(id: string): void;
}

/** What WPS passes to onAction / getImage / getLabel callbacks. */
export interface WpsRibbonControl {
  readonly Id: string;
  readonly Tag?: string;
}

/** `window.Application` inside a WPS 表格 add-in page: the ET Application merged with the add-in root. */
export interface EtApplication {
  readonly Name?: string;
  readonly Version?: string;
  readonly Build?: number | string;
  readonly Workbooks: { readonly Count: number };
  /** null when no workbook is open. */
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet?: EtWorksheet | null;
  ScreenUpdating: boolean;
  DisplayAlerts: boolean;
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane | null | undefined;
  readonly PluginStorage: WpsPluginStorage;
  ribbonUI?: WpsRibbonUI;
}

export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;
/** xlNone / xlColorIndexNone / xlPatternNone: all -4142. */
export const XL_NONE = -4142;
export const XL_PATTERN_SOLID = 1;
/** What Interior.Color reads when a cell has no fill. */
export const NO_FILL_COLOR = 16777215;
export const MSO_CTP_DOCK_RIGHT = 2;

/**
 * Error cells in Value2 arrive as COM SCODEs 0x800A0000 + the xlErr number (XlCVError), i.e. the
 * negative numbers below; "#REF!" is 0x800A07E7 = -2146826265.
 */
export const ET_ERROR_CODES: Readonly<Record<number, string>> = {
  [-2146826288]: '#NULL!',
  [-2146826281]: '#DIV/0!',
  [-2146826273]: '#VALUE!',
  [-2146826265]: '#REF!',
  [-2146826259]: '#NAME?',
  [-2146826252]: '#NUM!',
  [-2146826246]: '#N/A',
  [-2146826243]: '#SPILL!',
  [-2146826238]: '#CALC!',
};
