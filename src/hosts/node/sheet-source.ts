/**
 * The sheet source format: a readable text file that describes workbooks cell by cell, so sample
 * workbooks and test fixtures are reviewed as text and generated as xlsx. The format is documented
 * in examples/README.md; in short:
 *
 *   @sheet 表1 收支总表        starts a sheet
 *   @start B2                 the next rows start at this cell (default A1)
 *   @merge A4:B5 C4:D4        merged areas, in sheet coordinates
 *   @width A:C 6              column widths (Excel character units)
 *   @bold A2                  bold cells
 *   # comment
 *   208⇥"05"⇥⇥"4878.73　"⇥170.10⇥=E8+E9→170.11⇥#REF!     (⇥ stands for a TAB)
 *
 * A bare number is a number cell; "quoted" text is text exactly as quoted; anything else bare is
 * text that must not start or end with a space (quote it to keep spaces).
 */
import type { CellError, CellRange, RawCell, SheetGrid, WorkbookGrid } from '../../engine';
import { a1, columnIndex } from '../../engine';

export interface SourceNumber {
  kind: 'number';
  value: number;
  /** Digits after the decimal point as written: `170.10` → 2, so the writer can show 170.10. */
  decimals: number;
}
export interface SourceText {
  kind: 'text';
  value: string;
}
export interface SourceErrorValue {
  kind: 'error';
  value: ExcelErrorCode;
}
export type SourceValue = SourceNumber | SourceText | SourceErrorValue;
export interface SourceFormula {
  kind: 'formula';
  /** Formula text without the leading "=": `SUM(E5:E7)`. */
  formula: string;
  /** The cached result, what the sheet shows. */
  result: SourceValue;
}
export type SourceCell = SourceValue | SourceFormula;

export interface SourceCellAt {
  row: number;
  col: number;
  cell: SourceCell;
  /** 1-based line in the source text, for messages. */
  line: number;
}

export interface SourceSheet {
  name: string;
  /** Where each block of rows starts, in order (0-based sheet coordinates). */
  starts: { row: number; col: number }[];
  cells: SourceCellAt[];
  merges: CellRange[];
  widths: { col: number; width: number }[];
  bold: CellRange[];
}

export interface SheetSource {
  sheets: SourceSheet[];
}

/** A formula cell with its cached result, for writers that keep formulas. */
export interface FormulaAt {
  sheet: string;
  row: number;
  col: number;
  formula: string;
  result: RawCell;
}

export const EXCEL_ERROR_CODES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'] as const;
export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

export class SheetSourceError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`第${line}行：${message}`);
    this.name = 'SheetSourceError';
  }
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const LEADING_ZERO_NUMBER = /^-?0\d+(\.\d+)?$/;
const EDGE_SPACE = /^\s|\s$/;
const RANGE = /^([A-Z]{1,3})([1-9]\d*)(?::([A-Z]{1,3})([1-9]\d*))?$/;
const CELL = /^([A-Z]{1,3})([1-9]\d*)$/;
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;
const MAX_SHEET_NAME = 31;

/** Reads the source text into sheets of typed cells; throws SheetSourceError naming the line. */
export function readSheetSource(text: string): SheetSource {
  const sheets: SourceSheet[] = [];
  let sheet: SourceSheet | undefined;
  let block: Block | undefined;
  let taken = new Map<number, number>();
  const mergeLines = new Map<CellRange, number>();

  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (isComment(raw)) return;
    if (raw.startsWith('@')) {
      const m = /^@([a-z]+)(?:[ \t]+(.*))?$/.exec(raw.trimEnd());
      if (!m) throw new SheetSourceError(line, `无法识别的指令：${raw}`);
      const [, name, arg = ''] = m;
      if (name === 'sheet') {
        sheet = newSheet(arg.trim(), sheets, line);
        sheets.push(sheet);
        block = undefined;
        taken = new Map();
        return;
      }
      if (!sheet) throw new SheetSourceError(line, `@${name} 必须写在 @sheet 之后`);
      switch (name) {
        case 'start': {
          const at = parseCellAddress(arg.trim(), line);
          block = { row: at.row, col: at.col, next: at.row, pendingBlank: 0, started: false };
          sheet.starts.push({ row: at.row, col: at.col });
          return;
        }
        case 'merge':
          for (const r of words(arg, line, '@merge')) {
            const range = parseRangeAddress(r, line);
            mergeLines.set(range, line);
            sheet.merges.push(range);
          }
          return;
        case 'bold':
          for (const r of words(arg, line, '@bold')) sheet.bold.push(parseRangeAddress(r, line));
          return;
        case 'width':
          sheet.widths.push(...parseWidth(arg, line));
          return;
        default:
          throw new SheetSourceError(line, `未知指令 @${name}（可用：@sheet @start @merge @width @bold）`);
      }
    }
    if (!sheet) {
      if (raw.trim() === '') return;
      throw new SheetSourceError(line, '表格行必须写在 @sheet 之后');
    }
    if (!block) {
      block = { row: 0, col: 0, next: 0, pendingBlank: 0, started: false };
      sheet.starts.push({ row: 0, col: 0 });
    }
    const cells = raw === '' ? [] : raw.split('\t').map((c) => parseCell(c, line));
    if (cells.every((c) => c === null)) {
      // Empty rows count only between rows: the ones before a block's first row or after its last are layout.
      if (block.started) block.pendingBlank++;
      return;
    }
    block.next += block.pendingBlank;
    block.pendingBlank = 0;
    block.started = true;
    const row = block.next++;
    cells.forEach((cell, j) => {
      if (cell === null) return;
      const col = block!.col + j;
      const key = row * 16384 + col;
      const earlier = taken.get(key);
      if (earlier !== undefined) throw new SheetSourceError(line, `单元格 ${a1(row, col)} 已在第${earlier}行写过`);
      taken.set(key, line);
      sheet!.cells.push({ row, col, cell, line });
    });
  });
  for (const s of sheets) checkMerges(s, mergeLines);
  return { sheets };
}

interface Block {
  row: number;
  col: number;
  next: number;
  pendingBlank: number;
  started: boolean;
}

function isComment(raw: string): boolean {
  return raw === '#' || /^#[ \t]/.test(raw);
}

function newSheet(name: string, sheets: SourceSheet[], line: number): SourceSheet {
  if (name === '') throw new SheetSourceError(line, '@sheet 缺少工作表名称');
  if (name.length > MAX_SHEET_NAME) throw new SheetSourceError(line, `工作表名称超过${MAX_SHEET_NAME}个字符：${name}`);
  if (FORBIDDEN_IN_SHEET_NAME.test(name)) throw new SheetSourceError(line, `工作表名称不能含有 [ ] : * ? / \\：${name}`);
  if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
    throw new SheetSourceError(line, `工作表名称重复：${name}`);
  return { name, starts: [], cells: [], merges: [], widths: [], bold: [] };
}

function words(arg: string, line: number, directive: string): string[] {
  const list = arg.trim().split(/\s+/).filter((w) => w !== '');
  if (list.length === 0) throw new SheetSourceError(line, `${directive} 缺少区域`);
  return list;
}

function parseCellAddress(text: string, line: number): { row: number; col: number } {
  const m = CELL.exec(text);
  if (!m) throw new SheetSourceError(line, `无法识别的单元格地址：${text}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

function parseRangeAddress(text: string, line: number): CellRange {
  const m = RANGE.exec(text);
  if (!m) throw new SheetSourceError(line, `无法识别的区域：${text}`);
  const [, c1, r1, c2 = c1, r2 = r1] = m;
  const top = Number(r1) - 1;
  const bottom = Number(r2) - 1;
  const left = columnIndex(c1);
  const right = columnIndex(c2);
  if (bottom < top || right < left) throw new SheetSourceError(line, `区域应从左上写到右下：${text}`);
  return { top, left, bottom, right };
}

/** `@width A 8`, `@width A:C 6`, or several pairs: `@width A:C 6 D 28 E:P 12`. */
function parseWidth(arg: string, line: number): { col: number; width: number }[] {
  const list = words(arg, line, '@width');
  if (list.length % 2 !== 0) throw new SheetSourceError(line, '@width 写法：@width A:C 6 D 28');
  const out: { col: number; width: number }[] = [];
  for (let i = 0; i < list.length; i += 2) {
    const m = /^([A-Z]{1,3})(?::([A-Z]{1,3}))?$/.exec(list[i]);
    const width = Number(list[i + 1]);
    if (!m || !/^\d+(\.\d+)?$/.test(list[i + 1]) || width <= 0 || width > 255)
      throw new SheetSourceError(line, `无法识别的列宽：${list[i]} ${list[i + 1]}`);
    const from = columnIndex(m[1]);
    const to = columnIndex(m[2] ?? m[1]);
    if (to < from) throw new SheetSourceError(line, `列区域应从左到右：${list[i]}`);
    for (let col = from; col <= to; col++) out.push({ col, width });
  }
  return out;
}

/** One TAB-separated cell; null for a blank. */
export function parseCell(text: string, line: number): SourceCell | null {
  if (text === '') return null;
  if (text.startsWith('=')) return parseFormula(text, line);
  const value = parseValue(text, line);
  if (value.kind === 'text' && value.value === '') throw new SheetSourceError(line, '空文本 "" 请直接留空');
  return value;
}

function parseFormula(text: string, line: number): SourceFormula {
  // The cached result follows the last "→" (or "->" where the file has no "→").
  const arrow = text.includes('→') ? text.lastIndexOf('→') : text.lastIndexOf('->');
  if (arrow < 0) throw new SheetSourceError(line, `公式缺少缓存结果（写作 =SUM(E5:E7)→170.11）：${text}`);
  const formula = text.slice(1, arrow).trim();
  const cached = text.slice(arrow + (text[arrow] === '→' ? 1 : 2)).trim();
  if (formula === '') throw new SheetSourceError(line, `公式为空：${text}`);
  if (cached === '') throw new SheetSourceError(line, `公式缺少缓存结果：${text}`);
  if (cached.startsWith('=')) throw new SheetSourceError(line, `公式的缓存结果不能是公式：${text}`);
  return { kind: 'formula', formula, result: parseValue(cached, line) };
}

function parseValue(text: string, line: number): SourceValue {
  if (text.startsWith('"')) return { kind: 'text', value: parseQuoted(text, line) };
  if ((EXCEL_ERROR_CODES as readonly string[]).includes(text)) return { kind: 'error', value: text as ExcelErrorCode };
  const number = NUMBER.exec(text);
  if (number) return { kind: 'number', value: Number(text), decimals: number[2] ? number[2].length - 1 : 0 };
  if (LEADING_ZERO_NUMBER.test(text))
    throw new SheetSourceError(line, `"${text}" 以0开头，含义不明：文本写作 "${text}"，数字写作 ${Number(text)}`);
  if (EDGE_SPACE.test(text)) throw new SheetSourceError(line, `单元格首尾有空白，请加引号写出：${JSON.stringify(text)}`);
  return { kind: 'text', value: text };
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', n: '\n', t: '\t', r: '\r' };

function parseQuoted(text: string, line: number): string {
  let out = '';
  for (let i = 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (i !== text.length - 1) throw new SheetSourceError(line, `引号之后不能再有内容：${text}`);
      return out;
    }
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = text[++i];
    if (next === 'u') {
      const hex = /^[0-9a-fA-F]{4}/.exec(text.slice(i + 1));
      if (!hex) throw new SheetSourceError(line, `\\u 后应有4位十六进制数：${text}`);
      out += String.fromCharCode(parseInt(hex[0], 16));
      i += 4;
    } else if (next !== undefined && ESCAPES[next] !== undefined) {
      out += ESCAPES[next];
    } else {
      throw new SheetSourceError(line, `无法识别的转义 \\${next ?? ''}（可用 \\" \\\\ \\n \\t \\uXXXX）：${text}`);
    }
  }
  throw new SheetSourceError(line, `引号没有闭合：${text}`);
}

function checkMerges(sheet: SourceSheet, lines: Map<CellRange, number>): void {
  const owner = new Map<number, CellRange>();
  for (const m of sheet.merges) {
    const line = lines.get(m) ?? 0;
    if (m.top === m.bottom && m.left === m.right)
      throw new SheetSourceError(line, `合并区域 ${a1(m.top, m.left)} 只有一个单元格`);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        const key = r * 16384 + c;
        const other = owner.get(key);
        if (other) throw new SheetSourceError(line, `合并区域 ${rangeText(m)} 与 ${rangeText(other)} 重叠`);
        owner.set(key, m);
      }
  }
  for (const { row, col, line } of sheet.cells) {
    const m = owner.get(row * 16384 + col);
    if (m && (m.top !== row || m.left !== col))
      throw new SheetSourceError(line, `单元格 ${a1(row, col)} 在合并区域 ${rangeText(m)} 内，只有左上角可以有值`);
  }
}

function rangeText(r: CellRange): string {
  return `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** What the sheet shows in a source cell: a formula shows its cached result. */
export function shownValue(cell: SourceCell): RawCell {
  const v = cell.kind === 'formula' ? cell.result : cell;
  if (v.kind === 'error') return { error: v.value } as CellError;
  return v.value;
}

/** Every formula cell with its cached result, in source order. */
export function formulaCells(source: SheetSource): FormulaAt[] {
  const out: FormulaAt[] = [];
  for (const sheet of source.sheets)
    for (const { row, col, cell } of sheet.cells)
      if (cell.kind === 'formula') out.push({ sheet: sheet.name, row, col, formula: cell.formula, result: shownValue(cell) });
  return out;
}

/** The grid a host would hand over for this source: values shown, formulas as their cached results. */
export function sourceToGrid(source: SheetSource, name?: string): WorkbookGrid {
  return { ...(name !== undefined ? { name } : {}), sheets: source.sheets.map(sheetToGrid) };
}

function sheetToGrid(sheet: SourceSheet): SheetGrid {
  const originRow = Math.min(...sheet.starts.map((s) => s.row), ...sheet.cells.map((c) => c.row));
  const originCol = Math.min(...sheet.starts.map((s) => s.col), ...sheet.cells.map((c) => c.col));
  const cells: RawCell[][] = [];
  for (const { row, col, cell } of sheet.cells) {
    const r = row - originRow;
    while (cells.length <= r) cells.push([]);
    const target = cells[r];
    while (target.length < col - originCol) target.push(null);
    target[col - originCol] = shownValue(cell);
  }
  const grid: SheetGrid = { name: sheet.name, cells };
  if (sheet.starts.length > 0 || sheet.cells.length > 0) {
    grid.originRow = originRow;
    grid.originCol = originCol;
  }
  if (sheet.merges.length > 0) grid.merges = sheet.merges.map((m) => ({ ...m }));
  return grid;
}

/** Parses sheet source text into the grid the engine reads. */
export function parseSheetSource(text: string, name?: string): WorkbookGrid {
  return sourceToGrid(readSheetSource(text), name);
}
