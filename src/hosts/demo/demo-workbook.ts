import type { CellRange, RawCell, WorkbookGrid } from '../../engine';
import { shiftFormula } from './demo-names';

/**
 * The browser demo's spreadsheet: an in-memory workbook with what the demo host reads and writes
 * (values, formulas, fills, notes, protection) and what the sheet view shows (the active sheet, the
 * selection, column widths, bold cells). It knows nothing of the add-in: DemoHost drives it the
 * way the Excel and WPS hosts drive a real workbook.
 */

export interface DemoCell {
  value: RawCell;
  /** Formula text without "=", when the cell holds one (the value is its cached result). */
  formula?: string;
}

export interface DemoSheetLayout {
  widths?: Array<{ col: number; width: number }>;
  bold?: CellRange[];
}

export interface DemoFormula {
  sheet: string;
  row: number;
  col: number;
  formula: string;
}

/** What `npm run build` writes to dist/demo-workbook.json (scripts/demo-workbook.js). */
export interface DemoWorkbookData {
  grid: WorkbookGrid;
  layout?: Record<string, DemoSheetLayout>;
  formulas?: DemoFormula[];
}

export interface DemoSheet {
  name: string;
  cells: Map<string, DemoCell>;
  merges: CellRange[];
  layout: DemoSheetLayout;
  protected: boolean;
  /** Fill colour by cell key ("row,col"); absent = no fill. */
  fills: Map<string, string>;
  notes: Map<string, string>;
}

export function key(row: number, col: number): string {
  return `${row},${col}`;
}

export function isEmptyCell(cell: DemoCell | undefined): boolean {
  return !cell || (!cell.formula && (cell.value === null || cell.value === undefined || cell.value === ''));
}

export class DemoWorkbook {
  readonly name: string;
  private sheetList: DemoSheet[] = [];
  private listeners = new Set<() => void>();
  private revision = 0;
  activeSheet: string;
  selection: CellRange = { top: 0, left: 0, bottom: 0, right: 0 };
  /** The add-in's edit journal, kept with the workbook as Excel keeps it in the document's settings. */
  journalText: string | undefined;
  /** Workbook names: name → reference ("=表1!$B$3,表1!$C$5"), moved with rows and columns as a spreadsheet does. */
  readonly names = new Map<string, string>();

  constructor(data: DemoWorkbookData) {
    this.name = data.grid.name ?? '演示工作簿';
    for (const s of data.grid.sheets) {
      const sheet = this.addSheet(s.name);
      const r0 = s.originRow ?? 0;
      const c0 = s.originCol ?? 0;
      s.cells.forEach((row, r) =>
        (row ?? []).forEach((value, c) => {
          if (value !== null && value !== undefined && value !== '') sheet.cells.set(key(r0 + r, c0 + c), { value });
        }),
      );
      sheet.merges = (s.merges ?? []).map((m) => ({ ...m }));
      sheet.layout = data.layout?.[s.name] ?? {};
      sheet.protected = Boolean(s.protected);
    }
    for (const f of data.formulas ?? []) {
      const cell = this.sheet(f.sheet)?.cells.get(key(f.row, f.col));
      if (cell) cell.formula = f.formula;
    }
    this.activeSheet = this.sheetList[0]?.name ?? '';
  }

  get sheets(): readonly DemoSheet[] {
    return this.sheetList;
  }

  /** Changes with every edit, for React's useSyncExternalStore. */
  get version(): number {
    return this.revision;
  }

  sheet(name: string): DemoSheet | undefined {
    return this.sheetList.find((s) => s.name === name);
  }

  addSheet(name: string): DemoSheet {
    const sheet: DemoSheet = { name, cells: new Map(), merges: [], layout: {}, protected: false, fills: new Map(), notes: new Map() };
    this.sheetList.push(sheet);
    return sheet;
  }

  removeSheet(name: string): void {
    this.sheetList = this.sheetList.filter((s) => s.name !== name);
    if (this.activeSheet === name) this.activeSheet = this.sheetList[0]?.name ?? '';
  }

  /**
   * The clerk inserts (count > 0) or deletes (count < 0) rows or columns at 0-based `at`: cells, fills and notes
   * after them move, deleted ones are gone, inserted ones take the fill of the row above / column to the left (as
   * a spreadsheet's default does); merges and the references of the workbook's names move too.
   */
  shift(sheetName: string, axis: 'row' | 'col', at: number, count: number): void {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    const move = <T>(m: Map<string, T>) => {
      const moved: Array<[string, T]> = [];
      for (const [k, v] of m) {
        const [r, c] = k.split(',').map(Number);
        const pos = axis === 'row' ? r : c;
        let to = pos;
        if (count > 0) {
          if (pos >= at) to = pos + count;
        } else if (pos >= at && pos < at - count) continue;
        else if (pos >= at - count) to = pos + count;
        moved.push([axis === 'row' ? key(to, c) : key(r, to), v]);
      }
      m.clear();
      for (const [k, v] of moved) m.set(k, v);
    };
    move(s.cells);
    move(s.fills);
    move(s.notes);
    if (count > 0 && at > 0)
      for (const [k, f] of [...s.fills]) {
        const [r, c] = k.split(',').map(Number);
        if ((axis === 'row' ? r : c) !== at - 1) continue;
        for (let i = 0; i < count; i++) s.fills.set(axis === 'row' ? key(at + i, c) : key(r, at + i), f);
      }
    const lo = axis === 'row' ? 'top' : 'left';
    const hi = axis === 'row' ? 'bottom' : 'right';
    const p = (x: number) => (count > 0 ? (x >= at ? x + count : x) : x >= at - count ? x + count : x >= at ? at : x);
    s.merges = s.merges
      .map((m) => ({ ...m, [lo]: p(m[lo]), [hi]: count < 0 && m[hi] >= at && m[hi] < at - count ? at - 1 : p(m[hi]) }))
      .filter((m) => m[hi] >= m[lo]);
    for (const [name, ref] of this.names) this.names.set(name, shiftFormula(ref, s.name, axis, at, count));
    this.changed();
  }

  cell(sheet: string, row: number, col: number): DemoCell | undefined {
    return this.sheet(sheet)?.cells.get(key(row, col));
  }

  setCell(sheet: string, row: number, col: number, cell: DemoCell | undefined): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    if (!cell || isEmptyCell(cell)) s.cells.delete(key(row, col));
    else s.cells.set(key(row, col), { ...cell });
  }

  /** The smallest range holding every non-empty cell and merge of the sheet, from A1. */
  usedSize(sheet: DemoSheet): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const k of sheet.cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    for (const m of sheet.merges) {
      rows = Math.max(rows, m.bottom + 1);
      cols = Math.max(cols, m.right + 1);
    }
    return { rows, cols };
  }

  /** What a host reads: each sheet's values from A1, merges and protection. */
  toGrid(): WorkbookGrid {
    return {
      name: this.name,
      sheets: this.sheetList.map((s) => {
        const { rows, cols } = this.usedSize(s);
        const cells: RawCell[][] = [];
        for (let r = 0; r < rows; r++) {
          const row: RawCell[] = [];
          for (let c = 0; c < cols; c++) {
            const v = s.cells.get(key(r, c))?.value;
            row.push(v === undefined ? null : typeof v === 'object' && v !== null ? { ...v } : v);
          }
          cells.push(row);
        }
        return { name: s.name, cells, merges: s.merges.map((m) => ({ ...m })), protected: s.protected };
      }),
    };
  }

  select(sheet: string, range: CellRange): void {
    this.activeSheet = sheet;
    this.selection = { ...range };
    this.changed();
  }

  activate(sheet: string): void {
    if (!this.sheet(sheet)) return;
    this.activeSheet = sheet;
    this.selection = { top: 0, left: 0, bottom: 0, right: 0 };
    this.changed();
  }

  setProtected(sheet: string, value: boolean): void {
    const s = this.sheet(sheet);
    if (!s) return;
    s.protected = value;
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    this.revision += 1;
    for (const l of Array.from(this.listeners)) l();
  }
}
