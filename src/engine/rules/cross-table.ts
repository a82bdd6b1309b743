import { tableName } from '../tables/table-name';
import Decimal from 'decimal.js';
import type { CellRef } from '../grid/types';
import { columnLabel, findBlock, findTable, isUnplacedLine, repeatedCode, rowLabel, rowsAtLevel, select, sumColumns, sumIsZero, titleMeets, type Selected } from '../model/query';
import type { RecognizedBlock, RecognizedRow, RecognizedTable } from '../recognize/types';
import type { CrossRelation, TitleCondition } from '../tables/types';
import { compareAcross, money, surelyEqual, toWan } from './compare';
import { DecimalSum, scaledOf } from '../grid/decimal-sum';
import { defineRule, type Rule } from './types';

const MESSAGES = {
  mismatch: '{{description}}：{{leftLabel}}{{left}}{{unit}}，{{rightLabel}}{{right}}{{unit}}，相差{{diff}}{{unit}}。',
  exceeds: '{{description}}：{{leftLabel}}{{left}}{{unit}}，超过{{rightLabel}}{{right}}{{unit}}，超出{{diff}}{{unit}}。',
  unitFactor:
    '{{description}}：两表的金额在{{count}}处都正好相差一万倍（如{{leftLabel}}{{left}}万元，{{rightLabel}}{{right}}万元），应是其中一张表的金额单位写错或漏写（{{leftTable}}按{{leftUnit}}读，{{rightTable}}按{{rightUnit}}读）：请核对两表的“单位”行，而不是逐项修改金额。',
};

const TEN_THOUSAND = new Decimal(10000);

/**
 * Every broken pair is off by a factor of 10,000 (to the rounding of the larger side): one cause, a unit line,
 * not a list of wrong sums.
 */
function offByUnit(broken: Array<{ a: Selected; b: Selected }>, limit: Decimal): boolean {
  return (
    broken.length > 0 &&
    broken.every(({ a, b }) => {
      const l = toWan(a.amount, a.unit);
      const r = toWan(b.amount, b.unit);
      if (l.isZero() || r.isZero()) return false;
      return l.minus(r.times(TEN_THOUSAND)).abs().lte(limit) || r.minus(l.times(TEN_THOUSAND)).abs().lte(limit);
    })
  );
}

const LEVEL_NAME = { class: '类', kuan: '款', xiang: '项', total: '合计' } as const;

function cols(c: string | string[]): string[] {
  return Array.isArray(c) ? c : [c];
}

interface Side {
  /** Every table of the analysis: whose reads are remembered. */
  tables: RecognizedTable[];
  table: RecognizedTable;
  block: RecognizedBlock;
  cols: string[];
}

function side(tables: RecognizedTable[], s: { table: string; block?: string; col: string | string[] }): Side | undefined {
  const table = findTable(tables, s.table);
  const block = table && findBlock(table, s.block);
  if (!table || !block) return undefined;
  const wanted = cols(s.col);
  if (!wanted.every((c) => block.columns.some((k) => k.role === c))) return undefined;
  return { tables, table, block, cols: wanted };
}

/** A row's amount in a side's columns; its label, which only a finding quotes, is worded when first asked for. */
class RowAmount implements Selected {
  private worded?: string;
  constructor(
    readonly amount: Decimal,
    readonly cells: CellRef[],
    readonly unit: Selected['unit'],
    readonly blank: boolean,
    private readonly s: Side,
    private readonly row: RecognizedRow | undefined,
    private readonly code: string,
  ) {}

  get label(): string {
    if (this.worded === undefined) {
      const { s, row } = this;
      const colNames = s.cols.map((c) => columnLabel(s.block, c)).join('+');
      const head = `${tableName(s.table.def)}`;
      this.worded = row ? `${head}「${rowLabel(s.block, row)}」${colNames}` : `${head}「${this.code}」${colNames}（无此行）`;
    }
    return this.worded;
  }
}

function rowAmount(s: Side, row: RecognizedRow | undefined, code: string): Selected {
  if (!row) return new RowAmount(new Decimal(0), [], s.table.unit, true, s, row, code);
  const sum = sumColumns(row, s.cols);
  return new RowAmount(sum.amount, sum.cells, s.table.unit, s.cols.every((c) => row.amounts[c]?.blank), s, row, code);
}

const LEVEL_DEPTH = { class: 1, kuan: 2, xiang: 3 } as const;
const CODE_LENGTH = { class: 3, kuan: 5, xiang: 7 } as const;

/**
 * Amounts by code at one level. A code the table lists only through rows further down (表7's
 * projects without a 项 or 款 subtotal row) counts as the sum of those bottom rows.
 */
function amountsAt(s: Side, level: 'class' | 'kuan' | 'xiang' | 'total'): Map<string, Selected> {
  return remembered(s, `amounts|${level}`, () => readAmountsAt(s, level));
}

/**
 * What one side of a relation reads, kept for the other relations over the same block and columns (表1 against
 * 表2 by source of funds, 表5 against 表2, 表3 and 表7): one analysis's blocks are read once, whatever number of
 * relations name them. Never changed once read.
 */
let reads: { tables: RecognizedTable[]; blocks: Map<RecognizedBlock, Map<string, unknown>> } = { tables: [], blocks: new Map() };

function remembered<T>(s: Side, what: string, read: () => T): T {
  // One analysis's reads at a time, dropped with the next one's tables (a Map, not a WeakMap: ephemerons slow every GC).
  if (reads.tables !== s.tables) reads = { tables: s.tables, blocks: new Map() };
  let byKey = reads.blocks.get(s.block);
  if (!byKey) reads.blocks.set(s.block, (byKey = new Map()));
  const key = `${what}|${s.cols.join('+')}`;
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = read();
  byKey.set(key, value);
  return value;
}

function readAmountsAt(s: Side, level: 'class' | 'kuan' | 'xiang' | 'total'): Map<string, Selected> {
  const out = new Map<string, Selected>();
  for (const [code, row] of rowsAtLevel(s.block, level)) out.set(code, rowAmount(s, row, code));
  if (level === 'total') return out;
  const head = `${tableName(s.table.def)}`;
  const coded = s.block.rows.filter((r) => r.code && r.level !== undefined && !r.inferred);
  // Codes with a row below them: every shorter prefix of a code, and a 项's own code when projects sit under it.
  const hasChild = new Set<string>();
  for (const r of coded) {
    for (const len of [3, 5, 7]) if (len < r.code!.length || (r.kind === 'project' && len === r.code!.length)) hasChild.add(r.code!.slice(0, len));
  }
  const isLeaf = (r: RecognizedRow) => r.kind === 'project' || !hasChild.has(r.code!);
  // A code's bottom rows added up in one running sum (the same Decimal as the chain of plus from 0), its entry
  // in `out` made where its first row comes, as the map's order is the order the pairs are compared in.
  const added = new Map<string, { sum: DecimalSum; cells: CellRef[]; blank: boolean }>();
  for (const row of coded) {
    if (row.level! <= LEVEL_DEPTH[level] || row.code!.length < CODE_LENGTH[level] || !isLeaf(row)) continue;
    const code = row.code!.slice(0, CODE_LENGTH[level]);
    let acc = added.get(code);
    if (!acc) {
      if (out.has(code)) continue;
      added.set(code, (acc = { sum: new DecimalSum(), cells: [], blank: true }));
      out.set(code, undefined as unknown as Selected);
    }
    const sum = sumColumns(row, s.cols);
    acc.sum.add(sum.amount);
    acc.cells.push(...sum.cells);
    acc.blank = acc.blank && s.cols.every((c) => row.amounts[c]?.blank);
  }
  for (const [code, acc] of added) {
    const label = `${head}「${code}」下各明细行${s.cols.map((c) => columnLabel(s.block, c)).join('+')}`;
    out.set(code, { amount: acc.sum.value, cells: acc.cells, label, unit: s.table.unit, blank: acc.blank });
  }
  return out;
}

function sumSelected(parts: Selected[]): Selected {
  return {
    amount: parts.reduce((s, p) => s.plus(toWan(p.amount, p.unit)), new Decimal(0)),
    cells: parts.flatMap((p) => p.cells),
    label: parts.map((p) => p.label).join('+'),
    unit: '万元',
    blank: parts.every((p) => p.blank),
  };
}

const LEVEL_LENGTHS = { class: 3, kuan: 5, xiang: 7, total: 0 } as const;

/** The codes a side has amounts for, cut to the relation's levels. */
function codesOf(s: Side, levels: Array<keyof typeof LEVEL_LENGTHS>): { codes: Set<string>; uncoded: number } {
  return remembered(s, `codes|${levels.join('+')}`, () => readCodes(s, levels));
}

function readCodes(s: Side, levels: Array<keyof typeof LEVEL_LENGTHS>): { codes: Set<string>; uncoded: number } {
  const codes = new Set<string>();
  let uncoded = 0;
  for (const r of s.block.rows) {
    if (r.kind === 'total' || sumIsZero(r, s.cols)) continue;
    if (!r.code || r.inferred) {
      uncoded++;
      continue;
    }
    for (const l of levels) if (LEVEL_LENGTHS[l] && r.code.length >= LEVEL_LENGTHS[l]) codes.add(r.code.slice(0, LEVEL_LENGTHS[l]));
  }
  return { codes, uncoded };
}

/**
 * Two tables compared code by code must list the same classification: a table whose rows are 单位 (not
 * 科目), or two tables that share few of their codes, are not compared row by row: the differences would
 * be the layout's, not the clerk's.
 */
function notComparable(L: Side, R: Side, levels: Array<keyof typeof LEVEL_LENGTHS>): string | undefined {
  const { codes: l, uncoded: lu } = codesOf(L, levels);
  const { codes: r, uncoded: ru } = codesOf(R, levels);
  for (const [s, codes, uncoded] of [[L, l, lu], [R, r, ru]] as const) {
    if (codes.size === 0 && uncoded > 0) return `${tableName(s.table.def)}未按科目编码列示`;
    // A total with an amount over no row read by 科目 (a header or a page the recognizer lost): compared
    // row by row, every 科目 of the other table would be "missing".
    const total = s.block.total;
    if (codes.size === 0 && levels.some((lv) => lv !== 'total') && total && !sumIsZero(total, s.cols))
      return `${tableName(s.table.def)}合计有金额，但未识别到按科目列示的行`;
    const repeated = repeatedCode(s.block);
    if (repeated) return `${tableName(s.table.def)}的科目${repeated}出现在多行（如按单位分列）`;
  }
  if (l.size === 0 || r.size === 0) return undefined;
  const shared = [...l].filter((c) => r.has(c)).length;
  if (shared * 2 < Math.min(l.size, r.size)) return `${tableName(L.table.def)}与${tableName(R.table.def)}的科目大多不能对应`;
  return undefined;
}

/** The side's block has a line with an amount in its columns that no 科目 was read for. */
function hasUnplacedAmounts(s: Side): boolean {
  return remembered(s, 'unplaced', () => s.block.rows.some((r) => isUnplacedLine(r) && !sumIsZero(r, s.cols)));
}

/** Whether the relation's table is there and its printed title meets the condition. */
function titleSays(tables: RecognizedTable[], when: TitleCondition): boolean {
  const table = findTable(tables, when.table);
  return table !== undefined && titleMeets(table, when);
}

/** One rule per cross-table relation of the profile; the relation is data, this is its checker. */
export function crossRelationRule(relation: CrossRelation): Rule {
  const tables = relation.kind === 'cells'
    ? [...new Set([...relation.left, ...relation.right].map((s) => s.table!))]
    : [relation.left.table, relation.right.table];
  return defineRule({
    id: relation.ruleId ?? `cross-table/${relation.id}`,
    severity: relation.severity ?? 'error',
    behaviour: { roundingStated: 'warning' },
    description: relation.description,
    messages: MESSAGES,
    check(ctx) {
      if (relation.when && !titleSays(ctx.tables, relation.when)) return;
      const pairs: Array<[Selected, Selected, CellRef | undefined]> = [];
      const lost = new Set<Side>();
      if (relation.kind === 'cells') {
        const l = relation.left.map((s) => select(ctx.tables, s));
        const r = relation.right.map((s) => select(ctx.tables, s));
        if (l.some((x) => !x) || r.some((x) => !x)) return;
        pairs.push([sumSelected(l as Selected[]), sumSelected(r as Selected[]), undefined]);
      } else {
        const L = side(ctx.tables, relation.left);
        const R = side(ctx.tables, relation.right);
        if (!L || !R) return;
        const why = notComparable(L, R, relation.levels);
        if (why) {
          ctx.skip({ tables, reason: `${why}，未核对“${relation.description}”` });
          return;
        }
        // A 科目 one side does not list is 0 there, unless that side has lines no 科目 was read for: it may be one of them.
        for (const level of relation.levels) {
          if (level === 'total' && (!L.block.total || !R.block.total)) continue;
          const lr = amountsAt(L, level);
          const rr = amountsAt(R, level);
          for (const code of new Set([...lr.keys(), ...rr.keys()])) {
            const unread = !lr.has(code) && hasUnplacedAmounts(L) ? L : !rr.has(code) && hasUnplacedAmounts(R) ? R : undefined;
            if (unread) {
              lost.add(unread);
              continue;
            }
            const a = lr.get(code) ?? rowAmount(L, undefined, code);
            const b = rr.get(code) ?? rowAmount(R, undefined, code);
            if (a.amount.isZero() && b.amount.isZero()) continue;
            pairs.push([a, b, undefined]);
          }
        }
      }
      for (const s of lost)
        ctx.skip({ tables, reason: `${tableName(s.table.def)}有未能识别科目的金额行，其未列示的科目未核对“${relation.description}”` });
      const broken = pairs
        // Two amounts in one unit that agree on the exact integers (compare.ts surelyEqual) are equal: no comparison made.
        .filter(([a, b]) => !(a.unit === b.unit && surelyEqual(a.amount, scaledOf(b.amount), a.unit, ctx.settings)))
        .map(([a, b]) => ({ a, b, cmp: compareAcross(a.amount, a.unit, b.amount, b.unit, ctx.settings) }))
        .filter(({ cmp }) => !(cmp.equal || (relation.op === 'le' && cmp.difference.lt(0))));
      if (offByUnit(broken, ctx.settings.roundingLimit)) {
        const { a, b } = broken[0];
        const left = toWan(a.amount, a.unit);
        const right = toWan(b.amount, b.unit);
        const [lt, rt] = [tables[0], tables[tables.length - 1]].map((id) => findTable(ctx.tables, id));
        ctx.report({
          messageId: 'unitFactor',
          data: {
            description: relation.description,
            count: broken.length,
            leftLabel: a.label,
            rightLabel: b.label,
            left: money(left),
            right: money(right),
            leftTable: lt ? tableName(lt.def) : '',
            rightTable: rt ? tableName(rt.def) : '',
            leftUnit: a.unit,
            rightUnit: b.unit,
          },
          tables,
          unit: '万元',
          sides: [
            { label: a.label, cells: a.cells, amount: left },
            { label: b.label, cells: b.cells, amount: right },
          ],
          difference: left.minus(right),
          target: lt?.unitRef ?? a.cells[0],
        });
        return;
      }
      for (const { a, b, cmp } of broken) {
        // Reported in the unit the two amounts were compared in.
        const unit = cmp.unit;
        const left = unit === '元' ? a.amount : toWan(a.amount, a.unit);
        const right = unit === '元' ? b.amount : toWan(b.amount, b.unit);
        ctx.report({
          messageId: relation.op === 'le' ? 'exceeds' : 'mismatch',
          data: { description: relation.description, leftLabel: a.label, rightLabel: b.label, left: money(left, unit), right: money(right, unit), diff: money(cmp.difference, unit), unit },
          tables,
          unit,
          sides: [
            { label: a.label, cells: a.cells, amount: left },
            { label: b.label, cells: b.cells, amount: right },
          ],
          difference: cmp.difference,
          rounding: cmp.rounding,
          roundingLimit: cmp.roundingLimit,
        });
      }
    },
  });
}

export { LEVEL_NAME };
