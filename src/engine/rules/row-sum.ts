import { tableName } from '../tables/table-name';
import { columnLabel, findBlock, rowLabel, sumColumns } from '../model/query';
import { compareAmounts, money } from './compare';
import { defineRule } from './types';

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
        const parts = identity.parts.filter((p) => printed(p) || (block.def.composites?.[p]?.every(printed) ?? false));
        if (!target || parts.length === 0) continue;
        if (block.unmappedColumns.length > 0) {
          ctx.skip({
            tables: [table.def.id],
            reason: `${tableName(table.def)}的“${block.unmappedColumns.map((u) => u.header.split('/').pop()).join('”“')}”列未能对应到本表定义的列，未核对${columnLabel(block, identity.target)}与各组成列之和`,
            target: { sheet: table.sheet, row: table.headerRows.top, col: block.unmappedColumns[0].col },
          });
          continue;
        }
        const partsName = parts.length > 4 ? '各组成列' : parts.map((p) => columnLabel(block, p)).join('、');
        for (const row of block.rows) {
          if (row.kind === 'other') continue;
          const t = row.amounts[identity.target];
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
          });
        }
      }
    }
  },
});
