import { parseAmount } from '../grid/amount';
import { SheetView } from '../grid/sheet-view';
import { normalizeLabel } from '../grid/text';
import type { SheetGrid, WorkbookGrid } from '../grid/types';
import type { Profile, TableDefinition } from '../tables/types';
import { BlockReader, isBlankRow, readAmount, settleUnitLines } from './body';
import { findHeader, layoutBlocks, rowTexts, type BlockLayout, type HeaderInfo } from './header';
import { readTransposed } from './transposed';
import { norm, PRIOR_HEADER, REASON_HEADER } from './match';
import { departmentInNote, headerUnit, readPreamble } from './preamble';
import { findTitles, type TitleHit } from './titles';
import type { Recognition, RecognitionIssue, RecognizedBlock, RecognizedRow, RecognizedTable, TableNote } from './types';

/** Sheets past this many cells are not scanned: a clear message instead of a frozen pane. */
export const MAX_SHEET_CELLS = 2_000_000;
const NOTE_ROWS = 6;
/** How far above its header a table's 编制单位 and 单位 lines may sit. */
const PREAMBLE_ROWS = 4;
const SIGNATURE_WINDOW = 12;
/** A table's own number printed on a line of its own: 表3, 附表3-1, 公开01表, 单位预算08表, 预算表7. */
const NUMBER_LINE = /^(附?表\d+([-—]\d+)?|(部门|单位)?(预算|决算)?(公开)?\d+表|(预算|决算)表\d+)$/;
const NEXT_TABLE_LINE = new RegExp(`^(${NUMBER_LINE.source.slice(1, -1)}|编制(部门|单位).*|(金额)?单位:(万元|元))$`);

interface Claim {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function sheetCells(sheet: SheetGrid): number {
  let n = 0;
  for (const row of sheet.cells) n += row ? row.length : 0;
  return n;
}

/** A workbook's sheets made ready to read, once for every profile tried on it. */
export interface PreparedWorkbook {
  views: SheetView[];
  issues: RecognitionIssue[];
}

export function prepareWorkbook(workbook: WorkbookGrid): PreparedWorkbook {
  const issues: RecognitionIssue[] = [];
  const views: SheetView[] = [];
  for (const sheet of workbook.sheets) {
    if (sheetCells(sheet) > MAX_SHEET_CELLS) {
      issues.push({
        kind: 'sheet-too-large',
        sheet: sheet.name,
        message: `工作表「${sheet.name}」过大（超过${MAX_SHEET_CELLS}个单元格），已跳过；请将公开表放在单独的工作表中。`,
      });
      continue;
    }
    views.push(new SheetView(sheet));
  }
  return { views, issues };
}

/**
 * Finds every table of the profile in the workbook, by title first and by header signature second. `prepared`
 * (from prepareWorkbook on the same, unchanged workbook) saves reading the sheets again for each profile tried.
 */
export function recognizeWorkbook(workbook: WorkbookGrid, profile: Profile, prepared: PreparedWorkbook = prepareWorkbook(workbook)): Recognition {
  const tables: RecognizedTable[] = [];
  const issues: RecognitionIssue[] = prepared.issues.map((i) => ({ ...i }));
  const views = prepared.views;
  const claims: Claim[] = [];
  for (const view of views) {
    const hits = findTitles(view, profile.tables).sort((a, b) => a.row - b.row || a.col - b.col);
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i];
      if (claims.some((c) => c.sheet === view.name && hit.row >= c.top && hit.row <= c.bottom && hit.col >= c.left && hit.col <= c.right)) continue;
      const bound = boundFor(view, hits, i);
      const t = readTable(view, hit.def, hit.row, bound.bottom, bound.left, bound.right, 'title', hit);
      if (t) {
        tables.push(t);
        claims.push({ sheet: view.name, top: t.range.top, bottom: t.range.bottom, left: t.range.left, right: t.range.right });
      }
    }
  }
  const found = new Set(tables.map((t) => t.def.id));
  const bySpecificity = profile.tables
    .filter((d) => !found.has(d.id))
    .sort((a, b) => b.signature.join('').length - a.signature.join('').length);
  for (const def of bySpecificity) {
    for (const view of views) {
      const t = findBySignature(view, def, claims);
      if (t) {
        tables.push(t);
        claims.push({ sheet: view.name, top: t.range.top, bottom: t.range.bottom, left: t.range.left, right: t.range.right });
        break;
      }
    }
  }
  if (tables.length === 0) {
    issues.push({ kind: 'no-table', message: '未在工作簿中找到可识别的预算公开表（表1–表10）：请检查表标题和表头是否完整。' });
  }
  dropLookalikes(tables);
  // Tables a region adds (number 0) after the numbered ones.
  tables.sort((a, b) => (a.def.number || 100) - (b.def.number || 100));
  inferMissingUnits(tables);
  return { tables, issues };
}

/**
 * Two sheets taken for one table: where one carries a title the definition lists and the other was told only
 * by the words of its title (部门预算项目支出及其他支出预算表 beside 一般公共预算项目支出情况表), the second is
 * another table of the region's, not this one, and is left out.
 */
function dropLookalikes(tables: RecognizedTable[]): void {
  const named = new Set(tables.filter((t) => t.foundBy === 'title' && !t.titleByWords).map((t) => t.def.id));
  for (let i = tables.length - 1; i >= 0; i--) if (tables[i].titleByWords && named.has(tables[i].def.id)) tables.splice(i, 1);
}

/**
 * A table that states no unit is in the unit every other table of the workbook states, when they all
 * state the same one (the clerk wrote 单位：元 once per page, not on every table); otherwise 万元.
 * Either way it keeps no unitRef, so the unit-missing rule still asks for the line.
 */
function inferMissingUnits(tables: RecognizedTable[]): void {
  const stated = new Set(tables.filter((t) => t.unitRef).map((t) => t.unit));
  if (stated.size !== 1) return;
  const [unit] = [...stated];
  for (const t of tables) if (!t.unitRef) t.unit = unit;
}

/** A table runs down to the next title below it that overlaps its columns, and right up to a title beside it. */
function boundFor(view: SheetView, hits: TitleHit[], i: number): { bottom: number; left: number; right: number } {
  const hit = hits[i];
  let right = view.right;
  for (const other of hits) {
    if (other !== hit && Math.abs(other.row - hit.row) <= 1 && other.col > hit.col + 1) right = Math.min(right, other.col - 1);
  }
  let left = view.left;
  for (const other of hits) {
    if (other !== hit && Math.abs(other.row - hit.row) <= 1 && other.col < hit.col - 1) left = Math.max(left, hit.col - 1);
  }
  // A title on the very next row ends it too: a 目录 lists titles on consecutive rows, with no header between.
  let bottom = view.bottom;
  for (const other of hits) {
    if (other.row > hit.row && other.col >= left && other.col <= right) bottom = Math.min(bottom, other.row - 1);
  }
  return { bottom, left, right };
}

function readTable(
  view: SheetView,
  def: TableDefinition,
  titleRow: number,
  bottomBound: number,
  leftBound: number,
  rightBound: number,
  foundBy: 'title' | 'signature',
  hit?: TitleHit,
): RecognizedTable | undefined {
  const header = findHeader(view, def, titleRow + (foundBy === 'title' ? 1 : 0), bottomBound, leftBound, rightBound);
  if (!header) return undefined;
  const across = def.blocks.length === 1 && def.blocks[0].kind === 'items' ? readTransposed(view, header, def.blocks[0], bottomBound) : undefined;
  const body = across
    ? { blocks: [blockOf(view, across.layout, across.rows, across.total)], lastBody: across.bodyRow }
    : readBlocks(view, def, header, bottomBound);
  if (!body) return undefined;
  return finishTable(view, def, titleRow, bottomBound, foundBy, hit, header, body.blocks, body.lastBody);
}

function readBlocks(
  view: SheetView,
  def: TableDefinition,
  header: HeaderInfo,
  bottomBound: number,
): { blocks: RecognizedBlock[]; lastBody: number } | undefined {
  const layouts = layoutBlocks(header, def);
  if (!layouts) return undefined;
  const mapped = layouts.reduce((n, l) => n + l.columns.length, 0);
  if (mapped === 0) return undefined;
  const readers = layouts.map((l) => new BlockReader(view, l));
  const totalLast = !def.blocks.some((b) => b.totalFirst);
  let lastBody = header.bodyTop - 1;
  const headerTexts = textsOfRows(view, header.top, header.bottom, header.left, header.right);
  for (let r = header.bodyTop; r <= bottomBound; r++) {
    if (isBlankRow(view, r, header.left, header.right)) continue;
    // The next table's number on a line of its own (上海 "单位预算08表" above its title): this table has ended.
    if (isNumberLine(view, r, header.left, header.right)) break;
    // The header printed again where the table runs onto the next page: not a body row.
    if (repeatsHeader(view, r, header.left, header.right, headerTexts)) continue;
    const rowRead = readers.map((rd) => rd.read(r));
    const recognized = rowRead.some((x) => x && x.kind !== 'other');
    if (!recognized && rowRead.every((x) => !x || Object.values(x.amounts).every((a) => a.blank))) {
      for (const rd of readers) if (rd.rows[rd.rows.length - 1]?.row === r) rd.rows.pop();
      // Words run over from the line above (a 品目 name wrapped onto a line of its own), the label column blank and
      // the amounts going on below: inside the table. A note under it starts in the label column.
      if (wrappedWords(view, r, layouts) && amountsIn(view, r + 1, layouts)) continue;
      break;
    }
    lastBody = r;
    // A 合计 printed as the first body row (the 财政部 template's 表3/表5) heads the rows, it does not end them.
    if (totalLast && readers.every((rd) => rd.total && rd.rows[0] !== rd.total)) break;
  }
  return { blocks: readers.map((rd) => blockOf(view, rd.layout, rd.rows, rd.total)), lastBody };
}

/** A row holding only a table's number (单位预算08表), no amount. */
function isNumberLine(view: SheetView, row: number, left: number, right: number): boolean {
  let seen = false;
  for (let c = left; c <= right; c++) {
    const t = view.labelAt(row, c);
    if (!t) continue;
    if (!NUMBER_LINE.test(t)) return false;
    seen = true;
  }
  return seen;
}

/** A row whose first column (the rows' labels) is blank and that holds some text. */
function wrappedWords(view: SheetView, row: number, layouts: BlockLayout[]): boolean {
  const left = Math.min(...layouts.map((l) => l.left));
  const right = Math.max(...layouts.map((l) => l.right));
  if (view.labelAt(row, left) !== '') return false;
  for (let c = left + 1; c <= right; c++) if (view.labelAt(row, c) !== '') return true;
  return false;
}

/** Whether a row has a number in one of the blocks' amount columns. */
function amountsIn(view: SheetView, row: number, layouts: BlockLayout[]): boolean {
  return layouts.some((l) => l.columns.some((c) => parseAmount(view.value(row, c.col)).kind === 'number'));
}

function textsOfRows(view: SheetView, top: number, bottom: number, left: number, right: number): Set<string> {
  const out = new Set<string>();
  for (let r = top; r <= bottom; r++) for (const t of rowTexts(view, r, left, right)) out.add(t);
  return out;
}

/** A row of two or more texts, all of them the header's, and no number: the header repeated on a new page. */
function repeatsHeader(view: SheetView, row: number, left: number, right: number, headerTexts: Set<string>): boolean {
  let texts = 0;
  for (let c = left; c <= right; c++) {
    const v = view.value(row, c);
    if (typeof v === 'number') return false;
    const t = normalizeLabel(v);
    if (!t) continue;
    if (!headerTexts.has(t)) return false;
    texts++;
  }
  return texts >= 2;
}

function blockOf(view: SheetView, layout: BlockLayout, rows: RecognizedRow[], total: RecognizedRow | undefined): RecognizedBlock {
  // A column the clerk added beside the table (上年数, 变动原因) is prior/'s to read, not a column of the table.
  const sideColumn = (u: { header: string }) => u.header.split('/').some((t) => PRIOR_HEADER.test(t) || REASON_HEADER.test(t));
  const unmappedColumns = layout.unplaced.filter((u) => !sideColumn(u) && rows.some((r) => parseAmount(view.value(r.row, u.col)).kind === 'number'));
  // Where columns are left unplaced, the rules that read the header's own groups need every column's cells.
  if (unmappedColumns.length > 0)
    for (const r of rows) r.byCol = Object.fromEntries(layout.stacks.map((s) => [s.col, readAmount(view, r.row, s.col)]));
  return {
    def: layout.def,
    columns: layout.columns,
    missingColumns: layout.missingColumns,
    headerColumns: layout.stacks,
    unmappedColumns,
    rows,
    total,
    codeCols: layout.codeCols,
    nameCol: layout.nameCol,
  };
}

function finishTable(
  view: SheetView,
  def: TableDefinition,
  titleRow: number,
  bottomBound: number,
  foundBy: 'title' | 'signature',
  hit: TitleHit | undefined,
  header: HeaderInfo,
  blocks: RecognizedBlock[],
  lastBody: number,
): RecognizedTable {
  const notes: TableNote[] = [];
  const noteFrom = lastBody + 1;
  notes: for (let r = noteFrom; r <= Math.min(bottomBound, noteFrom + NOTE_ROWS); r++) {
    const rowNotes: TableNote[] = [];
    for (let c = header.left; c <= header.right; c++) {
      const text = view.labelAt(r, c);
      // The next table's 表N or 编制部门 line ends the notes, even when that table has no title.
      if (NEXT_TABLE_LINE.test(text)) break notes;
      if (text && typeof view.value(r, c) === 'string') rowNotes.push({ ref: { sheet: view.name, row: r, col: c }, text: String(view.value(r, c)).trim() });
    }
    notes.push(...rowNotes);
  }
  // The title block is the title row and the lines above the header (编制单位 … 单位：元 at its right end),
  // however the table was found; the 单位 may sit past the header's last column.
  const pre = readPreamble(view, Math.max(view.top, Math.min(titleRow, header.top - PREAMBLE_ROWS)), header.top - 1, header.left, view.right);
  if (!pre.unit) Object.assign(pre, headerUnit(view, header.top, header.bottom, header.left, header.right));
  for (const b of blocks) settleUnitLines(b, pre.department);
  // Last year's figures a column of the table prints (上年决算数 beside 本年决算数): each row's prior of that role.
  for (const b of blocks)
    for (const c of b.def.columns)
      if (c.priorOf && b.columns.some((x) => x.role === c.role))
        for (const row of [...b.rows, ...(b.total ? [b.total] : [])]) if (row.amounts[c.role] && !row.prior?.[c.priorOf]) (row.prior ??= {})[c.priorOf] = row.amounts[c.role];
  const titleYear = hit ? /(20\d{2})年/.exec(hit.text) : null;
  return {
    def,
    sheet: view.name,
    range: { top: Math.min(titleRow, header.top), left: header.left, bottom: lastBody, right: header.right },
    foundBy,
    titleRef: hit ? { sheet: view.name, row: hit.row, col: hit.col } : undefined,
    titleText: hit?.text,
    ...(hit?.byWords ? { titleByWords: true } : {}),
    printedNumber: hit?.number,
    unit: pre.unit ?? '万元',
    unitRef: pre.unitRef,
    department: pre.department ?? notes.map((n) => departmentInNote(n.text)).find((d) => d),
    year: titleYear ? Number(titleYear[1]) : pre.year ?? headerYear(header),
    headerRows: { top: header.top, bottom: header.bottom },
    blocks,
    notes,
  };
}

/**
 * The budget year a header states where the title does not (深圳 "2026年预算数"): the latest year of a 预算 column
 * (a header with 2025年预算数 | 2026年预算数 compares last year's).
 */
function headerYear(header: HeaderInfo): number | undefined {
  let year: number | undefined;
  for (const stack of header.stacks.values())
    for (const t of stack) {
      const m = /^(20\d{2})年(?:预算|预算数|预算金额)$/.exec(t);
      if (m && (year === undefined || Number(m[1]) > year)) year = Number(m[1]);
    }
  return year;
}

/** A table without its title row: all its signature texts within a few rows, outside tables already found. */
function findBySignature(view: SheetView, def: TableDefinition, claims: Claim[]): RecognizedTable | undefined {
  const sig = def.signature.map(norm);
  // A signature text no label of the sheet holds: the table is not on this sheet (the scan below would find no row for it).
  const all = view.labelText();
  if (sig.some((s) => s !== '' && !all.includes(s))) return undefined;
  const here = claims.filter((c) => c.sheet === view.name);
  const claimed = (r: number) => here.some((c) => r >= c.top && r <= c.bottom);
  const rowsWith: Array<Set<number>> = sig.map(() => new Set<number>());
  let lastRow = -1;
  let lastClaimed = false;
  for (const { row, text } of view.labels()) {
    if (row !== lastRow) (lastRow = row), (lastClaimed = claimed(row));
    if (lastClaimed) continue;
    for (let i = 0; i < sig.length; i++) if (text.includes(sig[i])) rowsWith[i].add(row);
  }
  if (rowsWith.some((s) => s.size === 0)) return undefined;
  // Each row once: a start tried again would read the same table, or fail the same way.
  const lists = rowsWith.map((s) => [...s]);
  const starts = [...new Set(lists.flat())].sort((a, b) => a - b);
  for (const start of starts) {
    const ok = lists.every((s) => s.some((r) => r >= start && r <= start + SIGNATURE_WINDOW));
    if (!ok) continue;
    let bottom = view.bottom;
    for (const c of claims) if (c.sheet === view.name && c.top > start) bottom = Math.min(bottom, c.top - 1);
    let top = start;
    while (top - 1 >= view.top && !claimed(top - 1) && !isBlankRow(view, top - 1, view.left, view.right) && start - top < 3) top--;
    const t = readTable(view, def, top, bottom, view.left, view.right, 'signature');
    if (t) return t;
  }
  return undefined;
}
