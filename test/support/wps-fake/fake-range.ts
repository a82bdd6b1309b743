import { a1, columnLetters } from '../../../src/engine/grid/address';
import type { EtComment, EtInterior, EtRange, EtValue2, EtScalar } from '../../../src/hosts/wps/wps-types';
import { NO_FILL_COLOR, XL_NONE, XL_PATTERN_SOLID } from '../../../src/hosts/wps/wps-types';
import { type Assigned, type FakeCell, isBlank, parseAssigned } from './fake-cells';
import type { FakeWorksheet } from './fake-sheet';

/** COM error codes ET puts in Value2 for error cells (0x800A0000 + xlErr number). */
export const ERROR_SCODE: Record<string, number> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

/** A rectangle of cells, 1-based and inclusive, on one fake sheet. */
export class FakeRange implements EtRange {
  constructor(
    readonly sheet: FakeWorksheet,
    readonly top: number,
    readonly left: number,
    readonly bottom: number,
    readonly right: number,
    private readonly countMode: 'cells' | 'rows' | 'columns' = 'cells',
  ) {}

  get Row(): number {
    return this.top;
  }
  get Column(): number {
    return this.left;
  }
  get Count(): number {
    const rows = this.bottom - this.top + 1;
    const cols = this.right - this.left + 1;
    return this.countMode === 'rows' ? rows : this.countMode === 'columns' ? cols : rows * cols;
  }
  get Rows(): EtRange {
    return new FakeRange(this.sheet, this.top, this.left, this.bottom, this.right, 'rows');
  }
  get Columns(): EtRange {
    return new FakeRange(this.sheet, this.top, this.left, this.bottom, this.right, 'columns');
  }
  get Cells(): EtRange {
    return new FakeRange(this.sheet, this.top, this.left, this.bottom, this.right);
  }
  get Worksheet(): FakeWorksheet {
    return this.sheet;
  }

  Item(row: number, col = 1): EtRange {
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) throw new Error('应用程序定义或对象定义错误');
    const r = this.top + row - 1;
    const c = this.left + col - 1;
    return new FakeRange(this.sheet, r, c, r, c);
  }

  Resize(rows = this.bottom - this.top + 1, cols = this.right - this.left + 1): EtRange {
    return new FakeRange(this.sheet, this.top, this.left, this.top + rows - 1, this.left + cols - 1);
  }

  Address(): string {
    const abs = (r: number, c: number) => `$${columnLetters(c - 1)}$${r}`;
    const start = abs(this.top, this.left);
    return this.isSingle() ? start : `${start}:${abs(this.bottom, this.right)}`;
  }

  private isSingle(): boolean {
    return this.top === this.bottom && this.left === this.right;
  }

  private *each(): IterableIterator<[number, number]> {
    for (let r = this.top; r <= this.bottom; r++) for (let c = this.left; c <= this.right; c++) yield [r, c];
  }

  private readCell(r: number, c: number): EtScalar {
    const cell = this.sheet.store.get(r, c);
    if (!cell || isBlank(cell)) return this.sheet.app.emptyValue;
    if (cell.error) return ERROR_SCODE[cell.error];
    return cell.value ?? this.sheet.app.emptyValue;
  }

  get Value2(): EtValue2 {
    this.sheet.app.stats.value2Reads++;
    if (this.isSingle()) return this.readCell(this.top, this.left);
    const out: EtScalar[][] = [];
    for (let r = this.top; r <= this.bottom; r++) {
      const row: EtScalar[] = [];
      for (let c = this.left; c <= this.right; c++) row.push(this.readCell(r, c));
      out.push(row);
    }
    return out;
  }

  set Value2(v: EtValue2) {
    const rows = this.bottom - this.top + 1;
    const cols = this.right - this.left + 1;
    const at = (r: number, c: number): Assigned => {
      if (!Array.isArray(v)) return v;
      const row = v[r - this.top];
      // Like Excel, cells beyond a smaller array get #N/A.
      return row === undefined || c - this.left >= row.length ? '#N/A' : row[c - this.left];
    };
    if (Array.isArray(v) && (v.length !== rows || v.some((row) => !Array.isArray(row))) && !(rows === 1 && cols === 1))
      throw new Error('类型不匹配');
    this.mutate('value', (cell, r, c) => {
      this.sheet.rememberFormula(r, c, cell);
      const parsed = parseAssigned(at(r, c));
      cell.value = parsed.value;
      cell.error = parsed.error;
      cell.formula = parsed.formula;
      if (parsed.formula) cell.value = this.sheet.formulaResult(r, c, parsed.formula);
    });
  }

  get Formula(): string {
    const cell = this.sheet.store.get(this.top, this.left);
    if (!cell || isBlank(cell)) return '';
    if (cell.formula) return cell.formula;
    if (cell.error) return cell.error;
    if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
    return String(cell.value);
  }

  set Formula(f: string) {
    this.Value2 = f;
  }

  get HasFormula(): boolean | null {
    let yes = 0;
    let n = 0;
    for (const [r, c] of this.each()) {
      n++;
      if (this.sheet.store.get(r, c)?.formula) yes++;
    }
    return yes === 0 ? false : yes === n ? true : null;
  }

  get Text(): string | null {
    const cell = this.sheet.store.get(this.top, this.left);
    if (!cell || isBlank(cell)) return '';
    if (cell.error) return cell.error;
    if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
    return String(cell.value ?? '');
  }

  get Interior(): EtInterior {
    const range = this;
    const common = (pick: (c: FakeCell | undefined) => number): number | null => {
      let seen: number | undefined;
      for (const [r, c] of range.each()) {
        const v = pick(range.sheet.store.get(r, c));
        if (seen === undefined) seen = v;
        else if (seen !== v) return null;
      }
      return seen ?? null;
    };
    return {
      get Color() {
        return common((c) => c?.fill ?? NO_FILL_COLOR) as number;
      },
      set Color(bgr: number) {
        if (!Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff) throw new Error('无效的颜色值');
        range.mutate('fill', (cell) => (cell.fill = bgr));
      },
      get ColorIndex() {
        return common((c) => (c?.fill === undefined ? XL_NONE : 1)) as number;
      },
      set ColorIndex(i: number) {
        if (i !== XL_NONE) throw new Error('伪对象只支持 ColorIndex = xlNone');
        range.mutate('fill', (cell) => (cell.fill = undefined));
      },
      get Pattern() {
        return common((c) => (c?.fill === undefined ? XL_NONE : XL_PATTERN_SOLID)) as number;
      },
      set Pattern(p: number) {
        if (p === XL_NONE) range.mutate('fill', (cell) => (cell.fill = undefined));
        else if (p === XL_PATTERN_SOLID) range.mutate('fill', (cell) => (cell.fill = cell.fill ?? 0));
        else throw new Error('伪对象只支持 xlNone 与 xlSolid 图案');
      },
    };
  }

  get Comment(): EtComment | null {
    const cell = this.sheet.store.get(this.top, this.left);
    return cell?.comment ? this.commentOf(this.top, this.left) : null;
  }

  private commentOf(r: number, c: number): EtComment {
    const range = this;
    const single = new FakeRange(this.sheet, r, c, r, c);
    return {
      Text(text?: string) {
        const cell = range.sheet.store.get(r, c);
        if (!cell?.comment) throw new Error('批注已被删除');
        if (text !== undefined) single.mutate('comment', (x) => (x.comment = { ...x.comment!, text }));
        return range.sheet.store.get(r, c)!.comment!.text;
      },
      get Visible() {
        return !!range.sheet.store.get(r, c)?.comment?.visible;
      },
      set Visible(v: boolean) {
        single.mutate('comment', (x) => {
          if (x.comment) x.comment = { ...x.comment, visible: v };
        });
      },
      Delete() {
        single.mutate('comment', (x) => (x.comment = undefined));
      },
    };
  }

  AddComment(text = ''): EtComment {
    if (!this.isSingle()) throw new Error('AddComment 只能用于单个单元格');
    if (this.sheet.store.get(this.top, this.left)?.comment) throw new Error('该单元格已有批注');
    this.mutate('comment', (cell) => (cell.comment = { text, visible: false }));
    return this.commentOf(this.top, this.left);
  }

  ClearComments(): void {
    this.mutate('comment', (cell) => (cell.comment = undefined));
  }

  get MergeCells(): boolean | null {
    let yes = 0;
    let n = 0;
    for (const [r, c] of this.each()) {
      n++;
      if (this.sheet.mergeAt(r, c)) yes++;
    }
    return yes === 0 ? false : yes === n ? true : null;
  }

  set MergeCells(_v: boolean | null) {
    throw new Error('伪对象不支持合并单元格操作');
  }

  get MergeArea(): EtRange {
    const m = this.sheet.mergeAt(this.top, this.left);
    return m ? new FakeRange(this.sheet, m.top, m.left, m.bottom, m.right) : new FakeRange(this.sheet, this.top, this.left, this.top, this.left);
  }

  Select(): boolean {
    if (this.sheet.app.ActiveWorkbook?.ActiveSheet !== this.sheet) throw new Error('Range 类的 Select 方法无效');
    this.sheet.app.selection = { sheet: this.sheet.Name, address: this.Address() };
    return true;
  }

  Activate(): boolean {
    return this.Select();
  }

  ClearContents(): boolean {
    this.mutate('value', (cell, r, c) => {
      this.sheet.rememberFormula(r, c, cell);
      cell.value = undefined;
      cell.error = undefined;
      cell.formula = undefined;
    });
    return true;
  }

  /** Every change goes through here: protection, injected failures, then the change to each cell. */
  private mutate(kind: 'value' | 'fill' | 'comment', apply: (cell: FakeCell, r: number, c: number) => void): void {
    const app = this.sheet.app;
    app.stats.writes++;
    if (this.sheet.ProtectContents) throw new Error('您试图更改的单元格或图表受保护，因而是只读的。');
    const failure = app.failWrite?.({ kind, sheet: this.sheet.Name, address: this.Address(), cell: a1(this.top - 1, this.left - 1) }, app.stats.writes);
    if (failure) throw failure;
    for (const [r, c] of this.each()) apply(this.sheet.store.at(r, c), r, c);
  }
}
