import { tableName } from '../tables/table-name';
import Decimal from 'decimal.js';
import { columnLabel, effectiveItem, findBlock, findItemRow } from '../model/query';
import { compareAmounts, money } from './compare';
import { defineRule } from './types';

export const itemSum = defineRule({
  id: 'item-sum',
  severity: 'error',
  behaviour: { roundingStated: 'warning' },
  description: '收支项目的构成：如 本年收入 = 各项收入之和，一般公共预算拨款 = 其中各项之和，“三公”合计 = 各项之和',
  messages: {
    mismatch: '{{table}}「{{target}}」{{col}}{{left}}{{unit}}，与{{parts}}之和{{right}}{{unit}}不相等，相差{{diff}}{{unit}}。',
    exceeds: '{{table}}「{{target}}」{{col}}{{left}}{{unit}}，小于其中{{parts}}之和{{right}}{{unit}}，其中数不应超过总数，相差{{diff}}{{unit}}。',
    blankParent: '{{table}}「{{target}}」{{col}}未填写，但其中{{parts}}合计{{right}}{{unit}}，请补填。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      for (const identity of table.def.identities) {
        if (identity.kind !== 'item-sum') continue;
        if (ctx.only && !ctx.only(identity)) continue;
        const block = findBlock(table, identity.block);
        if (!block) continue;
        const targetRow = findItemRow(block, identity.target);
        const presentParts = identity.parts.filter((p) => findItemRow(block, p));
        if (!targetRow || presentParts.length === 0) continue;
        // A 其中 list the table prints only in part can show no more than its parent.
        const op = presentParts.length === identity.parts.length || identity.complete ? identity.op : 'le';
        const rowName = (role: string) => (role === 'total' ? '合计' : block.def.rows?.find((r) => r.role === role)?.label ?? role);
        for (const col of block.columns) {
          // A rate column (增减幅度) is no amount: its rows do not add up.
          if (block.def.columns.some((c) => c.role === col.role && c.percent)) continue;
          const target = targetRow.amounts[col.role];
          // A column the row has no cell in (a 三公 printed across whose 决算数 header under one item is blank) was
          // not read for that item: nothing to compare.
          if (!target) continue;
          const parts = presentParts.map((p) => ({ role: p, e: effectiveItem(block, p, col.role, table.def.identities) }));
          const filled = parts.filter((p) => p.e && !p.e.blank);
          const sum = filled.reduce((s, p) => s.plus(p.e!.amount), new Decimal(0));
          const partNames = presentParts.map(rowName).join('、');
          const sides = (left: Decimal) => [
            { label: rowName(identity.target), cells: [target.ref], amount: left },
            { label: partNames, cells: filled.flatMap((p) => p.e!.cells.map((c) => c.ref)), amount: sum },
          ];
          const data = { table: tableName(table.def), target: rowName(identity.target), col: columnLabel(block, col.role), parts: partNames, unit: table.unit };
          if (target.blank) {
            if (sum.isZero()) continue;
            ctx.report({
              messageId: 'blankParent',
              severity: 'warning',
              // Name only the 其中 lines that hold the amount, not every empty one.
              data: { ...data, parts: filled.map((p) => rowName(p.role)).join('、'), right: money(sum, table.unit) },
              tables: [table.def.id],
              unit: table.unit,
              sides: sides(new Decimal(0)),
              difference: sum.negated(),
            });
            continue;
          }
          const cmp = compareAmounts(target.value, sum, table.unit, ctx.settings, filled.length);
          if (cmp.equal || (op === 'le' && cmp.difference.gt(0))) continue;
          ctx.report({
            messageId: op === 'le' ? 'exceeds' : 'mismatch',
            data: { ...data, left: money(target.value, table.unit), right: money(sum, table.unit), diff: money(cmp.difference, table.unit) },
            tables: [table.def.id],
            unit: table.unit,
            sides: sides(target.value),
            difference: cmp.difference,
            rounding: cmp.rounding,
            roundingLimit: cmp.roundingLimit,
          });
        }
      }
    }
  },
});
