import * as fs from 'fs';
import * as path from 'path';
import type { WorkbookGrid } from '../../src/engine/grid/types';
import { parseSheetSource } from '../../src/hosts/node/sheet-source';

export const ROOT = path.join(__dirname, '..', '..');
export const SAMPLE_SOURCE = path.join(ROOT, 'examples', 'source', 'changji-2023.txt');
export const SAMPLE_XLSX = path.join(ROOT, 'examples', 'changji-2023-budget.xlsx');

/** Seed 004's ten tables as the sample workbook lays them out. */
export function sampleGrid(): WorkbookGrid {
  return parseSheetSource(fs.readFileSync(SAMPLE_SOURCE, 'utf8'));
}

/** A workbook written inline in the sheet source format (examples/README.md); common indentation is removed. */
export function workbook(text: string): WorkbookGrid {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return parseSheetSource(lines.map((l) => l.slice(indent)).join('\n'));
}

/** Replaces one cell of a grid (sheet coordinates), returning a copy: the way tests make a consistent table wrong. */
export function withCell(grid: WorkbookGrid, sheet: string, row: number, col: number, value: string | number | null): WorkbookGrid {
  const copy: WorkbookGrid = { ...grid, sheets: grid.sheets.map((s) => ({ ...s, cells: s.cells.map((r) => (r ? [...r] : [])) })) };
  const s = copy.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const r = row - (s.originRow ?? 0);
  const c = col - (s.originCol ?? 0);
  while (s.cells.length <= r) s.cells.push([]);
  s.cells[r][c] = value;
  return copy;
}
