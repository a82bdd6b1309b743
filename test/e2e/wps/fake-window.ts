/**
 * Browser entry of the WPS end-to-end harness (bundled by test/e2e/wps/harness.js into dist-e2e/).
 * Runs before the pane's bundle: builds the fake WPS 表格 application from the sample workbook the
 * page was given (window.__WPS_E2E_WORKBOOK__), installs it as `window.Application` the way WPS
 * injects its object model into an add-in page, and exposes `window.__wpsFake` so the test can read
 * what the pane did to the workbook.
 */
import { a1 } from '../../../src/engine/grid/address';
import { isCellError, type WorkbookGrid } from '../../../src/engine/grid/types';
import { XL_SHEET_VERY_HIDDEN, XL_SHEET_VISIBLE } from '../../../src/hosts/wps/wps-types';
import { FakeEtApplication, type FakeCell, type FakeWorkbook, type FakeWorksheet } from '../../support/wps-fake';

/** What the e2e script hands the page: scripts/demo-workbook.js's output, i.e. the sample's grid and formulas. */
interface HarnessWorkbook {
  grid: WorkbookGrid;
  formulas: Array<{ sheet: string; row: number; col: number; formula: string }>;
}

/** One sheet as the test compares it: every used cell's record, keyed by A1 address. */
export interface SheetSnapshot {
  name: string;
  visible: boolean;
  veryHidden: boolean;
  cells: Record<string, FakeCell>;
}

export interface WpsFakeProbe {
  app: FakeEtApplication;
  book: FakeWorkbook;
  /** Every sheet in workbook order, as plain JSON (undefined fields dropped). */
  snapshot(): SheetSnapshot[];
  activeSheet(): string | undefined;
  selection(): { sheet: string; address: string } | undefined;
  value2Reads(): number;
}

function fillSheet(ws: FakeWorksheet, sheet: WorkbookGrid['sheets'][number]): void {
  const top = sheet.originRow ?? 0;
  const left = sheet.originCol ?? 0;
  sheet.cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const ref = a1(top + r, left + c);
      if (isCellError(v)) ws.setError(ref, v.error);
      else ws.set(ref, v);
    }),
  );
  for (const m of sheet.merges ?? []) ws.merge(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
  if (sheet.protected) ws.protect();
}

export function buildFakeApplication(data: HarnessWorkbook): { app: FakeEtApplication; book: FakeWorkbook } {
  const app = new FakeEtApplication();
  const book = app.addWorkbook(data.grid.name);
  for (const sheet of data.grid.sheets) fillSheet(book.sheet(sheet.name), sheet);
  const byName = new Map(book.sheetList.map((s) => [s.Name, s]));
  // Formula cells keep their formula beside the cached result the grid shows.
  for (const f of data.formulas) {
    const ws = byName.get(f.sheet);
    if (!ws) continue;
    const ref = a1(f.row, f.col);
    const cell = ws.cell(f.row, f.col);
    const formula = f.formula.startsWith('=') ? f.formula : `=${f.formula}`;
    if (cell?.error) ws.setError(ref, cell.error, formula);
    else if (cell?.value !== undefined) ws.setFormula(ref, formula, cell.value);
  }
  return { app, book };
}

function plain<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function snapshotSheet(ws: FakeWorksheet): SheetSnapshot {
  const cells: Record<string, FakeCell> = {};
  for (const [key, cell] of ws.store.snapshot()) {
    const [row, col] = key.split(',').map(Number);
    cells[a1(row - 1, col - 1)] = plain(cell);
  }
  return { name: ws.Name, visible: ws.Visible === XL_SHEET_VISIBLE, veryHidden: ws.Visible === XL_SHEET_VERY_HIDDEN, cells };
}

function install(): void {
  const w = window as unknown as Record<string, unknown>;
  const data = w.__WPS_E2E_WORKBOOK__ as HarnessWorkbook | undefined;
  if (!data) throw new Error('wps e2e harness: window.__WPS_E2E_WORKBOOK__ is missing');
  const { app, book } = buildFakeApplication(data);
  const probe: WpsFakeProbe = {
    app,
    book,
    snapshot: () => book.sheetList.map(snapshotSheet),
    activeSheet: () => book.activeSheet?.Name,
    selection: () => (app.selection ? { ...app.selection } : undefined),
    value2Reads: () => app.stats.value2Reads,
  };
  w.Application = app;
  w.__wpsFake = probe;
}

install();
