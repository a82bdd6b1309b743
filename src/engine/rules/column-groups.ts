import { tableName } from '../tables/table-name';
import Decimal from 'decimal.js';
import type { CellRef } from '../grid/types';
import type { AmountCell, RecognizedBlock, RecognizedRow } from '../recognize/types';
import { columnsUnder, rowLabel } from '../model/query';
import { compareAmounts, money } from './compare';
import { defineRule } from './types';

const SUBTOTAL = new Set(['小计', '合计', '总计']);
const ZERO = new Decimal(0);

interface GroupCheck {
  /** The group's header text (当年预算, 基本支出), or '' for the table's own 合计. */
  group: string;
  subtotal: number;
  parts: number[];
  partNames: string[];
}


/**
 * The subtotal of a group and the columns it adds up: its direct children, each a column of its own or a
 * group with a 小计 of its own. A group with a 其中 child (a memo, not a part) or a child group without its
 * subtotal cannot be checked.
 */
function groupCheck(columns: RecognizedBlock['headerColumns'], prefix: string[]): GroupCheck | undefined {
  const members = columnsUnder(columns, prefix);
  const children = [...new Set(members.map((c) => c.stack[prefix.length]))];
  if (children.length < 3 || children.some((t) => t.startsWith('其中'))) return undefined;
  let subtotal: number | undefined;
  const parts: number[] = [];
  const partNames: string[] = [];
  for (const child of children) {
    const own = members.filter((c) => c.stack[prefix.length] === child);
    const leaf = own.find((c) => c.stack.length === prefix.length + 1);
    if (leaf && SUBTOTAL.has(child)) {
      if (subtotal !== undefined) return undefined;
      subtotal = leaf.col;
      continue;
    }
    const col = leaf?.col ?? groupCheck(columns, [...prefix, child])?.subtotal;
    if (col === undefined || own.length > 1 && leaf) return undefined;
    parts.push(col);
    partNames.push(child);
  }
  if (subtotal === undefined) return undefined;
  return { group: prefix[prefix.length - 1] ?? '', subtotal, parts, partNames };
}

/** Every group of the header that names its own subtotal, the table's 合计 over groups included. */
function checksOf(block: RecognizedBlock): GroupCheck[] {
  const cols = block.headerColumns;
  const out: GroupCheck[] = [];
  const prefixes = new Set<string>();
  for (const c of cols) for (let d = 1; d < c.stack.length; d++) prefixes.add(JSON.stringify(c.stack.slice(0, d)));
  for (const p of prefixes) {
    const g = groupCheck(cols, JSON.parse(p) as string[]);
    if (g) out.push(g);
  }
  // The table's own 合计 beside groups that each show their subtotal (合计 | 当年预算 … | 上年结转结余 …).
  const tops = [...new Set(cols.map((c) => c.stack[0]))];
  const total = cols.find((c) => c.stack.length === 1 && SUBTOTAL.has(c.stack[0]));
  const groups = tops.filter((t) => t !== total?.stack[0]);
  if (total && groups.length >= 2) {
    const subs = groups.map((t) => (cols.some((c) => c.stack.length === 1 && c.stack[0] === t) ? undefined : groupCheck(cols, [t])?.subtotal));
    if (subs.every((s) => s !== undefined)) out.push({ group: '', subtotal: total.col, parts: subs as number[], partNames: groups.map((t) => `${t}小计`) });
  }
  return out;
}

/**
 * The header's own arithmetic, for tables whose columns the definitions do not all name: a 小计 under a group
 * equals the columns beside it in that group (基本支出: 小计 = 人员经费 + 日常公用支出), and a 合计 over groups
 * that each show a 小计 equals their sum (合计 = 当年预算小计 + 上年结转结余小计). Tables whose columns are all
 * placed are checked by row-sum instead, so one slip is not reported twice.
 */
export const columnGroups = defineRule({
  id: 'column-groups',
  severity: 'error',
  behaviour: { roundingStated: 'warning' },
  description: '表头分组：各组“小计”等于组内各列之和，“合计”等于各组小计之和（用于表定义未能逐列对应的表样）',
  messages: {
    mismatch: '{{table}}「{{row}}」行：{{group}}{{subtotal}}{{left}}{{unit}}，与{{parts}}之和{{right}}{{unit}}不相等，相差{{diff}}{{unit}}。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      for (const block of table.blocks) {
        if (block.unmappedColumns.length === 0) continue;
        for (const g of checksOf(block)) {
          for (const row of block.rows) {
            if (row.kind === 'other' || !row.byCol) continue;
            report(row, g, block);
          }
        }
        function report(row: RecognizedRow, g: GroupCheck, b: RecognizedBlock) {
          const own = row.byCol![g.subtotal];
          const parts = g.parts.map((c) => row.byCol![c]).filter((a): a is AmountCell => a !== undefined);
          if (!own || parts.length !== g.parts.length || own.problem || parts.some((p) => p.problem)) return;
          if (own.blank && parts.every((p) => p.blank)) return;
          const sum = parts.reduce((s, p) => s.plus(p.value), ZERO);
          const cmp = compareAmounts(own.value, sum, table.unit, ctx.settings, parts.length);
          if (cmp.equal) return;
          const subtotalName = g.group ? '小计' : '合计';
          const cells: CellRef[] = parts.map((p) => p.ref);
          ctx.report({
            messageId: 'mismatch',
            data: {
              table: tableName(table.def),
              row: rowLabel(b, row),
              group: g.group ? `“${g.group}”` : '',
              subtotal: subtotalName,
              parts: g.partNames.join('、'),
              left: money(own.value, table.unit),
              right: money(sum, table.unit),
              diff: money(cmp.difference, table.unit),
              unit: table.unit,
            },
            tables: [table.def.id],
            unit: table.unit,
            sides: [
              { label: `${g.group}${subtotalName}`, cells: [own.ref], amount: own.value },
              { label: g.partNames.join('、'), cells, amount: sum },
            ],
            difference: cmp.difference,
            rounding: cmp.rounding,
            roundingLimit: cmp.roundingLimit,
          });
        }
      }
    }
  },
});
