import { a1, parseRange } from '../../../src/engine/grid/address';
import { isCellError } from '../../../src/engine/grid/types';
import { bgrToHex, hexToBgr } from '../../../src/hosts/wps/cell-values';
import { WpsHost } from '../../../src/hosts/wps/wps-host';
import { XL_SHEET_VISIBLE } from '../../../src/hosts/wps/wps-types';
import type { ContractSheet, HostFixture } from '../../hosts/contract/host-contract';
import { createFakeEt } from './fake-app';
import type { FakeWorksheet } from './fake-sheet';

/** The shared host contract's view of a fake WPS workbook: built from its sheets, inspected directly. */
export function makeWpsContractFixture(sheets: ContractSheet[]): HostFixture {
  const { app, book } = createFakeEt();
  for (const s of sheets) {
    const ws = book.sheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        if (isCellError(v)) ws.setError(a1(r, c), v.error);
        else ws.set(a1(r, c), v);
      }),
    );
    for (const [ref, hex] of Object.entries(s.fills ?? {})) ws.setFill(ref, hexToBgr(hex));
    for (const ref of s.merges ?? []) ws.merge(ref);
  }
  const sheet = (name: string): FakeWorksheet => {
    const ws = book.sheetList.find((x) => x.Name === name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };
  return {
    host: new WpsHost(app),
    reopen: () => new WpsHost(app),
    inspect: {
      valueAt(name, row, col) {
        const c = sheet(name).cell(row, col);
        if (c?.error) return { error: c.error };
        return c?.value ?? null;
      },
      fillAt(name, row, col) {
        const fill = sheet(name).cell(row, col)?.fill;
        return fill === undefined ? null : bgrToHex(fill);
      },
      selection() {
        if (!app.selection) return null;
        return { sheet: app.selection.sheet, range: parseRange(app.selection.address.replace(/\$/g, '')) };
      },
      sheetNames() {
        return book.sheetList.filter((s) => s.Visible === XL_SHEET_VISIBLE).map((s) => s.Name);
      },
      protectSheet(name) {
        sheet(name).protect();
      },
      typeValue(name, row, col, value) {
        sheet(name).Cells.Item(row + 1, col + 1).Value2 = value;
      },
    },
  };
}
