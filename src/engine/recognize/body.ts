import Decimal from 'decimal.js';
import { parseAmount } from '../grid/amount';
import type { SheetView } from '../grid/sheet-view';
import { displayText, normalizeLabel, stripNumbering } from '../grid/text';
import type { CellRef } from '../grid/types';
import type { ItemRowDef } from '../tables/types';
import { classCodeOfName, codePart, parseWholeCode, splitCodedName } from './codes';
import type { BlockLayout } from './header';
import { itemLabel, labelMatches } from './match';
import type { AmountCell, RecognizedRow } from './types';

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

function amountsOf(view: SheetView, row: number, layout: BlockLayout): Record<string, AmountCell> {
  const out: Record<string, AmountCell> = {};
  for (const c of layout.columns) out[c.role] = readAmount(view, row, c.col);
  for (const [role, partRoles] of Object.entries(layout.def.composites ?? {})) {
    if (out[role] || !partRoles.every((p) => out[p])) continue;
    const parts = partRoles.map((p) => out[p]);
    out[role] = {
      ref: parts[0].ref,
      raw: null,
      value: parts.reduce((s, p) => s.plus(p.value), ZERO),
      blank: parts.every((p) => p.blank),
      parts,
    };
  }
  return out;
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

  constructor(
    private readonly view: SheetView,
    readonly layout: BlockLayout,
  ) {}

  private label(row: number): string {
    const { view, layout } = this;
    for (const c of [layout.nameCol, layout.anchorCol, ...layout.codeCols]) {
      const t = displayText(view.shown(row, c));
      if (t) return t;
    }
    return '';
  }

  /** The column of a 合计 label anywhere in the block's label area (表7 prints it under 项目名称). */
  private totalLabelCol(row: number): number | undefined {
    const { view, layout } = this;
    const amountCols = new Set(layout.columns.map((c) => c.col));
    for (let c = layout.left; c <= layout.right; c++) {
      if (amountCols.has(c)) continue;
      const label = itemLabel(normalizeLabel(view.shown(row, c)));
      if (label && labelMatches(label, layout.def.totalLabels)) return c;
    }
    return undefined;
  }

  /** Returns the row it recognized, or undefined for a row that is blank within this block. */
  read(row: number): RecognizedRow | undefined {
    const { view, layout } = this;
    const amounts = amountsOf(view, row, layout);
    const labelText = this.label(row);
    const labelRef: CellRef = { sheet: view.name, row, col: layout.nameCol };
    const totalAt = this.totalLabelCol(row);
    if (totalAt !== undefined) {
      const r: RecognizedRow = { row, kind: 'total', name: displayText(view.shown(row, totalAt)), labelRef: { sheet: view.name, row, col: totalAt }, amounts };
      this.total = r;
      this.rows.push(r);
      return r;
    }
    const r = layout.def.kind === 'coded' ? this.readCoded(row, labelText, labelRef, amounts) : this.readItem(row, labelText, labelRef, amounts);
    if (r) this.rows.push(r);
    return r;
  }

  private readonly inferredCount = new Map<string, number>();
  /** Indentation of the first 类 named without its code: deeper rows are 款 and 项. */
  private classIndent?: number;

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
    // A block with no code column (表1 支出) may name its 类 without the code: "一、一般公共服务支出".
    if (!code && name && layout.codeCols.length === 0) {
      const cls = classCodeOfName(itemLabel(name), scheme);
      // Indented deeper than the first 类, the name is a 款 that shares a 类's name (其他支出 under 其他支出).
      const indent = indentOf(view.shown(row, layout.nameCol));
      if (cls && indent <= (this.classIndent ?? indent)) {
        this.classIndent ??= indent;
        code = cls;
        name = stripNumbering(name);
      }
    }
    // Templates without codes show 款 and 项 by indentation alone ("  社会工作事务" under 一般公共服务支出): their
    // codes are made up here, unique in this table only (cross-table relations never match them).
    let inferred = false;
    if (!code && name && layout.codeCols.length === 0 && scheme === 'functional') {
      const depth = indentOf(view.shown(row, layout.nameCol)) - (this.classIndent ?? 0);
      if (depth > 0 && this.lastClass) {
        code = depth === 1 || !this.lastKuan?.startsWith(this.lastClass) ? this.nextInferred(this.lastClass, 'k') : this.nextInferred(this.lastKuan!, 'x');
        inferred = true;
      }
    }
    const level = code ? (scheme === 'economic' ? (code.length === 3 ? 1 : 2) : code.length === 3 ? 1 : code.length === 5 ? 2 : 3) : undefined;
    if (!code) {
      if (!labelText && !hasAnyAmount(amounts)) return undefined;
      return { row, kind: 'other', name: labelText, labelRef, amounts };
    }
    if (level === 1) this.lastClass = code;
    if (level === 2) this.lastKuan = code;
    const mark = inferred ? { inferred: true } : {};
    const project = layout.projectCol !== undefined ? displayText(view.shown(row, layout.projectCol)) : '';
    if (project && level === 3) {
      return { row, kind: 'project', code, level: 4, name, project, labelRef, amounts, ...mark };
    }
    const kind = level === 1 ? 'class' : level === 2 ? 'kuan' : 'xiang';
    return { row, kind, code, level, name, labelRef, amounts, ...mark };
  }

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
  for (let c = left; c <= right; c++) if (normalizeLabel(view.value(row, c))) return false;
  return true;
}
