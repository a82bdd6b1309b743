import type { RawCell } from '../../../src/engine/grid/types';
import type { CommonBindings } from '../../../src/hosts/excel/binding-anchors';
import { ExcelHost, type ExcelHostOptions, type ExcelRun } from '../../../src/hosts/excel/excel-host';
import type { IsSetSupported } from '../../../src/hosts/excel/requirements';
import { FakeWorkbook, createRuntime, typeInto, type SeedSheet } from '../../support/office-fake';
import type { ContractSheet, HostFixture, HostInspector } from '../contract/host-contract';

/** An Excel host over a fake document, in a runtime of its own (a pane, or the ribbon commands). */
export function excelHostOn(book: FakeWorkbook, options: Partial<ExcelHostOptions> = {}): ExcelHost {
  const runtime = createRuntime(book);
  return new ExcelHost({
    run: runtime.run as unknown as ExcelRun,
    isSetSupported: runtime.isSetSupported as IsSetSupported,
    documentSettings: () => runtime.documentSettings as never,
    documentBindings: () => runtime.documentBindings as unknown as CommonBindings,
    ...options,
  });
}

export function inspectorFor(book: FakeWorkbook): HostInspector {
  const sheet = (name: string) => {
    const s = book.sheet(name);
    if (!s) throw new Error(`no sheet ${name} in the fake workbook`);
    return s;
  };
  return {
    valueAt: (name, row, col) => book.shown(sheet(name).name, row, col) as RawCell,
    fillAt: (name, row, col) => sheet(name).get(row, col)?.fill ?? null,
    selection: () => book.selection,
    sheetNames: () => book.sheets.map((s) => s.name),
    protectSheet: (name) => {
      sheet(name).protected = true;
    },
    typeValue: (name, row, col, value) => typeInto(sheet(name).ensure(row, col), value),
  };
}

export function seedsFromContract(sheets: ContractSheet[]): SeedSheet[] {
  return sheets.map((s) => ({ name: s.name, rows: s.rows, fills: s.fills, ...(s.merges ? { merges: s.merges } : {}) }));
}

export function excelFixture(
  sheets: ContractSheet[],
  excelApiVersion = '1.18',
  options: Partial<ExcelHostOptions> = {},
): HostFixture & { book: FakeWorkbook } {
  const book = FakeWorkbook.from(seedsFromContract(sheets));
  book.excelApiVersion = excelApiVersion;
  return {
    book,
    host: excelHostOn(book, options),
    inspect: inspectorFor(book),
    reopen: () => excelHostOn(book, options),
  };
}
