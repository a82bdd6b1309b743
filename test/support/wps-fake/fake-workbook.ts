import type { EtName, EtNames, EtWorkbook } from '../../../src/hosts/wps/wps-types';
import { isReference } from '../office-fake/names';
import { XL_SHEET_VISIBLE } from '../../../src/hosts/wps/wps-types';
import type { FakeEtApplication } from './fake-app';
import { FakeSheets, FakeWorksheet } from './fake-sheet';

export class FakeWorkbook implements EtWorkbook {
  readonly sheetList: FakeWorksheet[] = [];
  activeSheet: FakeWorksheet | undefined;
  ProtectStructure = false;
  ReadOnly = false;
  readonly Sheets: FakeSheets;
  /** Workbook names, in the order they were added. */
  readonly nameList: FakeName[] = [];
  readonly Names: EtNames = new FakeNames(this);

  constructor(
    readonly app: FakeEtApplication,
    readonly Name = '部门预算公开.xlsx',
  ) {
    this.Sheets = new FakeSheets(this);
  }

  get Application(): FakeEtApplication {
    return this.app;
  }

  get FullName(): string {
    return `C:\\预算\\${this.Name}`;
  }

  get Worksheets(): FakeSheets {
    return this.Sheets;
  }

  get ActiveSheet(): FakeWorksheet {
    if (!this.activeSheet) throw new Error('没有活动工作表');
    return this.activeSheet;
  }

  /** Test helper: appends a sheet without going through Sheets.Add. */
  sheet(name: string): FakeWorksheet {
    const s = new FakeWorksheet(this, name);
    this.sheetList.push(s);
    this.activeSheet ??= s;
    return s;
  }

  /** Counts one write and fails it when the test says so. */
  write(kind: 'name'): void {
    this.app.stats.writes++;
    const failure = this.app.failWrite?.({ kind, sheet: '', address: '', cell: '' }, this.app.stats.writes);
    if (failure) throw failure;
  }

  addSheet(before?: FakeWorksheet | null, after?: FakeWorksheet | null): FakeWorksheet {
    this.app.stats.writes++;
    if (this.ProtectStructure) throw new Error('工作簿结构受保护，不能插入工作表');
    const failure = this.app.failWrite?.({ kind: 'sheet', sheet: '', address: '', cell: '' }, this.app.stats.writes);
    if (failure) throw failure;
    let n = this.sheetList.length + 1;
    while (this.sheetList.some((s) => s.Name.toLowerCase() === `sheet${n}`)) n++;
    const s = new FakeWorksheet(this, `Sheet${n}`);
    const at = before ? this.sheetList.indexOf(before) : after ? this.sheetList.indexOf(after) + 1 : this.sheetList.indexOf(this.ActiveSheet);
    this.sheetList.splice(at < 0 ? this.sheetList.length : at, 0, s);
    this.activeSheet = s;
    return s;
  }

  deleteSheet(s: FakeWorksheet): void {
    this.app.stats.writes++;
    if (this.ProtectStructure) throw new Error('工作簿结构受保护，不能删除工作表');
    const visible = this.sheetList.filter((x) => x.Visible === XL_SHEET_VISIBLE);
    if (visible.length === 1 && visible[0] === s) throw new Error('工作簿中至少要有一张可见工作表');
    if (this.app.DisplayAlerts) this.app.alertsShown++;
    this.sheetList.splice(this.sheetList.indexOf(s), 1);
    if (this.activeSheet === s) this.activeSheet = this.sheetList.find((x) => x.Visible === XL_SHEET_VISIBLE);
  }
}

/** A workbook name as WPS keeps it (the reference moves when rows or columns move: FakeWorksheet.shift). */
export class FakeName implements EtName {
  Visible = true;
  constructor(
    private readonly book: FakeWorkbook,
    readonly Name: string,
    private refersTo: string,
  ) {}

  get RefersTo(): string {
    return this.refersTo;
  }
  set RefersTo(v: string) {
    this.refersTo = v;
  }

  Delete(): void {
    this.book.write('name');
    this.book.nameList.splice(this.book.nameList.indexOf(this), 1);
  }
}

class FakeNames implements EtNames {
  constructor(private readonly book: FakeWorkbook) {}

  get Count(): number {
    return this.book.nameList.length;
  }

  Item(index: number | string): FakeName {
    const n = typeof index === 'number' ? this.book.nameList[index - 1] : this.book.nameList.find((x) => x.Name.toLowerCase() === index.toLowerCase());
    if (!n) throw new Error('名称不存在');
    return n;
  }

  /** Adding a name that exists replaces its reference, as Names.Add does. */
  Add(name: string, refersTo: string, visible = true): FakeName {
    if (!isReference(refersTo)) throw new Error('引用无效');
    this.book.write('name');
    const old = this.book.nameList.find((x) => x.Name.toLowerCase() === name.toLowerCase());
    if (old) {
      old.RefersTo = refersTo;
      old.Visible = visible;
      return old;
    }
    const n = new FakeName(this.book, name, refersTo);
    n.Visible = visible;
    this.book.nameList.push(n);
    return n;
  }
}
