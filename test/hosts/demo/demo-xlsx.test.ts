import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runValidate } from '../../../src/app/run-commands';
import { MemoryStorage, SharedStore } from '../../../src/app/shared-store';
import { analyzeWorkbook, findingToJson, parseRef } from '../../../src/engine';
import { createDemoHost } from '../../../src/hosts/demo/demo-host';
import { demoWorkbookFromXlsx, demoWorkbookToXlsx } from '../../../src/hosts/demo/demo-xlsx';
import { key } from '../../../src/hosts/demo/demo-workbook';
import { readXlsxBuffer } from '../../../src/hosts/node/read-xlsx';
import { ROOT } from '../../support/workbooks';

/** The page without an add-in: a regional workbook opened from its bytes, checked, marked, saved, read back. */
const FILE = path.join(ROOT, 'examples', 'regions', 'changchun', 'workbook.xlsx');

describe('an .xlsx opened in the page and saved from it', () => {
  test('opens with every sheet, value and merge the Node reader sees', async () => {
    const bytes = fs.readFileSync(FILE);
    const book = await demoWorkbookFromXlsx(ExcelJS, bytes, 'x.xlsx');
    const grid = await readXlsxBuffer(bytes);
    expect(book.toGrid().sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
    const engine = (g: typeof grid) => analyzeWorkbook(g).findings.map(findingToJson);
    expect(engine(book.toGrid())).toEqual(engine(grid));
  });

  test('校验, then save: every finding’s cell has its mark fill, notes are there, values and merges unchanged', async () => {
    const bytes = fs.readFileSync(FILE);
    const book = await demoWorkbookFromXlsx(ExcelJS, bytes, 'x.xlsx');
    const host = createDemoHost(book);
    await runValidate(host, undefined, { store: new SharedStore(new MemoryStorage()) });
    const saved = Buffer.from(await demoWorkbookToXlsx(ExcelJS, book, bytes));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(saved as unknown as ArrayBuffer);
    const findings = analyzeWorkbook(await readXlsxBuffer(bytes)).findings.map(findingToJson);
    let notes = 0;
    for (const f of findings.filter((x) => x.target)) {
      const ref = parseRef(f.target!);
      const cell = wb.getWorksheet(ref.sheet)!.getCell(ref.row + 1, ref.col + 1);
      const pageFill = book.sheet(ref.sheet)!.fills.get(key(ref.row, ref.col));
      expect({ target: f.target, fill: (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb }).toEqual({ target: f.target, fill: `FF${pageFill?.slice(1)}` });
      if (cell.note) notes++;
    }
    expect(notes).toBeGreaterThan(0);
    // Only the marked cells are filled: ExcelJS shares style objects, and one cell's fill must not spread.
    for (const sheet of book.sheets) {
      const filled: string[] = [];
      wb.getWorksheet(sheet.name)!.eachRow({ includeEmpty: true }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const argb = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
          if (argb === 'FFFFC7CE' || argb === 'FFFFEB9C') filled.push(key(r - 1, c - 1));
        }),
      );
      expect(filled.sort()).toEqual([...sheet.fills.keys()].sort());
    }
    const before = await readXlsxBuffer(bytes);
    const after = await readXlsxBuffer(saved);
    expect(after.sheets.map((s) => [s.name, s.cells, s.merges])).toEqual(before.sheets.map((s) => [s.name, s.cells, s.merges]));
  });
});
