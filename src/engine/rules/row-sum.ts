import { tableName } from '../tables/table-name';
import { columnLabel, columnsUnder, findBlock, isUnplacedLine, rowLabel, scaledSumColumns, sumColumns, sumIsZero } from '../model/query';
import { SUBTOTAL } from '../recognize/match';
import type { RecognizedBlock, Unit } from '../recognize/types';
import type { Settings } from '../settings';
import { compareAmounts, money, surelyEqual } from './compare';
import { defineRule } from './types';

/**
 * Whether the table adds the optional columns into its target: the convention of its 合计 line, or of its first
 * line where they hold an amount (a table listed by 单位 may print no 合计); where that line follows neither, the
 * one it is nearer to (the finding then names the smaller difference).
 */
function includesOptional(block: RecognizedBlock, target: string, core: string[], optional: string[], unit: Unit, settings: Settings): boolean {
  const lines = [...(block.total ? [block.total] : []), ...block.rows];
  const line = lines.find((r) => r.amounts[target] && !sumIsZero(r, optional));
  if (!line) return false;
  const t = line.amounts[target].value;
  const without = sumColumns(line, core).amount;
  const withAll = without.plus(sumColumns(line, optional).amount);
  if (compareAmounts(t, withAll, unit, settings, core.length + optional.length).equal) return true;
  if (compareAmounts(t, without, unit, settings, core.length).equal) return false;
  return t.minus(withAll).abs().lessThanOrEqualTo(t.minus(without).abs());
}

/**
 * The unplaced columns that may be parts of the target: all of them for a column of its own (合计), only those
 * under the same header group for a group's subtotal (财政拨款/小计 adds up 财政拨款's columns, not 单位资金/事业收入).
 */
function unplacedParts(block: RecognizedBlock, targetCol: number): RecognizedBlock['unmappedColumns'] {
  const stackOf = (col: number) => block.headerColumns.find((h) => h.col === col)?.stack ?? [];
  const stack = stackOf(targetCol);
  const group = stack.slice(0, -1).join('/');
  const under = stack.length < 2 ? block.unmappedColumns : block.unmappedColumns.filter((u) => u.header.startsWith(`${group}/`));
  // A column under a group whose 小计 is placed (上年结转结余/小计) is inside that subtotal, not a part of its own.
  const subtotals = new Set(
    block.columns
      .map((c) => stackOf(c.col))
      .filter((st) => st.length >= 2 && SUBTOTAL.has(st[st.length - 1]))
      .map((st) => st.slice(0, -1).join('/')),
  );
  // A group's 小计 whose every column is placed (当年预算/小计 beside 当年预算's 基本支出 and 项目支出) restates them.
  const placed = new Set(block.columns.flatMap((c) => [c.col, ...(c.plus ?? [])]));
  const restates = (u: { col: number; header: string }) => {
    const st = u.header.split('/');
    if (st.length < 2 || !SUBTOTAL.has(st[st.length - 1])) return false;
    const members = columnsUnder(block.headerColumns, st.slice(0, -1)).filter((h) => h.col !== u.col);
    return members.length > 0 && members.every((h) => placed.has(h.col));
  };
  return under.filter((u) => {
    if (restates(u)) return false;
    const parts = u.header.split('/');
    return !parts.some((_, i) => i > 0 && subtotals.has(parts.slice(0, i).join('/')) && parts.slice(0, i).join('/') !== group);
  });
}

export const rowSum = defineRule({
  id: 'row-sum',
  severity: 'error',
  behaviour: { roundingStated: 'warning' },
  description: '同一行内，合计列应等于各组成列之和（如 合计 = 基本支出 + 项目支出）',
  messages: {
    mismatch:
      '{{table}}「{{row}}」行：{{target}}{{left}}{{unit}}，与{{parts}}之和{{right}}{{unit}}不相等，相差{{diff}}{{unit}}。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      for (const identity of table.def.identities) {
        if (identity.kind !== 'row-sum') continue;
        if (ctx.only && !ctx.only(identity)) continue;
        const block = findBlock(table, identity.block);
        if (!block) continue;
        const target = block.columns.find((c) => c.role === identity.target);
        const printed = (role: string) => block.columns.some((c) => c.role === role);
        // A part printed only as its own parts (基本支出 as 人员经费 + 公用经费) is their sum.
        const core = identity.parts.filter((p) => printed(p) || (block.def.composites?.[p]?.every(printed) ?? false) || (block.def.sums?.[p]?.some(printed) ?? false));
        if (!target || core.length === 0 || core.length < (identity.minParts ?? 1)) continue;
        const optional = (identity.optionalParts ?? []).filter(printed);
        const parts = optional.length > 0 && includesOptional(block, identity.target, core, optional, table.unit, ctx.settings) ? [...core, ...optional] : core;
        const unplaced = unplacedParts(block, target.col);
        if (unplaced.length > 0) {
          ctx.skip({
            tables: [table.def.id],
            reason: `${tableName(table.def)}的“${unplaced.map((u) => u.header.split('/').pop()).join('”“')}”列未能对应到本表定义的列，未核对${columnLabel(block, identity.target)}与各组成列之和`,
            target: { sheet: table.sheet, row: table.headerRows.top, col: unplaced[0].col },
          });
          continue;
        }
        const partsName = parts.length > 4 ? '各组成列' : parts.map((p) => columnLabel(block, p)).join('、');
        for (const row of block.rows) {
          // A line the recognizer placed (a unit's, a project's, a 品目) adds up across like any row; an unknown one is left alone.
          if (isUnplacedLine(row)) continue;
          const t = row.amounts[identity.target];
          // A unit's or a project's line that prints only its total (the parts left blank) states no split.
          if (row.kind === 'other' && parts.every((p) => !row.amounts[p] || row.amounts[p].blank)) continue;
          // Nearly every row adds up: told on the exact integers first (compare.ts surelyEqual), no Decimal made.
          const scaled = scaledSumColumns(row, parts);
          if ((t.blank && scaled === 0) || surelyEqual(t.value, scaled, table.unit, ctx.settings)) continue;
          const sum = sumColumns(row, parts);
          if (t.blank && sum.amount.isZero()) continue;
          const cmp = compareAmounts(t.value, sum.amount, table.unit, ctx.settings, parts.length);
          if (cmp.equal) continue;
          ctx.report({
            messageId: 'mismatch',
            data: {
              table: tableName(table.def),
              row: rowLabel(block, row),
              target: columnLabel(block, identity.target),
              parts: partsName,
              left: money(t.value, table.unit),
              right: money(sum.amount, table.unit),
              diff: money(cmp.difference, table.unit),
              unit: table.unit,
            },
            tables: [table.def.id],
            unit: table.unit,
            sides: [
              { label: `${columnLabel(block, identity.target)}`, cells: [t.ref], amount: t.value },
              { label: partsName, cells: sum.cells, amount: sum.amount },
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
