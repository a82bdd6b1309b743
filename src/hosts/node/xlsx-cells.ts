import { parseRange, type CellRange, type RawCell, type SheetGrid, type WorkbookGrid } from '../../engine';
import { XLSX_READ_TEXT } from '../xlsx-grid';
import { Tok, XmlScanner } from './xml-scan';

/**
 * An .xlsx as the engine's grid, read from the zip's parts (xlsx-precheck.ts inflates them) with a pull scanner
 * over only what the grid holds: workbook.xml and its rels (sheet order, names, 隐藏 state, 1904 dates),
 * sharedStrings.xml (plain and rich text), styles.xml (which cell styles are dates) and each sheet's cells,
 * merges, hyperlinks and protection. About ten times faster than ExcelJS's load (npm run bench), and without
 * building an object per cell.
 *
 * The grid is the one the ExcelJS reader (../xlsx-grid.ts) makes, cell by cell: the same value for each cell
 * (a formula's cached result, null where it has none; a date-formatted number as its ISO date; rich text
 * joined; _xHHHH_ escapes decoded where ExcelJS decodes them), the same rows and row lengths, the same merges,
 * protection and sheets. test/hosts/node/xlsx-cells.test.ts holds both readers to it on every example and
 * every bad-input file. Where ExcelJS fails or prints its own internals, this reader does what the sheet shows:
 * - a cell or row without an `r` address follows the one before it (ExcelJS drops such a row, or fails);
 * - a hyperlink cell shows its text (ExcelJS gives "[object Object]" for rich text or an error, "undefined"
 *   for none, and a date's long English form);
 * - a date style on a text or error result, or on a number no date can hold, leaves the value as it is
 *   (ExcelJS fails on the whole file: "Invalid time value");
 * - an empty shared string `<si/>` is "" (ExcelJS gives "[object Object]").
 */

/** The cell styles (cellXfs index) whose number format is a date: ExcelJS reads their numbers as dates. */
const DEFAULT_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** ExcelJS's utils.isDateFmt: a y m d h M s or b outside [..] and "..". */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** ExcelJS's utils.xmlDecode, applied once more to sheet names and `str` values already decoded by the parser. */
function xmlDecodeAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' } as Record<string, string>)[c] ?? c);
}

/** The text of a <t>, as ExcelJS's TextXform gives it: _xHHHH_ escapes decoded (upper-case hex only). */
function escapedText(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function excelDate(serial: number, date1904: boolean): string | undefined {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

class Damaged extends Error {}

function damaged(detail: string): never {
  throw new Damaged(XLSX_READ_TEXT.damaged(detail));
}

interface SheetEntry {
  name: string | undefined;
  id: number;
  state: string | undefined;
  rId: string | undefined;
}

function readWorkbook(xml: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const x = new XmlScanner(xml);
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t !== Tok.Open) continue;
    if (x.name === 'sheet') {
      const name = x.attr('name');
      sheets.push({ name: name === undefined ? undefined : xmlDecodeAgain(name), id: parseInt(x.attr('sheetId') ?? '', 10), state: x.attr('state'), rId: x.attr('r:id') });
    } else if (x.name === 'workbookPr') date1904 = x.attr('date1904') === '1';
  }
  return { sheets, date1904 };
}

function readRels(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (xml === undefined) return out;
  const x = new XmlScanner(xml);
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t !== Tok.Open || x.name !== 'Relationship') continue;
    const id = x.attr('Id');
    if (id !== undefined) out.set(id, x.attr('Target') ?? '');
  }
  return out;
}

/** A rich-text run <r>: the text of its <t>, escapes decoded; its <rPr> left out. */
function readRun(x: XmlScanner): string {
  let out = '';
  if (x.selfClosing) return out;
  for (let t = x.next(); t !== Tok.End && t !== Tok.Close; t = x.next()) {
    if (t !== Tok.Open) continue;
    if (x.name === 't') out = escapedText(x.textContent());
    else x.skipElement();
  }
  return out;
}

/** Shared strings, each as the text ExcelJS gives the cell (rich text runs joined, phonetic runs left out). */
function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const x = new XmlScanner(xml);
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t !== Tok.Open || x.name !== 'si') continue;
    let plain: string | undefined;
    let runs: string[] | undefined;
    if (!x.selfClosing)
      for (let u = x.next(); u !== Tok.End && u !== Tok.Close; u = x.next()) {
        if (u !== Tok.Open) continue;
        if ((x.name as string) === 't') plain = escapedText(x.textContent());
        else if ((x.name as string) === 'r') (runs ??= []).push(readRun(x));
        else x.skipElement();
      }
    out.push(runs ? runs.join('') : plain ?? '');
  }
  return out;
}

/** Which cell styles (by index) ExcelJS reads as dates. */
function readDateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const x = new XmlScanner(xml);
  const formats = new Map<number, string>();
  const xfs: number[] = [];
  let section = '';
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t === Tok.Open) {
      if (x.name === 'numFmts' || x.name === 'cellXfs') {
        if (!x.selfClosing) section = x.name;
      } else if (section === 'numFmts' && x.name === 'numFmt') {
        formats.set(parseInt(x.attr('numFmtId') ?? '', 10), (x.attr('formatCode') ?? '').replace(/[\\](.)/g, '$1'));
      } else if (section === 'cellXfs' && x.name === 'xf') {
        xfs.push(parseInt(x.attr('numFmtId') ?? '', 10));
        x.skipElement();
      }
    } else if (t === Tok.Close && x.name === section) section = '';
  }
  return xfs.map((id) => Boolean(id) && (formats.get(id) ? isDateFormat(formats.get(id)) : DEFAULT_DATE_FORMATS.has(id)));
}

const CELL_REF = /^\$?([A-Z]+)\$?(\d+)$/;

function columnOf(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

interface SheetContext {
  strings: string[] | undefined;
  dateStyles: boolean[];
  date1904: boolean;
  rels: Map<string, string>;
}

interface CellRead {
  row: number;
  col: number;
  address: string;
  /** 0 nothing (ExcelJS drops it), 1 a value, 2 a formula, 3 styled but empty. */
  kind: number;
  value: unknown;
}

/** One <c>, as ExcelJS's CellXform reads it and its reconcile resolves it (shared strings, dates). */
function readCell(x: XmlScanner, row: number, prevCol: number, ctx: SheetContext): CellRead {
  const address = x.attr('r');
  const type = x.attr('t');
  const s = x.attr('s');
  const style = s ? parseInt(s, 10) || 0 : 0;
  let value: string | undefined;
  let formula = '';
  let shareType: string | undefined;
  let runs: string[] | undefined;
  if (!x.selfClosing)
    for (let t = x.next(); t !== Tok.End; t = x.next()) {
      if (t === Tok.Close) {
        if (x.name === 'c') break;
        continue;
      }
      if (t !== Tok.Open) continue;
      switch (x.name) {
        case 'f':
          shareType = x.attr('t');
          formula += x.textContent();
          break;
        case 'v':
        case 't': {
          const text = x.textContent();
          if (text) value = value === undefined ? text : value + text;
          break;
        }
        case 'r':
          (runs ??= []).push(readRun(x));
          break;
        default:
      }
    }
  let col: number;
  const m = address !== undefined ? CELL_REF.exec(address.toUpperCase()) : null;
  if (m) col = columnOf(m[1]);
  else if (address === undefined || address === '') col = prevCol + 1;
  else damaged(`单元格地址“${address.slice(0, 20)}”无效`);
  const dated = style > 0 && ctx.dateStyles[style] === true;
  let v: unknown;
  let kind: number;
  if (formula || shareType) {
    kind = 2;
    if (value) {
      if (type === 'str') v = xmlDecodeAgain(value);
      else if (type === 'b') v = parseInt(value, 10) !== 0;
      else if (type === 'e') v = { error: value };
      else v = parseFloat(value);
      if (dated && (typeof v === 'number' || typeof v === 'boolean')) v = excelDate(Number(v), ctx.date1904) ?? v;
    }
  } else if (value !== undefined || runs) {
    kind = 1;
    switch (type) {
      case 's': {
        const i = parseInt(value ?? '', 10);
        if (!ctx.strings) v = i;
        else {
          v = ctx.strings[i];
          if (v === undefined) damaged(`共享字符串 ${i} 不存在`);
        }
        break;
      }
      case 'str':
        v = xmlDecodeAgain(value ?? '');
        break;
      case 'inlineStr':
        v = runs ? runs.join('') : value;
        break;
      case 'b':
        v = parseInt(value ?? '', 10) !== 0;
        break;
      case 'e':
        v = { error: value };
        break;
      default:
        v = parseFloat(value ?? '');
        if (dated) v = excelDate(v as number, ctx.date1904) ?? v;
    }
  } else kind = style ? 3 : 0;
  return { row, col, address: address ?? '', kind, value: v };
}

/** One sheet's grid: its cells as ExcelJS's reader leaves them, its merges and its protection. */
function readSheet(xml: string, name: string, ctx: SheetContext): SheetGrid {
  const x = new XmlScanner(xml);
  const rows: RawCell[][] = [];
  const mergeRefs: string[] = [];
  const hyperlinks = new Set<string>();
  const cells: CellRead[] = [];
  let isProtected = false;
  let lastRow = 0;
  let rowNumber = 0;
  let prevCol = 0;
  let inSheetData = false;
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t === Tok.Close) {
      if (x.name === 'sheetData') inSheetData = false;
      continue;
    }
    if (t !== Tok.Open) continue;
    const n = x.name;
    if (inSheetData) {
      if (n === 'row') {
        const r = x.attr('r');
        rowNumber = r === undefined ? rowNumber + 1 : parseInt(r, 10);
        prevCol = 0;
      } else if (n === 'c') {
        const cell = readCell(x, rowNumber, prevCol, ctx);
        prevCol = cell.col;
        if (cell.kind !== 0 || cell.address) cells.push(cell);
      }
      continue;
    }
    if (n === 'sheetData') inSheetData = !x.selfClosing;
    else if (n === 'mergeCell') {
      const ref = x.attr('ref');
      if (ref) mergeRefs.push(ref);
    } else if (n === 'sheetProtection') isProtected = x.attr('sheet') === '1';
    else if (n === 'hyperlink') {
      const ref = x.attr('ref');
      const rId = x.attr('r:id');
      if (ref && rId && ctx.rels.has(rId)) hyperlinks.add(ref);
    }
  }

  // Merges, as ExcelJS applies them: an overlap fails the file; every cell but the top-left is left out.
  const merges: CellRange[] = [];
  const covered = new Set<number>();
  for (const ref of mergeRefs) {
    let m: CellRange;
    try {
      m = parseRange(ref);
    } catch {
      damaged(`合并区域“${ref.slice(0, 20)}”无效`);
    }
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (covered.has(r * 16384 + c)) damaged('Cannot merge already merged cells');
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) covered.add(r * 16384 + c);
    merges.push(m);
  }
  const tails = new Set<number>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) {
          tails.add(r * 16384 + c);
          // A row holding part of a merge is a row ExcelJS lists, even with nothing else in it.
          if (r + 1 > lastRow) lastRow = r + 1;
        }

  for (const cell of cells) {
    if (!(cell.row >= 1)) continue;
    const linked = hyperlinks.size > 0 && hyperlinks.has(cell.address);
    if (cell.kind === 0 && !linked) continue;
    if (cell.kind === 3 && !linked) continue;
    if (cell.row > lastRow) lastRow = cell.row;
    if (tails.has((cell.row - 1) * 16384 + (cell.col - 1))) continue;
    const out = rows[cell.row - 1] ?? (rows[cell.row - 1] = []);
    out[cell.col - 1] = linked ? linkedValue(cell.value) : gridValue(cell.value);
  }
  const grid: RawCell[][] = new Array(lastRow);
  for (let i = 0; i < lastRow; i++) grid[i] = rows[i] ?? [];
  return { name, cells: grid, merges, protected: isProtected };
}

/** ../xlsx-grid.ts's cellValue on what this reader holds. */
function gridValue(v: unknown): RawCell {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object') return { error: String((v as { error: unknown }).error) };
  return v as RawCell;
}

/** A hyperlink cell: ExcelJS shows String(its text); an error or nothing shows as it would without the link. */
function linkedValue(v: unknown): RawCell {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return gridValue(v);
}

/** ExcelJS's checks on a sheet's name (worksheet.js), with its reason; names past 31 characters are cut. */
function sheetName(name: string | undefined, id: number, taken: string[]): string {
  let n = name ?? `sheet${id}`;
  if (n === '') damaged("The name can't be empty.");
  if (n === 'History') damaged('The name "History" is protected.');
  if (/[*?:/\\[\]]/.test(n)) damaged(`Worksheet name ${n} cannot include any of the following characters`);
  if (/(^')|('$)/.test(n)) damaged('The first or last character of worksheet name cannot be a single quotation mark');
  if (n.length > 31) n = n.substring(0, 31);
  if (taken.some((t) => t.toLowerCase() === n.toLowerCase())) damaged(`Worksheet name already exists: ${n}`);
  return n;
}

/**
 * The grid of an .xlsx whose parts (by name as in the zip) have passed the precheck. Throws an Error whose
 * message is the one line a clerk reads.
 */
export function gridFromParts(parts: Map<string, Buffer>, name?: string): WorkbookGrid {
  try {
    return readParts(parts, name);
  } catch (e) {
    if (e instanceof Damaged) throw e;
    throw new Error(XLSX_READ_TEXT.damaged(String((e as Error).message ?? e).split('\n')[0]));
  }
}

function readParts(parts: Map<string, Buffer>, name?: string): WorkbookGrid {
  const text = new Map<string, Buffer>();
  for (const [entry, data] of parts) {
    if (entry.endsWith('/')) continue;
    text.set(entry[0] === '/' ? entry.slice(1) : entry, data);
  }
  const str = (part: string) => text.get(part)?.toString('utf8');
  const workbookXml = str('xl/workbook.xml');
  const { sheets, date1904 } = workbookXml !== undefined ? readWorkbook(workbookXml) : { sheets: [], date1904: false };
  const rels = readRels(str('xl/_rels/workbook.xml.rels'));
  const sst = str('xl/sharedStrings.xml');
  const strings = sst !== undefined ? readSharedStrings(sst) : undefined;
  const dateStyles = readDateStyles(str('xl/styles.xml'));

  // The sheet parts ExcelJS reads (named …/sheetN.xml), in zip order, each with the sheet of workbook.xml that names it last.
  const sheetParts: Array<{ part: string; no: string; sheet?: SheetEntry }> = [];
  const sheetRels = new Map<string, string>();
  for (const part of text.keys()) {
    const m = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(part);
    if (m) sheetParts.push({ part, no: m[1] });
    const r = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/.exec(part);
    if (r && !m) sheetRels.set(r[1], part);
  }
  for (const sheet of sheets) {
    const target = sheet.rId !== undefined ? rels.get(sheet.rId) : undefined;
    if (target === undefined) continue;
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    const found = sheetParts.find((p) => p.part === path);
    if (found) found.sheet = sheet;
  }
  const byId: Array<{ part: (typeof sheetParts)[number]; name: string; order: number } | undefined> = [];
  for (const p of sheetParts) {
    if (!p.sheet || !(p.sheet.id >= 0) || !Number.isInteger(p.sheet.id)) continue;
    const id = p.sheet.id;
    // As ExcelJS checks the name against the sheets made so far, one of the same sheetId among them.
    const n = sheetName(p.sheet.name, id, byId.filter((b) => b !== undefined).map((b) => b!.name));
    byId[id] = { part: p, name: n, order: sheets.findIndex((s) => s.id === id) };
  }
  const ordered = byId
    .slice(1)
    .filter((x): x is NonNullable<typeof x> => x !== undefined)
    .sort((a, b) => a.order - b.order)
    .filter((x) => x.part.sheet!.state !== 'veryHidden');
  return {
    name,
    sheets: ordered.map((x) =>
      readSheet(str(x.part.part)!, x.name, { strings, dateStyles, date1904, rels: readRels(str(sheetRels.get(x.part.no) ?? '')) }),
    ),
  };
}

