import { createDemoHost } from '../../../src/hosts/demo/demo-host';
import { DemoWorkbook, key } from '../../../src/hosts/demo/demo-workbook';
import { columnIndex } from '../../../src/engine/grid/address';
import { normalizeColor } from '../../../src/hosts/mark-style';
import { describeHostContract, type ContractSheet, type HostFixture } from '../contract/host-contract';

/** The demo host over an in-memory workbook built from the contract's sheets. */
function demoFixture(sheets: ContractSheet[]): HostFixture {
  const book = new DemoWorkbook({ grid: { name: 'contract.xlsx', sheets: sheets.map((s) => ({ name: s.name, cells: s.rows })) } });
  for (const s of sheets) {
    for (const [address, color] of Object.entries(s.fills ?? {})) {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      book.sheet(s.name)!.fills.set(key(Number(m[2]) - 1, columnIndex(m[1])), color);
    }
  }
  const sheet = (name: string) => {
    const s = book.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    host: createDemoHost(book),
    reopen: () => createDemoHost(book),
    inspect: {
      valueAt: (name, row, col) => book.cell(sheet(name).name, row, col)?.value ?? null,
      fillAt: (name, row, col) => {
        const fill = sheet(name).fills.get(key(row, col));
        return fill ? normalizeColor(fill) : null;
      },
      selection: () => ({ sheet: book.activeSheet, range: book.selection }),
      sheetNames: () => book.sheets.map((s) => s.name),
      protectSheet: (name) => book.setProtected(name, true),
      typeValue: (name, row, col, value) => book.setCell(name, row, col, value === null ? undefined : { value }),
    },
  };
}

describeHostContract('Demo (in-memory workbook)', demoFixture);
