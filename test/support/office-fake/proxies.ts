import { a1, parseRange, parseRef } from '../../../src/engine/grid/address';
import type { CellRange } from '../../../src/engine/grid/types';
import type { FakeCell, FakeSheet, FakeWorkbook } from './model';
import { isReference } from './names';

/**
 * Proxy objects with Office.js's batch semantics:
 * - a property throws PropertyNotLoaded until `load()` and a `context.sync()` have filled it;
 * - setters and methods only queue commands; the document changes at sync, in queue order;
 * - a failing command (ItemNotFound, AccessDenied on a protected sheet, ApiNotFound for an API
 *   newer than the fake's ExcelApi version) rejects the sync; commands before it stay applied,
 *   commands after it are dropped and no loaded value of that batch is delivered.
 */

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string };

  constructor(readonly code: string, message: string) {
    super(message);
    this.debugInfo = { code, message };
  }
}

type Deliver = () => void;
type Command = () => Deliver | void;

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: Command[] = [];

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(cmd: Command): void {
    this.queue.push(cmd);
  }

  get pendingCommands(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    this.book.syncCount += 1;
    const batch = this.queue;
    this.queue = [];
    const deliveries: Deliver[] = [];
    for (const cmd of batch) {
      const d = cmd();
      if (d) deliveries.push(d);
    }
    for (const d of deliveries) d();
  }
}

function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function requireApi(book: FakeWorkbook, version: string, what: string): void {
  if (!book.supports(version)) throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi ${version}.`);
}

function protectedError(sheet: FakeSheet): FakeOfficeError {
  return new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
}

interface Snapshot {
  isNull: boolean;
  values: Record<string, unknown>;
  children: Record<string, Snapshot | Snapshot[]>;
}

function splitProps(props?: string | string[] | { select?: string }): string[] {
  if (props === undefined) return [];
  if (typeof props === 'object' && !Array.isArray(props)) return splitProps(props.select);
  const list = Array.isArray(props) ? props : props.split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

/** 'items/name', 'items/protection/protected' → { items: ['name', 'protection/protected'] }; plain props under ''. */
function groupProps(props: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const p of props) {
    const i = p.indexOf('/');
    const head = i < 0 ? '' : p.slice(0, i);
    const rest = i < 0 ? p : p.slice(i + 1);
    groups.set(head, [...(groups.get(head) ?? []), rest]);
  }
  return groups;
}

abstract class FakeClientObject {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(readonly context: FakeRequestContext) {}

  protected get book(): FakeWorkbook {
    return this.context.book;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = splitProps(props);
    this.context.enqueue(() => {
      const snap = this.snapshot(list.length ? list : this.defaultProps());
      return () => this.receive(snap);
    });
    return this;
  }

  protected abstract defaultProps(): string[];
  /** The values of `props` at this point of the batch, read from the document. */
  abstract snapshot(props: string[]): Snapshot;

  receive(snap: Snapshot): void {
    this.nullState = snap.isNull;
    for (const [k, v] of Object.entries(snap.values)) this.loaded.set(k, v);
    for (const [k, child] of Object.entries(snap.children)) this.receiveChild(k, child);
  }

  protected receiveChild(_name: string, _snap: Snapshot | Snapshot[]): void {}

  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function nullSnapshot(): Snapshot {
  return { isNull: true, values: {}, children: {} };
}

// ---------------------------------------------------------------- workbook and worksheets

export class FakeWorkbookProxy extends FakeClientObject {
  readonly worksheets: FakeWorksheetCollection;

  constructor(context: FakeRequestContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
  }

  get settings(): FakeSettingCollection {
    return new FakeSettingCollection(this.context);
  }

  get names(): FakeNamedItemCollection {
    return new FakeNamedItemCollection(this.context);
  }

  get bindings(): FakeBindingCollection {
    return new FakeBindingCollection(this.context);
  }

  protected defaultProps(): string[] {
    return [];
  }

  snapshot(): Snapshot {
    return { isNull: false, values: {}, children: {} };
  }
}

type SheetResolver = () => FakeSheet | undefined;

export class FakeWorksheetCollection extends FakeClientObject {
  private itemList: FakeWorksheet[] | undefined;

  get items(): FakeWorksheet[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }

  protected defaultProps(): string[] {
    return ['items/name'];
  }

  snapshot(props: string[]): Snapshot {
    const groups = groupProps(props);
    const itemProps = groups.get('items') ?? [];
    const items = this.book.sheets.map((s) => new FakeWorksheet(this.context, () => s).snapshot(itemProps));
    return { isNull: false, values: {}, children: { items } };
  }

  protected override receiveChild(name: string, snap: Snapshot | Snapshot[]): void {
    if (name !== 'items') return;
    this.itemList = (snap as Snapshot[]).map((s) => {
      const sheetName = s.values.__name as string;
      const ws = new FakeWorksheet(this.context, () => this.book.sheet(sheetName));
      ws.receive(s);
      return ws;
    });
  }

  getItem(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, () => this.book.sheet(name));
    this.context.enqueue(() => {
      ws.resolve();
    });
    return ws;
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.enqueue(() => requireApi(this.book, '1.4', 'getItemOrNullObject'));
    return new FakeWorksheet(this.context, () => this.book.sheet(name), true);
  }

  add(name: string): FakeWorksheet {
    this.context.enqueue(() => {
      if (this.book.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
      this.book.beforeWrite({ kind: 'sheet', sheet: name, address: '' });
      this.book.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => this.book.sheet(name));
  }
}

export class FakeWorksheet extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly resolver: SheetResolver,
    private readonly nullable = false,
  ) {
    super(context);
  }

  resolve(): FakeSheet {
    const s = this.resolver();
    if (!s) throw new FakeOfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist.');
    return s;
  }

  get name(): string {
    return this.prop('name');
  }

  get id(): string {
    return this.prop('id');
  }

  get visibility(): string {
    return this.prop('visibility');
  }

  get protection(): FakeWorksheetProtection {
    return this.protectionProxy;
  }

  private readonly protectionProxy = new FakeWorksheetProtection(this.context, () => this.resolve());

  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.context, () => this.resolve());
  }

  protected defaultProps(): string[] {
    return ['name', 'position', 'visibility'];
  }

  snapshot(props: string[]): Snapshot {
    const s = this.resolver();
    if (!s) {
      if (this.nullable) return nullSnapshot();
      throw new FakeOfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist.');
    }
    const groups = groupProps(props);
    const values: Record<string, unknown> = { __name: s.name };
    for (const p of groups.get('') ?? []) {
      if (p === 'name') values.name = s.name;
      else if (p === 'id') values.id = s.id;
      else if (p === 'position') values.position = this.book.sheets.indexOf(s);
      else if (p === 'visibility') values.visibility = s.visibility;
      else throw new FakeOfficeError('InvalidArgument', `Worksheet has no property ${p}.`);
    }
    const children: Record<string, Snapshot> = {};
    if (groups.has('protection')) children.protection = this.protectionProxy.snapshot(groups.get('protection')!);
    return { isNull: false, values, children };
  }

  protected override receiveChild(name: string, snap: Snapshot | Snapshot[]): void {
    if (name === 'protection') this.protectionProxy.receive(snap as Snapshot);
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      return { sheet, range: address ? parseRange(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 } };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      if (valuesOnly !== undefined) requireApi(this.book, '1.2', 'getUsedRange(valuesOnly)');
      const sheet = this.resolve();
      return { sheet, range: sheet.usedRange(!!valuesOnly) };
    });
  }

  activate(): void {
    this.context.enqueue(() => {
      this.book.activeSheet = this.resolve().name;
    });
  }

  delete(): void {
    this.context.enqueue(() => {
      const s = this.resolve();
      if (this.book.sheets.length === 1) throw new FakeOfficeError('InvalidOperation', 'A workbook must keep one sheet.');
      this.book.beforeWrite({ kind: 'sheet', sheet: s.name, address: '' });
      this.book.sheets = this.book.sheets.filter((x) => x !== s);
      if (this.book.activeSheet === s.name) this.book.activeSheet = this.book.sheets[0].name;
      if (this.book.selection?.sheet === s.name) this.book.selection = null;
    });
  }
}

export class FakeWorksheetProtection extends FakeClientObject {
  constructor(context: FakeRequestContext, private readonly sheet: () => FakeSheet) {
    super(context);
  }

  get protected(): boolean {
    return this.prop('protected');
  }

  protected defaultProps(): string[] {
    return ['protected'];
  }

  snapshot(props: string[]): Snapshot {
    requireApi(this.book, '1.2', 'WorksheetProtection');
    const s = this.sheet();
    const values: Record<string, unknown> = {};
    for (const p of props) {
      if (p !== 'protected') throw new FakeOfficeError('InvalidArgument', `WorksheetProtection has no property ${p}.`);
      values.protected = s.protected;
    }
    return { isNull: false, values, children: {} };
  }
}

// ---------------------------------------------------------------- ranges

function rangeA1(r: CellRange): string {
  const start = a1(r.top, r.left);
  const end = a1(r.bottom, r.right);
  return start === end ? start : `${start}:${end}`;
}

type RangeResolver = () => { sheet: FakeSheet; range: CellRange };

const ERROR_CONSTANT = /^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!)$/;
const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?%?$/;

/** Puts what a clerk (or `values`/`formulas`) types into a cell, parsed the way Excel parses typing. */
export function typeInto(cell: FakeCell, input: unknown): void {
  delete cell.formula;
  delete cell.error;
  delete cell.cached;
  cell.value = null;
  if (input === null || input === undefined || input === '') return;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = String(input);
  // Excel's text prefix: "'=A1" is the text "=A1" (the apostrophe is not part of the value).
  if (text.startsWith("'")) {
    cell.value = text.length > 1 ? text.slice(1) : null;
    return;
  }
  if (text.startsWith('=') && text.length > 1) cell.formula = text;
  // "+…" and "-…" that are not numbers are taken as formulas too, as when typed.
  else if (/^[+-]/.test(text) && text.length > 1 && !(/\d/.test(text) && NUMBER_TEXT.test(text.trim()))) cell.formula = `=${text}`;
  else if (ERROR_CONSTANT.test(text)) cell.error = text;
  else if (/\d/.test(text) && NUMBER_TEXT.test(text.trim())) {
    const t = text.trim();
    const n = Number(t.replace(/[,%]/g, ''));
    cell.value = t.endsWith('%') ? n / 100 : n;
  } else cell.value = text;
}

export class FakeRange extends FakeClientObject {
  readonly format: FakeRangeFormat;

  constructor(context: FakeRequestContext, readonly resolveRange: RangeResolver) {
    super(context);
    this.format = new FakeRangeFormat(context, this);
  }

  get address(): string {
    return this.prop('address');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  get cellCount(): number {
    return this.prop('cellCount');
  }
  get values(): unknown[][] {
    return this.prop('values');
  }
  set values(v: unknown[][]) {
    this.queueInput(v, 'values');
  }
  get formulas(): unknown[][] {
    return this.prop('formulas');
  }
  set formulas(v: unknown[][]) {
    this.queueInput(v, 'formulas');
  }
  get valueTypes(): string[][] {
    return this.prop('valueTypes');
  }

  protected defaultProps(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'cellCount', 'values', 'valueTypes', 'formulas'];
  }

  snapshot(props: string[]): Snapshot {
    const { sheet, range } = this.resolveRange();
    const groups = groupProps(props);
    const rows = range.bottom - range.top + 1;
    const cols = range.right - range.left + 1;
    const grid = <T>(f: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(range.top + i, range.left + j)));
    const values: Record<string, unknown> = {};
    for (const p of groups.get('') ?? []) {
      switch (p) {
        case 'address':
          values.address = this.book.address(sheet.name, range);
          break;
        case 'rowIndex':
          values.rowIndex = range.top;
          break;
        case 'columnIndex':
          values.columnIndex = range.left;
          break;
        case 'rowCount':
          values.rowCount = rows;
          break;
        case 'columnCount':
          values.columnCount = cols;
          break;
        case 'cellCount':
          values.cellCount = rows * cols;
          break;
        case 'values':
          this.book.valueLoads.push(this.book.address(sheet.name, range));
          values.values = grid((r, c) => {
            const v = this.book.shown(sheet.name, r, c);
            if (v === null) return '';
            return typeof v === 'object' ? v.error : v;
          });
          break;
        case 'valueTypes':
          values.valueTypes = grid((r, c) => {
            const v = this.book.shown(sheet.name, r, c);
            if (v === null || v === '') return 'Empty';
            if (typeof v === 'object') return 'Error';
            if (typeof v === 'number') return 'Double';
            if (typeof v === 'boolean') return 'Boolean';
            return 'String';
          });
          break;
        case 'formulas':
          values.formulas = grid((r, c) => {
            const cell = sheet.get(r, c);
            if (!cell) return '';
            if (cell.formula) return cell.formula;
            if (cell.error) return cell.error;
            return cell.value ?? '';
          });
          break;
        default:
          throw new FakeOfficeError('InvalidArgument', `Range has no property ${p}.`);
      }
    }
    const children: Record<string, Snapshot> = {};
    if (groups.has('format')) children.format = this.format.snapshot(groups.get('format')!);
    return { isNull: false, values, children };
  }

  protected override receiveChild(name: string, snap: Snapshot | Snapshot[]): void {
    if (name === 'format') this.format.receive(snap as Snapshot);
  }

  /** Each cell of the range, for commands that change them; refuses a protected sheet. */
  forEachCellForWrite(f: (cell: FakeCell, row: number, col: number, sheet: FakeSheet) => void, kind: 'value' | 'fill' = 'value'): void {
    const { sheet, range } = this.resolveRange();
    if (sheet.protected) throw protectedError(sheet);
    this.book.beforeWrite({ kind: kind, sheet: sheet.name, address: rangeA1(range) });
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        f(sheet.ensure(r, c), r, c, sheet);
        sheet.tidy(r, c);
      }
    }
  }

  private queueInput(v: unknown[][], what: string): void {
    const input = v.map((row) => [...row]);
    this.context.enqueue(() => {
      const { range } = this.resolveRange();
      const rows = range.bottom - range.top + 1;
      const cols = range.right - range.left + 1;
      if (input.length !== rows || input.some((row) => row.length !== cols)) {
        throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array for ${what} doesn't match the size of the range.`);
      }
      this.forEachCellForWrite((cell, r, c) => typeInto(cell, input[r - range.top][c - range.left]));
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' = 'All'): void {
    this.context.enqueue(() =>
      this.forEachCellForWrite((cell) => {
        if (applyTo === 'All' || applyTo === 'Contents') typeInto(cell, null);
        if (applyTo === 'All' || applyTo === 'Formats') cell.fill = null;
      }),
    );
  }

  select(): void {
    this.context.enqueue(() => {
      const { sheet, range } = this.resolveRange();
      if (this.book.activeSheet !== sheet.name) {
        throw new FakeOfficeError('InvalidSelection', 'The current selection is invalid for this operation.');
      }
      this.book.selection = { sheet: sheet.name, range };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      requireApi(this.book, '1.13', 'getMergedAreasOrNullObject');
      const { sheet, range } = this.resolveRange();
      const hits = sheet.merges.filter(
        (m) => m.top <= range.bottom && m.bottom >= range.top && m.left <= range.right && m.right >= range.left,
      );
      return hits.length ? hits.map((m) => this.book.address(sheet.name, m)).join(', ') : undefined;
    });
  }
}

export class FakeRangeAreas extends FakeClientObject {
  constructor(context: FakeRequestContext, private readonly areas: () => string | undefined) {
    super(context);
  }

  get address(): string {
    return this.prop('address');
  }

  protected defaultProps(): string[] {
    return ['address'];
  }

  snapshot(props: string[]): Snapshot {
    const address = this.areas();
    if (address === undefined) return nullSnapshot();
    const values: Record<string, unknown> = {};
    for (const p of props) {
      if (p !== 'address') throw new FakeOfficeError('InvalidArgument', `RangeAreas has no property ${p}.`);
      values.address = address;
    }
    return { isNull: false, values, children: {} };
  }
}

export class FakeRangeFormat extends FakeClientObject {
  readonly fill: FakeRangeFill;

  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context);
    this.fill = new FakeRangeFill(context, range);
  }

  protected defaultProps(): string[] {
    return [];
  }

  snapshot(props: string[]): Snapshot {
    const groups = groupProps(props);
    const children: Record<string, Snapshot> = {};
    if (groups.has('fill')) children.fill = this.fill.snapshot(groups.get('fill')!);
    return { isNull: false, values: {}, children };
  }

  protected override receiveChild(name: string, snap: Snapshot | Snapshot[]): void {
    if (name === 'fill') this.fill.receive(snap as Snapshot);
  }
}

export class FakeRangeFill extends FakeClientObject {
  constructor(context: FakeRequestContext, private readonly range: FakeRange) {
    super(context);
  }

  get color(): string {
    return this.prop('color');
  }
  set color(v: string) {
    this.context.enqueue(() =>
      this.range.forEachCellForWrite((cell) => {
        cell.fill = v.toUpperCase().startsWith('#') ? v.toUpperCase() : `#${v.toUpperCase()}`;
      }, 'fill'),
    );
  }
  get pattern(): string {
    return this.prop('pattern');
  }

  clear(): void {
    this.context.enqueue(() =>
      this.range.forEachCellForWrite((cell) => {
        cell.fill = null;
      }, 'fill'),
    );
  }

  protected defaultProps(): string[] {
    return ['color'];
  }

  snapshot(props: string[]): Snapshot {
    const { sheet, range } = this.range.resolveRange();
    const fills = new Set<string | null>();
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) fills.add(sheet.get(r, c)?.fill ?? null);
    }
    const only = fills.size === 1 ? [...fills][0] : undefined;
    const values: Record<string, unknown> = {};
    for (const p of props) {
      if (p === 'color') values.color = only === undefined ? null : only ?? '#FFFFFF';
      else if (p === 'pattern') {
        requireApi(this.book, '1.9', 'RangeFill.pattern');
        values.pattern = only === undefined ? null : only === null ? 'None' : 'Solid';
      } else throw new FakeOfficeError('InvalidArgument', `RangeFill has no property ${p}.`);
    }
    return { isNull: false, values, children: {} };
  }
}

// ---------------------------------------------------------------- settings and notes

export class FakeSettingCollection extends FakeClientObject {
  protected defaultProps(): string[] {
    return [];
  }

  snapshot(): Snapshot {
    return { isNull: false, values: {}, children: {} };
  }

  add(key: string, value: unknown): FakeSetting {
    const copy = JSON.parse(JSON.stringify(value)) as unknown;
    this.context.enqueue(() => {
      requireApi(this.book, '1.4', 'workbook.settings');
      this.book.beforeWrite({ kind: 'setting', sheet: '', address: '' });
      this.book.settings.set(key, copy);
    });
    return new FakeSetting(this.context, key);
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key);
  }
}

export class FakeSetting extends FakeClientObject {
  constructor(context: FakeRequestContext, private readonly key: string) {
    super(context);
  }

  get value(): unknown {
    return this.prop('value');
  }

  protected defaultProps(): string[] {
    return ['key', 'value'];
  }

  snapshot(props: string[]): Snapshot {
    requireApi(this.book, '1.4', 'workbook.settings');
    if (!this.book.settings.has(this.key)) return nullSnapshot();
    const values: Record<string, unknown> = {};
    for (const p of props) {
      if (p === 'key') values.key = this.key;
      else if (p === 'value') values.value = JSON.parse(JSON.stringify(this.book.settings.get(this.key)));
      else throw new FakeOfficeError('InvalidArgument', `Setting has no property ${p}.`);
    }
    return { isNull: false, values, children: {} };
  }
}

export class FakeNoteCollection extends FakeClientObject {
  constructor(context: FakeRequestContext, private readonly sheet: () => FakeSheet) {
    super(context);
  }

  protected defaultProps(): string[] {
    return [];
  }

  snapshot(): Snapshot {
    requireApi(this.book, '1.18', 'notes');
    return { isNull: false, values: {}, children: {} };
  }

  private cell(address: string): () => { sheet: FakeSheet; cell: FakeCell | undefined; row: number; col: number } {
    return () => {
      requireApi(this.book, '1.18', 'notes');
      const sheet = this.sheet();
      const p = parseRef(address);
      return { sheet, cell: sheet.get(p.row, p.col), row: p.row, col: p.col };
    };
  }

  add(cellAddress: string, content: string): FakeNote {
    const where = this.cell(cellAddress);
    this.context.enqueue(() => {
      const { sheet, cell, row, col } = where();
      if (sheet.protected) throw protectedError(sheet);
      if (cell?.note !== undefined) throw new FakeOfficeError('InvalidArgument', 'The cell already has a note.');
      this.book.beforeWrite({ kind: 'note', sheet: sheet.name, address: cellAddress });
      sheet.ensure(row, col).note = String(content);
    });
    return new FakeNote(this.context, where, false);
  }

  getItem(key: string): FakeNote {
    return new FakeNote(this.context, this.cell(key), false);
  }

  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.context, this.cell(key), true);
  }
}

export class FakeNote extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly where: () => { sheet: FakeSheet; cell: FakeCell | undefined; row: number; col: number },
    private readonly nullable: boolean,
  ) {
    super(context);
  }

  private existing(): { sheet: FakeSheet; cell: FakeCell; row: number; col: number } {
    const w = this.where();
    if (!w.cell || w.cell.note === undefined) throw new FakeOfficeError('ItemNotFound', 'The note doesn\u2019t exist.');
    return w as { sheet: FakeSheet; cell: FakeCell; row: number; col: number };
  }

  get content(): string {
    return this.prop('content');
  }
  set content(v: string) {
    this.context.enqueue(() => {
      const { sheet, cell, row, col } = this.existing();
      if (sheet.protected) throw protectedError(sheet);
      this.book.beforeWrite({ kind: 'note', sheet: sheet.name, address: rangeA1({ top: row, left: col, bottom: row, right: col }) });
      cell.note = String(v);
    });
  }

  delete(): void {
    this.context.enqueue(() => {
      const { sheet, cell, row, col } = this.existing();
      if (sheet.protected) throw protectedError(sheet);
      this.book.beforeWrite({ kind: 'note', sheet: sheet.name, address: rangeA1({ top: row, left: col, bottom: row, right: col }) });
      delete cell.note;
      sheet.tidy(row, col);
    });
  }

  protected defaultProps(): string[] {
    return ['content'];
  }

  snapshot(props: string[]): Snapshot {
    const w = this.where();
    if (!w.cell || w.cell.note === undefined) {
      if (this.nullable) return nullSnapshot();
      throw new FakeOfficeError('ItemNotFound', 'The note doesn\u2019t exist.');
    }
    const values: Record<string, unknown> = {};
    for (const p of props) {
      if (p !== 'content') throw new FakeOfficeError('InvalidArgument', `Note has no property ${p}.`);
      values.content = w.cell.note;
    }
    return { isNull: false, values, children: {} };
  }
}

// ---------------------------------------------------------------- names

export class FakeNamedItemCollection extends FakeClientObject {
  private itemList: FakeNamedItem[] | undefined;

  get items(): FakeNamedItem[] {
    if (!this.itemList) throw notLoaded('items');
    return this.itemList;
  }

  protected defaultProps(): string[] {
    return ['items/name'];
  }

  snapshot(props: string[]): Snapshot {
    const itemProps = groupProps(props).get('items') ?? [];
    const items = [...this.book.names.keys()].map((n) => new FakeNamedItem(this.context, n).snapshot(itemProps));
    return { isNull: false, values: {}, children: { items } };
  }

  protected override receiveChild(name: string, snap: Snapshot | Snapshot[]): void {
    if (name !== 'items') return;
    this.itemList = (snap as Snapshot[]).map((s) => {
      const item = new FakeNamedItem(this.context, s.values.__name as string);
      item.receive(s);
      return item;
    });
  }

  /** ExcelApi 1.4; `reference` a Range or a formula ("=表1!$B$3,表1!$C$5"). */
  add(name: string, reference: string, _comment?: string): FakeNamedItem {
    this.context.enqueue(() => {
      requireApi(this.book, '1.4', 'NamedItemCollection.add');
      if ([...this.book.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError('InvalidArgument', `A name ${name} already exists.`);
      if (typeof reference !== 'string' || !isReference(reference)) throw new FakeOfficeError('InvalidArgument', 'The reference is not valid.');
      this.book.beforeWrite({ kind: 'name', sheet: '', address: '' });
      this.book.names.set(name, { formula: reference, visible: true });
    });
    return new FakeNamedItem(this.context, name);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, name);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, name, true);
  }
}

export class FakeNamedItem extends FakeClientObject {
  constructor(context: FakeRequestContext, private readonly key: string, private readonly nullable = false) {
    super(context);
  }

  private existing() {
    const n = this.book.names.get(this.key);
    if (!n) throw new FakeOfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist.');
    return n;
  }

  get name(): string {
    return this.prop('name');
  }

  get formula(): string {
    return this.prop('formula');
  }
  set formula(v: string) {
    this.context.enqueue(() => {
      requireApi(this.book, '1.7', 'NamedItem.formula');
      const n = this.existing();
      if (!isReference(v)) throw new FakeOfficeError('InvalidArgument', 'The reference is not valid.');
      this.book.beforeWrite({ kind: 'name', sheet: '', address: '' });
      n.formula = v;
    });
  }

  get visible(): boolean {
    return this.prop('visible');
  }
  set visible(v: boolean) {
    this.context.enqueue(() => {
      const n = this.existing();
      this.book.beforeWrite({ kind: 'name', sheet: '', address: '' });
      n.visible = !!v;
    });
  }

  delete(): void {
    this.context.enqueue(() => {
      requireApi(this.book, '1.4', 'NamedItem.delete');
      this.existing();
      this.book.beforeWrite({ kind: 'name', sheet: '', address: '' });
      this.book.names.delete(this.key);
    });
  }

  protected defaultProps(): string[] {
    return ['name', 'type', 'value', 'visible'];
  }

  snapshot(props: string[]): Snapshot {
    const n = this.book.names.get(this.key);
    if (!n) {
      if (this.nullable) return nullSnapshot();
      throw new FakeOfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist.');
    }
    const values: Record<string, unknown> = { __name: this.key };
    for (const p of props) {
      if (p === 'name') values.name = this.key;
      else if (p === 'formula') {
        requireApi(this.book, '1.7', 'NamedItem.formula');
        values.formula = n.formula;
      } else if (p === 'visible') values.visible = n.visible;
      else if (p === 'type') values.type = 'Range';
      else if (p === 'value') values.value = n.formula.replace(/^=/, '');
      else throw new FakeOfficeError('InvalidArgument', `NamedItem has no property ${p}.`);
    }
    return { isNull: false, values, children: {} };
  }
}

// ---------------------------------------------------------------- bindings (ExcelApi 1.1 to read them)

export class FakeBindingCollection {
  constructor(private readonly context: FakeRequestContext) {}

  getItem(id: string): FakeBindingProxy {
    this.context.enqueue(() => {
      if (!this.context.book.bindings.has(id)) throw new FakeOfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist.');
    });
    return new FakeBindingProxy(this.context, id);
  }
}

export class FakeBindingProxy {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly id: string,
  ) {}

  /** The bound cell; fails the sync where the cell (or its sheet) was deleted. */
  getRange(): FakeRange {
    const book = this.context.book;
    return new FakeRange(this.context, () => {
      const b = book.bindings.get(this.id);
      const sheet = b && book.sheets.find((s) => s.id === b.sheetId);
      if (!b || !b.cell || !sheet) throw new FakeOfficeError('InvalidBinding', 'The binding is no longer valid.');
      return { sheet, range: { top: b.cell.row, left: b.cell.col, bottom: b.cell.row, right: b.cell.col } };
    });
  }
}
