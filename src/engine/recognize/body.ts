import Decimal from 'decimal.js';
import { parseAmount } from '../grid/amount';
import { DecimalSum } from '../grid/decimal-sum';
import type { SheetView } from '../grid/sheet-view';
import { displayText, normalizeLabel, stripNumbering } from '../grid/text';
import type { CellRef } from '../grid/types';
import type { BlockDef, ItemRowDef, LabelRowDef } from '../tables/types';
import { classCodeOfName, codePart, economicKuanOfName, functionalCodesOfName, functionalNameIsUnique, parseWholeCode, splitCodedName } from './codes';
import type { BlockLayout } from './header';
import { itemLabel, labelMatches } from './match';
import type { AmountCell, RecognizedBlock, RecognizedRow } from './types';

const ZERO = new Decimal(0);

export function readAmount(view: SheetView, row: number, col: number): AmountCell {
  const raw = view.value(row, col);
  const ref: CellRef = { sheet: view.name, row, col };
  const p = parseAmount(raw);
  switch (p.kind) {
    case 'number':
      return { ref, raw, value: p.value, blank: false };
    case 'blank':
      return { ref, raw, value: ZERO, blank: true };
    case 'text':
      return { ref, raw, value: ZERO, blank: false, problem: { kind: 'text', text: p.text } };
    case 'error':
      return { ref, raw, value: ZERO, blank: false, problem: { kind: 'error', text: p.code } };
  }
}

/** A rate in per cent as printed: "-7.03%" (text) or -7.03 (a number); blank as 0. */
export function readPercent(view: SheetView, row: number, col: number): AmountCell {
  const raw = view.value(row, col);
  const text = typeof raw === 'string' ? raw.trim().replace(/[%％]$/, '') : raw;
  const p = parseAmount(text);
  const ref: CellRef = { sheet: view.name, row, col };
  if (p.kind === 'number') return { ref, raw, value: p.value, blank: false };
  return readAmount(view, row, col);
}

function amountsOf(view: SheetView, row: number, layout: BlockLayout, percent: Set<string>): Record<string, AmountCell> {
  const out: Record<string, AmountCell> = {};
  for (const c of layout.columns) out[c.role] = percent.has(c.role) ? readPercent(view, row, c.col) : c.plus ? stagedAmount(view, row, [c.col, ...c.plus]) : readAmount(view, row, c.col);
  return withDerived(layout.def, out);
}

/** One amount over the cells of this year's group and the carry-over's (RecognizedColumn.plus): their sum, each cell kept. */
export function stagedAmount(view: SheetView, row: number, cols: number[]): AmountCell {
  const parts = cols.map((c) => readAmount(view, row, c));
  const problem = parts.find((p) => p.problem)?.problem;
  return { ...sumOfCells(parts), staged: true, ...(problem ? { problem } : {}) };
}

/** A cell that is the sum of others: cited at the first, printed nowhere of its own. */
function sumOfCells(parts: AmountCell[]): AmountCell {
  const value = new DecimalSum();
  for (const p of parts) value.add(p.value);
  return { ref: parts[0].ref, raw: null, value: value.value, blank: parts.every((p) => p.blank), parts };
}

/** The amounts of the roles a template prints only as their parts (composites, sums), added to a row's own. */
export function withDerived(def: BlockDef, out: Record<string, AmountCell>): Record<string, AmountCell> {
  for (const { role, parts: partRoles, all } of derivedOf(def)) {
    if (out[role] || !(all ? partRoles.every((p) => out[p]) : partRoles.some((p) => out[p]))) continue;
    out[role] = sumOfCells(partRoles.filter((p) => out[p]).map((p) => out[p]));
  }
  return out;
}

type Derived = Array<{ role: string; parts: string[]; all: boolean }>;
/** A definition's composites then sums, listed once per definition (they are data, never changed). */
const derivedLists = new Map<BlockDef, Derived>();
function derivedOf(def: BlockDef): Derived {
  let list = derivedLists.get(def);
  if (list === undefined) {
    const composites = Object.entries(def.composites ?? {}).map(([role, parts]) => ({ role, parts, all: true }));
    const sums = Object.entries(def.sums ?? {}).map(([role, parts]) => ({ role, parts, all: false }));
    list = [...composites, ...sums];
    if (derivedLists.size > 1000) derivedLists.clear();
    derivedLists.set(def, list);
  }
  return list;
}

function hasAnyAmount(amounts: Record<string, AmountCell>): boolean {
  return Object.values(amounts).some((a) => !a.blank);
}

/** Reads block rows one sheet row at a time, keeping the state a block needs (item order, inherited codes). */
export class BlockReader {
  readonly rows: RecognizedRow[] = [];
  total?: RecognizedRow;
  private readonly seenRoles: string[] = [];
  private lastClass?: string;
  private lastKuan?: string;
  /** Per block, not per row: the percent roles, the amount columns, the columns a row's label is looked for in. */
  private readonly percent: Set<string>;
  private readonly amountCols: Set<number>;
  private readonly labelCols: number[];

  constructor(
    private readonly view: SheetView,
    readonly layout: BlockLayout,
  ) {
    this.percent = new Set(layout.def.columns.filter((c) => c.percent).map((c) => c.role));
    this.amountCols = new Set(layout.columns.map((c) => c.col));
    this.labelCols = [layout.nameCol, layout.anchorCol, ...layout.codeCols, ...(layout.unitCol !== undefined ? [layout.unitCol] : [])];
  }

  private label(row: number): string {
    for (const c of this.labelCols) {
      const t = displayText(this.view.shown(row, c));
      if (t) return t;
    }
    return '';
  }

  /** The column of a 合计 label anywhere in the block's label area (表7 prints it under 项目名称). */
  private totalLabelCol(row: number): number | undefined {
    const { view, layout, amountCols } = this;
    for (let c = layout.left; c <= layout.right; c++) {
      if (amountCols.has(c)) continue;
      const text = view.shownLabel(row, c);
      if (!text) continue;
      const label = itemLabel(text);
      if (label && labelMatches(label, layout.def.totalLabels)) return c;
    }
    return undefined;
  }

  /** Returns the row it recognized, or undefined for a row that is blank within this block. */
  read(row: number): RecognizedRow | undefined {
    const { view, layout } = this;
    const amounts = amountsOf(view, row, layout, this.percent);
    const labelText = this.label(row);
    const labelRef: CellRef = { sheet: view.name, row, col: layout.nameCol };
    const totalAt = this.totalLabelCol(row);
    if (totalAt !== undefined) {
      // “总计：” names the row; its colon is the template's, not part of the name the messages quote.
      const r: RecognizedRow = { row, kind: 'total', name: displayText(view.shown(row, totalAt)).replace(/[：:]+$/, ''), labelRef: { sheet: view.name, row, col: totalAt }, amounts };
      this.total = r;
      this.rows.push(r);
      return r;
    }
    const r = layout.def.kind === 'coded' ? this.readCoded(row, labelText, labelRef, amounts) : this.readItem(row, labelText, labelRef, amounts);
    if (r) this.rows.push(r);
    if (r?.name) {
      r.indent = indentOf(view.shown(row, r.labelRef.col));
      if (this.topIndent === undefined || r.indent < this.topIndent) this.topIndent = r.indent;
    }
    return r;
  }

  private readonly inferredCount = new Map<string, number>();
  /** Indentation of the first 类 named without its code: deeper rows are 款 and 项. */
  private classIndent?: number;
  /** The least indent of the named lines read so far: a 类 by name is never indented under another line. */
  private topIndent?: number;
  /** The first 类 named without its code was numbered ("一、教育支出"): unnumbered names below are its details. */
  private classesNumbered?: boolean;

  /** The row's 单位 when the block is listed by unit: the unit column's text on a line with no code, name or project. */
  private unitName(row: number): string | undefined {
    const { view, layout } = this;
    if (layout.unitCol === undefined) return undefined;
    const unit = displayText(view.shown(row, layout.unitCol));
    if (!unit) return undefined;
    const others = [layout.nameCol, layout.projectCol, ...layout.codeCols].filter((c): c is number => c !== undefined && c !== layout.unitCol);
    return others.every((c) => displayText(view.shown(row, c)) === '') ? unit : undefined;
  }

  private labelRow(text: string): LabelRowDef | undefined {
    const label = itemLabel(text);
    return label ? this.layout.def.labelRows?.find((d) => labelMatches(label, d.labels)) : undefined;
  }

  /** A table listed by 单位 with one unit and no 合计 line (深圳): that unit's line is the table's total. */
  finish(): void {
    if (this.total) return;
    const units = this.rows.filter((r) => r.unitRow);
    if (units.length === 1 && this.rows[0] === units[0]) {
      units[0].kind = 'total';
      this.total = units[0];
    }
  }

  /** A made-up code one level below `parent`: parent + a marker letter + a base-36 digit, the length of a real one. */
  private nextInferred(parent: string, marker: 'k' | 'x'): string {
    const n = (this.inferredCount.get(parent) ?? 0) + 1;
    this.inferredCount.set(parent, n);
    return parent + marker + (n % 36).toString(36);
  }

  private readCoded(row: number, labelText: string, labelRef: CellRef, amounts: Record<string, AmountCell>): RecognizedRow | undefined {
    const { view, layout } = this;
    const scheme = layout.def.codeScheme ?? 'functional';
    let code: string | undefined;
    // No column of names (the label column is the codes' own): the rows have no names of their own.
    let name = layout.codeCols.includes(layout.nameCol) ? '' : displayText(view.shown(row, layout.nameCol));
    if (layout.codeCols.length > 1) {
      const widths = [3, 2, 2];
      const cells = layout.codeCols.map((c) => view.shown(row, c));
      const parts = cells.map((v, i) => codePart(v, widths[i]));
      const blank = cells.map((v) => displayText(v) === '');
      let [cls, kuan, xiang] = parts;
      // Codes printed once per group: a blank 类 (or 款) cell takes the one above; a cell holding
      // something unreadable ("2O8") does not.
      if (!cls && blank[0] && (kuan || xiang) && this.lastClass) cls = this.lastClass;
      if (cls && !kuan && blank[1] && xiang && this.lastKuan?.startsWith(cls)) kuan = this.lastKuan.slice(3);
      if (cls && cls.length === 3) code = cls + (kuan ?? '') + (kuan && xiang ? xiang : '');
    } else if (layout.codeCols.length === 1) {
      code = parseWholeCode(view.shown(row, layout.codeCols[0]), scheme)?.code;
    }
    if (!code && name) {
      const split = splitCodedName(name, scheme);
      if (split.code) {
        code = split.code.code;
        name = split.name;
      }
    }
    if (!code) {
      const unit = this.unitName(row);
      if (unit) return { row, kind: 'other', unitRow: true, name: unit, labelRef: { ...labelRef, col: layout.unitCol! }, amounts };
      // A project listed by its name alone (项目支出 tables by 单位 and 项目): a line of the table, not an unknown one.
      const project = layout.projectCol !== undefined ? displayText(view.shown(row, layout.projectCol)) : '';
      if (project) return { row, kind: 'other', projectLine: true, project, name: labelText, labelRef, amounts };
      const def = this.labelRow(name || labelText);
      if (def) return { row, kind: 'item', role: def.role, name: name || labelText, labelRef, amounts };
    }
    const numbered = !!name && isNumbered(name);
    // A block with no code column (表1 支出) may name its 类 without the code: "一、一般公共服务支出".
    if (!code && name && layout.codeCols.length === 0) {
      const cls = classCodeOfName(itemLabel(name), scheme);
      // Indented deeper than the first 类, the name is a 款 that shares a 类's name (其他支出 under 其他支出);
      // unnumbered under numbered 类, it is one of their details.
      const indent = indentOf(view.shown(row, layout.nameCol));
      // 广州 表12: a project named 医疗卫生支出, indented under its 单位's line, is no 类.
      const underAnother = this.topIndent !== undefined && indent > this.topIndent;
      if (cls && indent <= (this.classIndent ?? indent) && !underAnother && (numbered || !this.classesNumbered)) {
        this.classIndent ??= indent;
        this.classesNumbered ??= numbered;
        code = cls;
        name = stripNumbering(name);
      }
    }
    // 经济分类 款 by their names, under the 类 above them (基本工资 under 工资福利支出).
    if (!code && name && layout.codeCols.length === 0 && scheme === 'economic' && this.lastClass) {
      const kuan = economicKuanOfName(itemLabel(name), this.lastClass);
      if (kuan) {
        code = kuan;
        name = stripNumbering(name);
      }
    }
    // 功能分类 款 and 项 by their names, under the 类 and 款 above them (杭州: 公共安全支出, 公安, 行政运行).
    const depth = indentOf(view.shown(row, layout.nameCol)) - (this.classIndent ?? 0);
    // Not under numbered 类 (“一、教育支出”, 深圳 表1), whose lines below are details that may list only some 款, nor a
    // “其中” line, which is a part by its own word: neither is a full level whose sum the 类 must be.
    const namesOnly = !code && !!name && layout.codeCols.length === 0 && scheme === 'functional' && !!this.lastClass && !this.classesNumbered && !/^\s*其中/.test(name);
    if (namesOnly) {
      code = this.functionalCodeOf(itemLabel(name), depth);
      if (code) name = stripNumbering(name);
    }
    // Templates without codes show 款 and 项 by indentation alone ("  社会工作事务" under 一般公共服务支出): names the
    // catalog does not know get codes made up here, unique in this table only (cross-table relations never match them).
    let inferred = false;
    if (!code && name && layout.codeCols.length === 0 && scheme === 'functional') {
      if (depth > 0 && this.lastClass) {
        code = depth === 1 || !this.lastKuan?.startsWith(this.lastClass) ? this.nextInferred(this.lastClass, 'k') : this.nextInferred(this.lastKuan!, 'x');
        inferred = true;
      }
    }
    const level = code ? (code.length === 3 ? 1 : code.length === 5 ? 2 : 3) : undefined;
    if (!code && namesOnly && hasAnyAmount(amounts)) this.lostUnder();
    if (code && !inferred) this.seenCodes.add(code);
    if (!code) {
      if (!labelText && !hasAnyAmount(amounts)) return undefined;
      if (name && !numbered && this.classesNumbered && this.lastClass && layout.codeCols.length === 0)
        return { row, kind: 'other', name: labelText, labelRef, amounts, detailOf: this.lastClass };
      return { row, kind: 'other', name: labelText, labelRef, amounts };
    }
    if (level === 1) {
      this.lastClass = code;
      this.interrupted = false;
    }
    if (level === 2) this.lastKuan = code;
    const mark = inferred ? { inferred: true } : {};
    const project = layout.projectCol !== undefined ? displayText(view.shown(row, layout.projectCol)) : '';
    if (project && level === 3) {
      return { row, kind: 'project', code, level: 4, name, project, labelRef, amounts, ...mark };
    }
    const kind = level === 1 ? 'class' : level === 2 ? 'kuan' : 'xiang';
    const r: RecognizedRow = { row, kind, code, level, name, labelRef, amounts, ...mark };
    if (level === 1) this.lastClassRow = r;
    if (level === 2) this.lastKuanRow = r;
    return r;
  }

  /** Codes placed in this block: a 科目 is listed once, so a name already placed is the level below's. */
  private readonly seenCodes = new Set<string>();
  private lastClassRow?: RecognizedRow;
  private lastKuanRow?: RecognizedRow;

  /**
   * The code of a 款 or 项 printed by name alone: a 款 of the 类 above, or a 项 of the 款 above. Indented names say
   * their level; flat ones take the only reading the catalog allows, none where a name could be either.
   */
  private functionalCodeOf(label: string, depth: number): string | undefined {
    const cls = this.lastClass!;
    const free = (codes: string[]) => codes.filter((c) => !this.seenCodes.has(c));
    // After a line no name placed (it may have been a 款 of its own), no flat name is taken for a 款 (公路水路运输
    // after 超长期特别国债安排的支出 is its 项), and only a name of the 款 above alone (其他公安支出) for its 项.
    const interrupted = this.interrupted && depth <= 0;
    const kuan = depth >= 2 || interrupted ? [] : free(functionalCodesOfName(label, cls));
    const under = depth === 1 || !this.lastKuan?.startsWith(cls) ? [] : free(functionalCodesOfName(label, this.lastKuan));
    const xiang = interrupted ? under.filter((c) => functionalNameIsUnique(label, c)) : under;
    const all = [...kuan, ...xiang];
    return all.length === 1 ? all[0] : undefined;
  }

  /**
   * A line with amounts under a 类 whose 款 and 项 are printed by name, which no name placed: its 类 and the 款 above
   * lose a part (their sums stand aside), and the names after it are read as `functionalCodeOf` says until the next 类.
   */
  private lostUnder(): void {
    if (this.lastClassRow?.code === this.lastClass) this.lastClassRow!.partial = true;
    if (this.lastKuan?.startsWith(this.lastClass!) && this.lastKuanRow?.code === this.lastKuan) this.lastKuanRow!.partial = true;
    this.interrupted = true;
  }

  /** A line under the current 类 was placed by no name. */
  private interrupted = false;

  private readItem(row: number, labelText: string, labelRef: CellRef, amounts: Record<string, AmountCell>): RecognizedRow | undefined {
    let def = this.matchItem(itemLabel(labelText));
    // The label may sit in a later text column of the label area (项目编号 A | 项目 货物).
    const firstAmount = Math.min(...this.layout.columns.map((c) => c.col));
    for (let c = this.layout.left; !def && c < firstAmount; c++) {
      const text = displayText(this.view.shown(row, c));
      if (text && text !== labelText) def = this.matchItem(itemLabel(text));
      if (def) {
        labelText = text;
        labelRef = { ...labelRef, col: c };
      }
    }
    if (def) {
      this.seenRoles.push(def.role);
      return { row, kind: 'item', role: def.role, name: labelText, labelRef, amounts };
    }
    if (!labelText && !hasAnyAmount(amounts)) return undefined;
    const unit = this.unitName(row);
    if (unit) return { row, kind: 'other', unitRow: true, name: unit, labelRef: { ...labelRef, col: this.layout.unitCol! }, amounts };
    return { row, kind: 'other', name: labelText, labelRef, amounts };
  }

  /** The same label can name two rows (单位资金 and 非财政拨款结转结余 其中 单位资金): take the one under the nearest parent. */
  private matchItem(label: string): ItemRowDef | undefined {
    if (!label) return undefined;
    const candidates = (this.layout.def.rows ?? []).filter((r) => !this.seenRoles.includes(r.role) && labelMatches(label, r.labels));
    if (candidates.length <= 1) return candidates[0];
    let best: ItemRowDef | undefined;
    let bestPos = -2;
    for (const c of candidates) {
      const pos = c.parent ? this.seenRoles.lastIndexOf(c.parent) : -1;
      if (c.parent && pos < 0) continue;
      if (pos > bestPos) {
        best = c;
        bestPos = pos;
      }
    }
    return best ?? candidates[0];
  }
}

/** Whether a name carries list numbering or a 其中 prefix (stripNumbering takes something off); once per text. */
const numberedCache = new Map<string, boolean>();
function isNumbered(name: string): boolean {
  let v = numberedCache.get(name);
  if (v === undefined) {
    const label = normalizeLabel(name);
    v = stripNumbering(label) !== label;
    if (numberedCache.size > 100_000) numberedCache.clear();
    numberedCache.set(name, v);
  }
  return v;
}

/** Indentation of a name as printed: U+3000 counts one, two ordinary spaces count one. */
export function indentOf(value: unknown): number {
  if (typeof value !== 'string') return 0;
  const lead = /^[ \u3000]*/.exec(value)![0];
  if (!lead) return 0;
  const wide = [...lead].filter((c) => c === '\u3000').length;
  const narrow = lead.length - wide;
  return wide + Math.floor(narrow / 2) || 1;
}

export function isBlankRow(view: SheetView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (view.labelAt(row, c)) return false;
  return true;
}

/**
 * An outline of items (苏州 政府采购: 货物, then each 单位's line, then its 品目 with the first column blank): each
 * labelled line heads the unlabelled lines after it, and the labelled lines under an item row are its own.
 */
function settleOutline(block: RecognizedBlock): void {
  let item: RecognizedRow | undefined;
  let head: RecognizedRow | undefined;
  for (const r of block.rows) {
    if (r.kind === 'item' || r.kind === 'total') {
      item = r.kind === 'item' ? r : undefined;
      head = undefined;
    } else if (r.kind === 'other' && r.name) {
      head = r;
      r.unitRow = true;
      if (item) r.underUnit = item.row;
    } else if (r.kind === 'other' && head) r.underUnit = head.row;
  }
}

/**
 * The lines of a table listed by 单位 that the header's 单位 column did not mark: a line that names the table's own
 * department (深圳 基本支出总表 "深圳市交通运输局（本级）" over its 经济分类 lines), and a line heading a run of 类 that
 * repeat under each unit. Then a table with one unit line first and no 合计 line (深圳) has that line as its total.
 */
export function settleUnitLines(block: RecognizedBlock, department: string | undefined): void {
  if (block.def.outline) return settleOutline(block);
  // An items block's lines are its items (三公 by 单位 and 年度): a unit's line there is no total of them.
  if (block.def.kind !== 'coded') return;
  const dept = department ? normalizeLabel(department).replace(/\(本级\)$/, '') : '';
  if (dept.length >= 4)
    for (const r of block.rows) if (r.kind === 'other' && !r.unitRow && !r.projectLine && normalizeLabel(r.name).replace(/\(本级\)$/, '') === dept) r.unitRow = true;
  // 类 printed again under each 单位 (广州 基本支出 by 单位 and 类): the line heading each run of them is its unit's.
  const classes = block.rows.filter((r) => r.kind === 'class').map((r) => r.code);
  if (new Set(classes).size < classes.length)
    block.rows.forEach((r, i) => {
      const next = block.rows[i + 1];
      if (r.kind === 'other' && !r.detailOf && !r.projectLine && r.name && next?.kind === 'class') r.unitRow = true;
    });
  // A table of no 科目 listed by 单位 (the unit's line, then its projects): each line belongs to the unit above it.
  // A line no deeper than the unit's, heading lines indented under it, is the next unit (广州 表12's other 单位).
  if (!block.rows.some((r) => r.code)) {
    let unit: RecognizedRow | undefined;
    block.rows.forEach((r, i) => {
      if (r.unitRow) unit = r;
      // A 其中 line restates part of the line above it: no line of the unit's own (left unplaced, its sums stand aside).
      else if (unit && r.kind === 'other' && !r.detailOf && r.name && !/^\s*其中/.test(r.name)) {
        const next = block.rows[i + 1];
        const headsLines = next?.indent !== undefined && r.indent !== undefined && next.indent > r.indent && !/^\s*其中/.test(next.name);
        if (r.indent !== undefined && r.indent <= (unit.indent ?? 0) && headsLines) {
          r.unitRow = true;
          unit = r;
        } else r.underUnit = unit.row;
      }
    });
  }
  if (block.total) return;
  const units = block.rows.filter((r) => r.unitRow);
  if (units.length === 1 && block.rows[0] === units[0]) {
    units[0].kind = 'total';
    block.total = units[0];
  }
}
