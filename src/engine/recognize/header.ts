import { parseAmount } from '../grid/amount';
import type { SheetView } from '../grid/sheet-view';
import { normalizeLabel } from '../grid/text';
import type { BlockDef, TableDefinition } from '../tables/types';
import { bestHeaderScore, headerScore, itemLabel, labelMatches, norm, normAll, SUBTOTAL } from './match';
import { DEPARTMENT_TITLE } from './preamble';
import { looksLikeSentence } from './titles';
import type { RecognizedColumn } from './types';

const MAX_HEADER_ROWS = 5;
const PREAMBLE = /^(编制(部门|单位)|单位[:：]|金额单位|预算单位|部门名称|单位名称|部门[:：]|\(?20\d{2}年\)?$|附?表\d+)/;

export interface HeaderInfo {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Column → normalized header texts from top to bottom, merged cells repeated, consecutive duplicates removed. */
  stacks: Map<number, string[]>;
  /**
   * The first body row: bottom + 1, or the header's last row itself when that row is header only up to
   * where its amounts start (类 | 款 | 项 | 合计 | 2946.25 …: the code levels' header and the 合计 line at once).
   */
  bodyTop: number;
}

export function rowTexts(view: SheetView, row: number, left: number, right: number, ownOnly = false): string[] {
  const out: string[] = [];
  for (let c = left; c <= right; c++) {
    if (ownOnly && view.isMergedTail(row, c)) continue;
    const t = view.shownLabel(row, c);
    if (t) out.push(t);
  }
  return out;
}

/** A row that numbers the columns: an optional 栏次 / ** / * label, then 1, 2, 3 … in order. */
function isColumnNumbers(view: SheetView, row: number, left: number, right: number): boolean {
  const nums: number[] = [];
  let labelled = false;
  for (let c = left; c <= right; c++) {
    if (view.isMergedTail(row, c)) continue;
    const t = view.shownLabel(row, c);
    if (!t) continue;
    if (/^(栏次|\*+|行次)$/.test(t)) {
      labelled = true;
      continue;
    }
    if (!/^\d{1,2}$/.test(t)) return false;
    nums.push(Number(t));
  }
  // A table of one amount column numbers it "** | 1" (杭州 表9): one number, under its 栏次 label.
  return (nums.length >= 2 || (labelled && nums.length === 1)) && nums.every((n, i) => n === nums[0] + i) && nums[0] <= 1;
}

function firstTextCol(view: SheetView, row: number, left: number, right: number): number {
  for (let c = left; c <= right; c++) if (view.shownLabel(row, c)) return c;
  return right + 1;
}

/**
 * Two or more of the row's other texts name columns of the table (合计 | 基本支出 | 项目支出 beside a 合计 label):
 * the row is the header's last line, even where its first cell reads like a body row.
 */
function namesColumns(def: TableDefinition, texts: string[]): boolean {
  let n = 0;
  for (const t of texts) if (def.blocks.some((b) => b.columns.some((c) => c.headers.some((h) => norm(h) === t)))) n++;
  return n >= 2;
}

/** The row above holds a header cell merged across several columns of this row. */
function underGroup(view: SheetView, row: number, left: number, right: number): boolean {
  for (let c = left; c < right; c++) {
    if (view.isMergedTail(row - 1, c + 1) && !view.spansFromAbove(row - 1, c + 1) && view.shownLabel(row - 1, c + 1)) return true;
  }
  return false;
}

function isPreambleRow(texts: string[]): boolean {
  // 编制单位：上海市财务 | 会计综合管理事务中 | 心（…）| 单位：元 — a name spread over cells is still the 编制单位 line.
  if (texts.length > 0 && /^(编制(部门|单位)|部门名称|单位名称)[:：]/.test(texts[0])) return true;
  return texts.length > 0 && texts.every((t) => PREAMBLE.test(t) || DEPARTMENT_TITLE.test(t) || /单位[:：](万元|元)/.test(t));
}

function hasNumber(view: SheetView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    if (view.isMergedTail(row, c)) continue;
    if (parseAmount(view.value(row, c)).kind === 'number') return true;
  }
  return false;
}

function isNoteText(text: string): boolean {
  return /^注[:：]/.test(text) || looksLikeSentence(text);
}

function spansFromAbove(view: SheetView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (view.spansFromAbove(row, c)) return true;
  return false;
}

/** A row that is body, not header: it starts a total or a known item. */
function isBodyLabelRow(def: TableDefinition, texts: string[]): boolean {
  return texts.some((t) => {
    const label = itemLabel(t);
    return def.blocks.some(
      (b) => labelMatches(label, b.totalLabels) || (b.rows ?? []).some((r) => labelMatches(label, r.labels)),
    );
  });
}

/**
 * The header starts at the first non-empty row after the title that is not the 编制部门/单位 line,
 * and runs over consecutive rows of words (no amounts, no codes), at most five.
 */
export function findHeader(
  view: SheetView,
  def: TableDefinition,
  startRow: number,
  endRow: number,
  left: number,
  right: number,
): HeaderInfo | undefined {
  let top = -1;
  for (let r = startRow; r <= Math.min(endRow, startRow + 8); r++) {
    const texts = rowTexts(view, r, left, right);
    if (texts.length === 0 || isPreambleRow(texts)) continue;
    if (def.title && texts.some((t) => t.includes(norm(def.title)))) continue;
    // A title line the definitions did not name ("2026年预算单位收入预算总表" above a table found by its header).
    if (texts.length === 1 && /表$/.test(texts[0]) && texts[0].length <= 60 && !looksLikeSentence(texts[0])) continue;
    top = r;
    break;
  }
  if (top < 0) return undefined;
  let bottom = top;
  let shared: { row: number; cols: number[] } | undefined;
  const numberRows = new Set<number>();
  for (let r = top; r <= Math.min(endRow, top + MAX_HEADER_ROWS - 1); r++) {
    const texts = rowTexts(view, r, left, right);
    // Only the row's first own cell can start a body row: 合计 also names columns, and a header cell
    // merged down from the row above is not a label. A row that a header cell spans down into is
    // header still, whatever its first own cell says (项目 over two rows beside 预算数 → 合计 | 一般公共预算).
    const own = rowTexts(view, r, left, right, true);
    // The 栏次 line under the header (栏次 / ** | 1 | 2 | 3 …) numbers the columns: header, not body.
    if (r > top && isColumnNumbers(view, r, left, right)) {
      bottom = r;
      numberRows.add(r);
      continue;
    }
    // A row whose cells before its first amount are the code levels' header (类 | 款 | 项 | 合计 | 2946.25 …):
    // header up to where its amounts start, and the first body row (the 合计 line).
    if (r > top && hasNumber(view, r, left, right)) {
      const levels = codeLevelCells(view, r, left, right);
      if (levels.length) shared = { row: r, cols: levels };
      break;
    }
    // A note under an empty table (注：…为空表。) is not a header row, though it has no amounts either.
    if (texts.length === 0 || hasNumber(view, r, left, right) || (r > top && texts.some(isNoteText))) break;
    // The first row is header whatever it says: 本年收入 | 本年支出 over 项目 | 预算数 names groups, not a body row.
    // A body row has its label in the label columns; 合计 | 基本支出 | 项目支出 under 预算数 is header.
    // Nor is a 合计 | 因公出国（境）费 … row under a group merged across it (2025年预算数 | 2026年预算数).
    if (
      r > top &&
      isBodyLabelRow(def, own.slice(0, 1)) &&
      !spansFromAbove(view, r, left, right) &&
      !underGroup(view, r, left, right) &&
      !namesColumns(def, own.slice(1)) &&
      firstTextCol(view, r, left, right) <= firstTextCol(view, top, left, right)
    )
      break;
    bottom = r;
  }
  if (hasNumber(view, top, left, right)) return undefined;
  const stacks = new Map<number, string[]>();
  let minCol = right;
  let maxCol = left;
  for (let c = left; c <= right; c++) {
    const stack: string[] = [];
    for (let r = top; r <= bottom; r++) {
      if (numberRows.has(r)) continue;
      const t = view.shownLabel(r, c);
      if (t && stack[stack.length - 1] !== t) stack.push(t);
    }
    if (shared?.cols.includes(c)) stack.push(view.shownLabel(shared.row, c));
    if (stack.length) {
      stacks.set(c, stack);
      minCol = Math.min(minCol, c);
      maxCol = Math.max(maxCol, c);
    }
  }
  if (stacks.size === 0) return undefined;
  return { top, bottom, left: minCol, right: maxCol, stacks, bodyTop: shared ? shared.row : bottom + 1 };
}

/**
 * The row's own cells before its first amount that read 类, 款 or 项: code levels are header words (a body
 * row prints codes there), whatever else the row holds (合计 in its name column).
 */
function codeLevelCells(view: SheetView, row: number, left: number, right: number): number[] {
  const cols: number[] = [];
  for (let c = left; c <= right; c++) {
    if (view.isMergedTail(row, c)) continue;
    if (parseAmount(view.value(row, c)).kind === 'number') break;
    const t = view.shownLabel(row, c);
    if (CODE_LEVEL_HEADERS.includes(t)) cols.push(c);
  }
  return cols;
}

export interface BlockLayout {
  def: BlockDef;
  left: number;
  right: number;
  anchorCol: number;
  codeCols: number[];
  nameCol: number;
  projectCol?: number;
  /** The column naming each row's 单位 (预算单位, 单位名称) in a table listed by unit; may be the name column. */
  unitCol?: number;
  columns: RecognizedColumn[];
  missingColumns: string[];
  /** Header columns the block did not place (neither code, name nor a role): amount columns among them are unmapped. */
  unplaced: Array<{ col: number; header: string }>;
  /** Every amount column of the block (placed or not) with its header texts, top to bottom. */
  stacks: Array<{ col: number; stack: string[] }>;
}

const CODE_LEVEL_HEADERS = ['类', '款', '项'];

/** Headers of the column that names each row's 单位 in a table listed by unit. */
const UNIT_HEADERS = new Set(['预算单位', '单位名称', '单位', '预算单位名称', '部门(单位)名称', '单位(部门)名称', '部门名称', '部门(单位)', '单位(部门)']);

/** The block's 单位 column: headed as one, free or the name column itself. */
function unitColumn(header: HeaderInfo, left: number, right: number, used: Set<number>, nameCol: number): number | undefined {
  for (let c = left; c <= right; c++) {
    const stack = header.stacks.get(c);
    if (stack && UNIT_HEADERS.has(stack[stack.length - 1]) && (c === nameCol || !used.has(c))) return c;
  }
  return undefined;
}

function findAnchor(header: HeaderInfo, block: BlockDef, from: number): number | undefined {
  let best: { col: number; score: number } | undefined;
  for (const [col, stack] of header.stacks) {
    if (col < from) continue;
    const score = bestHeaderScore(stack, block.anchorHeaders);
    if (score > 0 && (!best || col < best.col)) best = { col, score };
  }
  return best?.col;
}

/** Splits the header into blocks at their anchor columns and maps each block's columns to roles. */
export function layoutBlocks(header: HeaderInfo, def: TableDefinition): BlockLayout[] | undefined {
  const anchors: number[] = [];
  let from = header.left;
  for (const [i, block] of def.blocks.entries()) {
    let a = def.blocks.length === 1 ? findAnchor(header, block, from) ?? header.left : findAnchor(header, block, from);
    // Left and right halves printed alike (项目 | 预算数 | 项目 | 预算数): the earlier block's anchor again.
    if (a === undefined && i > 0) a = findAnchor(header, { ...block, anchorHeaders: def.blocks[i - 1].anchorHeaders }, from + 1);
    if (a === undefined) return undefined;
    anchors.push(a);
    from = a + 1;
  }
  return def.blocks.map((block, i) => {
    const left = i === 0 ? Math.min(anchors[0], header.left) : anchors[i];
    const right = i + 1 < anchors.length ? anchors[i + 1] - 1 : header.right;
    return mapBlock(header, block, left, right, anchors[i]);
  });
}

/**
 * The code columns when the header names every level but one, and the column where that one belongs has no level
 * word and no header of its own, only the code group's header above the others' level words (功能分类科目编码 over
 * 类 | (blank) | 项). Empty otherwise: a column with a header of its own is never taken for a code level.
 */
function codeLevelsWithOneBlank(header: HeaderInfo, levels: string[], left: number, right: number): number[] {
  for (let start = left; start + levels.length - 1 <= right; start++) {
    const stacks = levels.map((_, i) => header.stacks.get(start + i));
    const named = levels.filter((level, i) => stacks[i]?.[stacks[i]!.length - 1] === level).length;
    if (named !== levels.length - 1) continue;
    const group = stacks.map((st, i) => (st?.[st.length - 1] === levels[i] ? st.slice(0, -1).join('/') : undefined)).find((g) => g !== undefined);
    if (!group) continue;
    const fits = stacks.every((st, i) => st !== undefined && (st[st.length - 1] === levels[i] ? st.slice(0, -1).join('/') === group : st.join('/') === group));
    if (fits) return levels.map((_, i) => start + i);
  }
  return [];
}

function mapBlock(header: HeaderInfo, block: BlockDef, left: number, right: number, anchorCol: number): BlockLayout {
  const used = new Set<number>();
  const codeCols: number[] = [];
  if (block.kind === 'coded') {
    const levels = block.codeScheme === 'economic' ? CODE_LEVEL_HEADERS.slice(0, 2) : CODE_LEVEL_HEADERS;
    for (const level of levels) {
      for (let c = left; c <= right; c++) {
        const stack = header.stacks.get(c);
        if (stack && stack[stack.length - 1] === level && !used.has(c)) {
          codeCols.push(c);
          used.add(c);
          break;
        }
      }
    }
    if (codeCols.length < levels.length) {
      codeCols.length = 0;
      used.clear();
      // One level word left blank (类 | ⇥ | 项 under 功能分类科目编码): that column is the missing level.
      for (const c of codeLevelsWithOneBlank(header, levels, left, right)) {
        codeCols.push(c);
        used.add(c);
      }
    }
  }
  let projectCol: number | undefined;
  if (block.projectColumn) {
    projectCol = bestColumn(header, block.projectColumn.headers, left, right, used);
    if (projectCol !== undefined) used.add(projectCol);
  }
  let nameCol: number | undefined;
  if (block.nameHeaders) nameCol = bestColumn(header, block.nameHeaders, left, right, used);
  if (block.kind === 'coded' && codeCols.length === 0 && block.codeHeaders) {
    // One code column (2080501 or "208 05 01"), beside the name column when the header has one.
    const notName = nameCol === undefined ? used : new Set([...used, nameCol]);
    const single = bestColumn(header, block.codeHeaders, left, right, notName);
    if (single !== undefined && single !== anchorCol && nameCol === undefined) nameCol = anchorCol;
    if (single !== undefined) {
      codeCols.push(single);
      used.add(single);
    }
  }
  // Names are never taken from a column headed as amounts (2025年预算数 where the 名称 column is missing): the
  // codes' own column then stands as the label column, and the rows have no names of their own.
  if (nameCol === undefined) nameCol = codeCols.includes(anchorCol) ? nextFree(left, right, new Set([...used, ...amountHeaded(header, block, left, right)]), anchorCol) : anchorCol;
  used.add(nameCol);
  const unitCol = unitColumn(header, left, right, used, nameCol);
  if (unitCol !== undefined) used.add(unitCol);

  const candidates: Array<{ role: string; col: number; score: number; header: string }> = [];
  for (const c of block.columns) {
    for (let col = left; col <= right; col++) {
      if (used.has(col)) continue;
      const stack = header.stacks.get(col);
      if (!stack) continue;
      if (c.notHeaders && stack.some((t) => normAll(c.notHeaders!).includes(t))) continue;
      if (c.under && !stack.slice(0, -1).some((t) => normAll(c.under!).includes(t))) continue;
      // A 小计 under a group header is that group's subtotal (基本支出/小计), not the table's 合计.
      const named = stack[stack.length - 1] === '小计' && stack.length > 1 ? stack.slice(0, -1) : stack;
      const score = bestHeaderScore(named, c.headers);
      if (score > 0 && !namesGroupOnly(header, named, c.headers, col, left, right))
        candidates.push({ role: c.role, col, score, header: stack[stack.length - 1] });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns: RecognizedColumn[] = [];
  const taken = new Set<string>();
  for (const cand of candidates) {
    if (taken.has(cand.role) || used.has(cand.col)) continue;
    taken.add(cand.role);
    used.add(cand.col);
    columns.push({ role: cand.role, col: cand.col, header: cand.header });
  }
  columns.sort((a, b) => a.col - b.col);
  addCarryOverTwins(header, columns, used, left, right);
  const unplaced: Array<{ col: number; header: string }> = [];
  for (let c = left; c <= right; c++) {
    const stack = header.stacks.get(c);
    if (stack && !used.has(c) && c !== anchorCol) unplaced.push({ col: c, header: stack.join('/') });
  }
  const labelCols = new Set([...codeCols, nameCol, anchorCol, ...[projectCol, unitCol].filter((c): c is number => c !== undefined)]);
  const stacks: Array<{ col: number; stack: string[] }> = [];
  for (let c = left; c <= right; c++) {
    const stack = header.stacks.get(c);
    if (stack && !labelCols.has(c)) stacks.push({ col: c, stack });
  }
  return {
    unplaced,
    stacks,
    def: block,
    left,
    right,
    anchorCol,
    codeCols,
    nameCol,
    projectCol,
    ...(unitCol !== undefined ? { unitCol } : {}),
    columns,
    missingColumns: block.columns.filter((c) => !taken.has(c.role) && !c.optional).map((c) => c.role),
  };
}


const THIS_YEAR_GROUP = /^(?:当年|本年)/;
const CARRY_OVER_GROUP = /结转/;

/**
 * The column printed under the carry-over's group (上年结转结余) with the same words as `col` under this year's
 * (当年预算), among the columns `free` allows; undefined when there is not exactly one. Only in a table whose 合计
 * heads both groups (`totalCol`, a column of its own): there the table's figure is the sum of the two.
 */
export function carryOverTwin(
  stacks: Map<number, string[]>,
  col: number,
  totalCol: number | undefined,
  free: (col: number) => boolean,
  /** Whether a column has a role of its own (a twin already paired has none). */
  placed: (col: number) => boolean = (c) => !free(c),
): number | undefined {
  if (totalCol === undefined || stacks.get(totalCol)?.length !== 1) return undefined;
  const stack = stacks.get(col);
  if (!stack || stack.length < 2 || !THIS_YEAR_GROUP.test(stack[0])) return undefined;
  const rest = stack.slice(1).join('|');
  const twins = [...stacks].filter(([c, s]) => c !== col && free(c) && s.length === stack.length && CARRY_OVER_GROUP.test(s[0]) && s.slice(1).join('|') === rest);
  if (twins.length !== 1) return undefined;
  // A carry-over group whose columns have roles of their own (表2's 上年结转结余 by source) is no twin of this year's.
  const group = stacks.get(twins[0][0])![0];
  return [...stacks].every(([c, s]) => s[0] !== group || s.length === 1 || !placed(c)) ? twins[0][0] : undefined;
}

/**
 * A table whose 合计 heads two groups, this year's and the carry-over's, each with the same columns (合计 | 当年预算:
 * 基本支出 | 项目支出 | 上年结转结余: 基本支出 | 项目支出, 长春): a role found under this year's group is, for the table, the
 * sum of it and its twin under the carry-over's, as the 合计 is.
 */
function addCarryOverTwins(header: HeaderInfo, columns: RecognizedColumn[], used: Set<number>, left: number, right: number): void {
  const totalCol = columns.find((c) => c.role === 'total')?.col;
  const placed = new Set(used);
  for (const c of columns) {
    const twin = carryOverTwin(header.stacks, c.col, totalCol, (x) => x >= left && x <= right && !used.has(x), (x) => placed.has(x));
    if (twin === undefined) continue;
    used.add(twin);
    c.plus = [twin];
    c.header = `${c.header}（${header.stacks.get(c.col)![0]}+${header.stacks.get(twin)![0]}）`;
  }
}

/**
 * True when the header names only a group over several columns (基本支出 over 人员经费 | 公用经费): the
 * group is not the column, so the role must not take the group's first part. A 小计 under the group is.
 */
function namesGroupOnly(header: HeaderInfo, stack: string[], aliases: string[], col: number, left: number, right: number): boolean {
  const leaf = stack.length - 1;
  if (aliases.some((a) => headerScore(stack[leaf], a) > 0)) return false;
  if (SUBTOTAL.has(stack[leaf])) return false;
  const depth = stack.findIndex((t) => aliases.some((a) => headerScore(t, a) > 0));
  if (depth < 0) return false;
  const prefix = stack.slice(0, depth + 1).join('|');
  for (let c = left; c <= right; c++) {
    if (c === col) continue;
    const other = header.stacks.get(c);
    if (other && other.length > depth + 1 && other.slice(0, depth + 1).join('|') === prefix) return true;
  }
  return false;
}

function bestColumn(header: HeaderInfo, aliases: string[], left: number, right: number, used: Set<number>): number | undefined {
  let best: { col: number; score: number } | undefined;
  for (let col = left; col <= right; col++) {
    if (used.has(col)) continue;
    const stack = header.stacks.get(col);
    if (!stack) continue;
    const score = bestHeaderScore(stack, aliases);
    if (score > 0 && (!best || score > best.score)) best = { col, score };
  }
  return best?.col;
}

function nextFree(left: number, right: number, used: Set<number>, none = left): number {
  for (let c = left; c <= right; c++) if (!used.has(c)) return c;
  return none;
}

/** Header texts that head amounts, not names: a year's figures, 预算数 / 决算数, sums. */
const AMOUNT_HEADER = /(?:预算|决算|执行)数|金额|^(?:合计|总计|小计)$|\d{4}年/;

/** Columns whose header reads as amounts: one of the block's columns, or words that only head amounts. */
function amountHeaded(header: HeaderInfo, block: BlockDef, left: number, right: number): number[] {
  const out: number[] = [];
  for (let c = left; c <= right; c++) {
    const stack = header.stacks.get(c);
    if (!stack) continue;
    if (stack.some((t) => AMOUNT_HEADER.test(t)) || block.columns.some((col) => bestHeaderScore(stack, col.headers) > 0)) out.push(c);
  }
  return out;
}
