import { tableName } from '../tables/table-name';
import { select } from '../model/query';
import { compareAmounts, money } from './compare';
import { defineRule } from './types';

export const balance = defineRule({
  id: 'balance',
  severity: 'error',
  behaviour: { roundingStated: 'warning' },
  description: '收支平衡：表1、表4 收入总计 = 支出总计',
  messages: {
    mismatch: '{{table}}{{what}}不平衡：{{leftLabel}}{{left}}{{unit}}，{{rightLabel}}{{right}}{{unit}}，相差{{diff}}{{unit}}。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      for (const identity of table.def.identities) {
        if (identity.kind !== 'balance') continue;
        if (ctx.only && !ctx.only(identity)) continue;
        const l = select([table], { ...identity.left, table: table.def.id });
        const r = select([table], { ...identity.right, table: table.def.id });
        if (!l || !r) continue;
        const cmp = compareAmounts(l.amount, r.amount, table.unit, ctx.settings);
        if (cmp.equal) continue;
        ctx.report({
          messageId: 'mismatch',
          data: { table: tableName(table.def), what: identity.label, leftLabel: l.label, rightLabel: r.label, left: money(l.amount, table.unit), right: money(r.amount, table.unit), diff: money(cmp.difference, table.unit), unit: table.unit },
          tables: [table.def.id],
          unit: table.unit,
          sides: [
            { label: l.label, cells: l.cells, amount: l.amount },
            { label: r.label, cells: r.cells, amount: r.amount },
          ],
          difference: cmp.difference,
          rounding: cmp.rounding,
          roundingLimit: cmp.roundingLimit,
        });
      }
    }
  },
});
