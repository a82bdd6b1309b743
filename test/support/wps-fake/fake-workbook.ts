import type { EtWorkbook } from '../../../src/hosts/wps/wps-types';
import { XL_SHEET_VISIBLE } from '../../../src/hosts/wps/wps-types';
import type { FakeEtApplication } from './fake-app';
import { FakeSheets, FakeWorksheet } from './fake-sheet';

export class FakeWorkbook implements EtWorkbook {
  readonly sheetList: FakeWorksheet[] = [];
  activeSheet: FakeWorksheet | undefined;
  ProtectStructure = false;
  ReadOnly = false;
  readonly Sheets: FakeSheets;

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
