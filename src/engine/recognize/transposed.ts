import { parseAmount } from '../grid/amount';
import type { SheetView } from '../grid/sheet-view';
import { displayText, normalizeLabel } from '../grid/text';
import type { BlockDef } from '../tables/types';
import { readAmount, readPercent, stagedAmount, withDerived } from './body';
import { carryOverTwin, type BlockLayout, type HeaderInfo } from './header';
import { itemLabel, labelMatches, SUBTOTAL } from './match';
import type { RecognizedRow } from './types';

/** The body row that carries the table's own figures when it lists several (上年 / 本年, or one row per 单位). */
const OWN_ROW = /^(合计|总计|本年|本年预算|\d{4}年(预算数?)?|\d{4}年预算|预算数)$/;

export interface TransposedBlock {
  layout: BlockLayout;
  rows: RecognizedRow[];
  total?: RecognizedRow;
  bodyRow: number;
}

/** The item role a header column names: its last text, or the group over a 小计. */
function roleOf(stack: string[], block: BlockDef): string | undefined {
  const leaf = stack[stack.length - 1];
  // 小计 under an item is that item's; under a year's group (2026年预算数/合计) it is the table's 合计.
  const texts = SUBTOTAL.has(leaf) && stack.length > 1 ? [stack[stack.length - 2], leaf] : [leaf];
  if (SUBTOTAL.has(leaf) && stack.length === 1) texts.push(leaf);
  for (const t of texts) {
    const label = itemLabel(t);
    if (labelMatches(label, block.totalLabels)) return 'total';
    const row = (block.rows ?? []).find((r) => !r.namedAsParent && labelMatches(label, r.labels));
    if (row) return row.role;
  }
  // 小计 under a group that names no item (长沙 三公经费预（决）算数（财政拨款） | 小计 | 公务接待费 …) is the table's.
  return SUBTOTAL.has(leaf) && leaf !== '金额' ? 'total' : undefined;
}

/**
 * An items block printed across (三公 as 合计 | 因公出国（境）费 | 公务接待费 | 公务用车 … over one row of
 * amounts): each header column that names a row of the definition becomes that row, with its amount in
 * the block's first column role. Undefined when the header names fewer than two of the block's rows, or
 * when the body has several rows and none says which is the table's own.
 */
/** Header groups that are not this year's figures. */
const OTHER_YEAR = /上年|增减|比较|变动|增长|差额/;

/**
 * The columns of this year's block when the header prints several (2025年预算数 | 2026年预算数, 上年 | 本年 | 增减):
 * the group naming the latest year or 本年, never one of change; all columns when there are no such groups. And
 * last year's, where the header prints them as a group of their own (重庆 2025年 | 2026年).
 */
function yearBlocks(header: HeaderInfo): { own: Set<number>; prior?: Set<number> } {
  const groups = new Map<string, number[]>();
  for (const [col, stack] of header.stacks) {
    const g = stack.length > 1 ? stack[0] : '';
    groups.set(g, [...(groups.get(g) ?? []), col]);
  }
  const named = [...groups.keys()].filter((g) => g && /20\d{2}|本年|上年|增减/.test(g));
  if (named.length < 2) return { own: new Set(header.stacks.keys()) };
  const year = (g: string) => Number(/(20\d{2})/.exec(g)?.[1] ?? (g.includes('本年') ? 9999 : 0));
  const best = named.filter((g) => !OTHER_YEAR.test(g)).sort((a, b) => year(b) - year(a))[0];
  const keep = new Set(groups.get('') ?? []);
  for (const c of groups.get(best ?? '') ?? []) keep.add(c);
  const by = best === undefined ? undefined : year(best);
  // 上年结转结余 is this year's money brought forward, never last year's figures.
  const priorGroup = named.find((g) => !/结转|结余/.test(g) && (by === 9999 ? /^上年/.test(g) && !/增减|比较|变动/.test(g) : year(g) === (by ?? 0) - 1 && !/增减|比较|变动/.test(g)));
  return { own: keep, ...(priorGroup ? { prior: new Set(groups.get(priorGroup)) } : {}) };
}

/** The year a body row's label names (2026年预算数 → 2026; 本年 → the latest); 0 for none, -1 for a row of change. */
function rowYear(label: string): number {
  if (OTHER_YEAR.test(label)) return -1;
  const y = /(20\d{2})/.exec(label);
  if (y) return Number(y[1]);
  return /本年|合计|总计|预算数/.test(label) ? 9999 : 0;
}

/**
 * The value role a header column's last text names when the items are split by source of funds (深圳 三公: each
 * item over 一般公共预算 | 政府性基金预算 | 国有资本经营预算): that role of the block's columns, with the item named above it.
 */
function sourceOf(stack: string[], block: BlockDef, left: string[] | undefined): { role: string; itemStack: string[] } | undefined {
  const leaf = stack[stack.length - 1];
  // The sources are the parts the block's first column is the sum of (三公's 合计 = 一般公共预算 + …).
  const sources = block.sums?.[block.columns[0].role] ?? [];
  const col = block.columns.filter((c) => sources.includes(c.role)).find((c) => c.headers.some((h) => itemLabel(h) === itemLabel(leaf)));
  if (!col) return undefined;
  // The item's header printed once over its first source only (merge lost): the columns to its right share it.
  if (stack.length < 2) return left ? { role: col.role, itemStack: left } : undefined;
  return { role: col.role, itemStack: stack.slice(0, -1) };
}

/** The column role an item printed across gives its amount to: the block's acrossValue, else its first column. */
function acrossValueRole(block: BlockDef): string {
  return block.acrossValue ?? block.columns[0].role;
}

/** Each header column among `cols` that names an item (and, for items split by source, which source it holds). */
function mapAcross(header: HeaderInfo, block: BlockDef, cols: Set<number>): Map<number, { role: string; value: string; name: string }> {
  const byCol = new Map<number, { role: string; value: string; name: string }>();
  const seen = new Set<string>();
  const valueRole = acrossValueRole(block);
  let left: string[] | undefined;
  for (const [col, stack] of [...header.stacks].sort((a, b) => a[0] - b[0])) {
    if (!cols.has(col)) continue;
    const source = sourceOf(stack, block, left);
    left = source?.itemStack;
    const itemStack = source?.itemStack ?? stack;
    const value = source?.role ?? valueRole;
    let role = roleOf(itemStack, block);
    // The item's name again beside its group's 小计 is its part of that name (因公出国（境）费 | 小计 | 因公出国（境）费 | 科研…).
    const part = role && seen.has(`${role}|${value}`) ? (block.rows ?? []).find((r) => r.namedAsParent && r.parent === role) : undefined;
    if (part) role = part.role;
    if (role && !seen.has(`${role}|${value}`)) {
      const leaf = itemStack[itemStack.length - 1];
      const above = itemStack.length > 1 ? itemStack[itemStack.length - 2] : undefined;
      byCol.set(col, { role, value, name: SUBTOTAL.has(leaf) && above && !/20\d{2}|本年|上年/.test(above) ? above : leaf });
      seen.add(`${role}|${value}`);
    }
  }
  return byCol;
}

export function readTransposed(view: SheetView, header: HeaderInfo, block: BlockDef, bottomBound: number): TransposedBlock | undefined {
  const blocks = yearBlocks(header);
  const byCol = mapAcross(header, block, blocks.own);
  const roles = new Set([...byCol.values()].map((v) => v.role));
  if ([...roles].filter((r) => r !== 'total').length < 2) return undefined;
  const cols = [...byCol.keys()];
  const numeric: number[] = [];
  for (let r = header.bodyTop; r <= bottomBound; r++) {
    if (cols.some((c) => parseAmount(view.value(r, c)).kind === 'number')) numeric.push(r);
    else if (numeric.length) break;
  }
  const yearRows: Array<{ row: number; year: number }> = [];
  let bodyYear = 0;
  // No amount at all: an empty table, read at the row under its header (blank, so 0 with a 为空表 question).
  let bodyRow = numeric.length === 1 ? numeric[0] : numeric.length === 0 ? header.bottom + 1 : undefined;
  if (bodyRow === undefined) {
    // Several rows: the one that names this year (2026年 over 2025年, never 增减), else a 合计 / 本年 row.
    let best = 0;
    for (const r of numeric) {
      for (let c = header.left; c <= header.right; c++) {
        if (byCol.has(c)) continue;
        const t = view.shownLabel(r, c);
        if (!t) continue;
        if (/^上年(预算)?数?$/.test(t)) yearRows.push({ row: r, year: -2 });
        if (!OWN_ROW.test(t)) continue;
        const y = rowYear(t);
        yearRows.push({ row: r, year: y });
        if (y > best) {
          best = y;
          bodyRow = r;
        }
      }
    }
    bodyYear = best;
  }
  if (bodyRow === undefined) return undefined;
  const rows: RecognizedRow[] = [];
  let total: RecognizedRow | undefined;
  // The header is the last thing before the bound (the sheet's end, the next table): there is no row under it to
  // read, and none to cite. The table is found, with no rows, as an empty table printed down is.
  const hasBody = bodyRow <= bottomBound;
  if (!hasBody) bodyRow = header.bottom;
  const byRole = new Map<string, RecognizedRow>();
  // 三公 of 当年预算 and of 上年结转结余 under one 合计 (长春 预算表7): each item is the two together.
  const totalCol = [...byCol].find(([, v]) => v.role === 'total')?.[0];
  const twins = new Map<number, number>();
  for (const col of byCol.keys()) {
    const twin = carryOverTwin(header.stacks, col, totalCol, (c) => !byCol.has(c));
    if (twin !== undefined) twins.set(col, twin);
  }
  const twinCols = new Set(twins.values());
  for (const [col, { role, value, name }] of hasBody ? [...byCol].sort((a, b) => a[0] - b[0]) : []) {
    const stack = header.stacks.get(col)!;
    const labelRow = header.top + Math.max(0, stack.length - 1);
    let row = byRole.get(role);
    if (!row) {
      row = {
        row: bodyRow,
        kind: role === 'total' ? 'total' : 'item',
        role: role === 'total' ? undefined : role,
        name: displayText(name),
        labelRef: { sheet: view.name, row: Math.min(labelRow, header.bottom), col },
        amounts: {},
      };
      byRole.set(role, row);
      if (role === 'total') total = row;
      rows.push(row);
    }
    const twin = twins.get(col);
    row.amounts[value] = twin === undefined ? readAmount(view, bodyRow, col) : stagedAmount(view, bodyRow, [col, twin]);
  }
  // Last year's figures the table prints itself: the line of the year before (深圳 2025年 over 2026年), or the block of it.
  const priorRow = nearest(
    yearRows.filter((y) => (bodyYear === 9999 ? y.year === -2 : bodyYear > 0 && y.year === bodyYear - 1)).map((y) => y.row),
    bodyRow,
  );
  const prior = priorRow !== undefined ? { map: byCol, row: priorRow } : blocks.prior && hasBody ? { map: mapAcross(header, block, blocks.prior), row: bodyRow } : undefined;
  if (prior)
    for (const [col, { role, value }] of prior.map) {
      const row = byRole.get(role);
      if (row) (row.prior ??= {})[value] = readAmount(view, prior.row, col);
    }
  // The table's own rates under its years (衢江 "2016年比2015年增减%"): each item's, in the block's percent column.
  const percentRole = block.columns.find((c) => c.percent)?.role;
  const rateRow = percentRole && hasBody ? numeric.find((r) => r !== bodyRow && r !== priorRow && rowLabels(view, header, byCol, r).some((t) => RATE_ROW.test(t))) : undefined;
  if (percentRole && rateRow !== undefined)
    for (const [col, { role, value }] of byCol) {
      const row = byRole.get(role);
      if (row && value === acrossValueRole(block)) row.amounts[percentRole] = readPercent(view, rateRow, col);
    }
  for (const r of rows) {
    withDerived(block, r.amounts);
    if (r.prior) withDerived(block, r.prior);
  }
  const first = Math.min(...cols);
  const valueCols = new Map<string, number>();
  for (const [col, { value }] of [...byCol].sort((a, b) => a[0] - b[0])) if (!valueCols.has(value)) valueCols.set(value, col);
  const layout: BlockLayout = {
    def: block,
    left: header.left,
    right: header.right,
    anchorCol: first,
    codeCols: [],
    nameCol: first,
    columns: [...valueCols].map(([role, col]) => ({ role, col, header: header.stacks.get(col)!.join('/') })),
    missingColumns: block.columns.map((c) => c.role).filter((r) => !valueCols.has(r)),
    stacks: [],
    // Last year's block (重庆 2025年预算数 | 2026年预算数) is read as last year's figures, not left unplaced.
    unplaced: [...header.stacks.keys()].filter((c) => !byCol.has(c) && !twinCols.has(c) && !(prior && prior.map !== byCol && prior.map.has(c))).map((c) => ({ col: c, header: header.stacks.get(c)!.join('/') })),
  };
  return { layout, rows, total, bodyRow };
}

/** A body line of rates: "2016年比2015年增减%", "增减幅度", "增长率". */
const RATE_ROW = /(增减|增长|变动|比较).*(%|％|率|幅度)|增减幅度|增长率|增减率/;

/** The texts of a body row outside the item columns (its label). */
function rowLabels(view: SheetView, header: HeaderInfo, byCol: Map<number, unknown>, r: number): string[] {
  const out: string[] = [];
  for (let c = header.left; c <= header.right; c++) if (!byCol.has(c)) out.push(view.shownLabel(r, c));
  return out.filter((t) => t);
}

function nearest(rows: number[], to: number): number | undefined {
  let best: number | undefined;
  for (const r of rows) if (best === undefined || Math.abs(r - to) < Math.abs(best - to)) best = r;
  return best;
}
