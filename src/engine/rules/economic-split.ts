import { tableName } from '../tables/table-name';
import Decimal from 'decimal.js';
import { columnLabel, findBlock } from '../model/query';
import { compareAmounts, money } from './compare';
import { defineRule } from './types';

const ZERO = new Decimal(0);

/** Reads the tables' class-column identities (表6: 人员经费 = 301 + 303, 公用经费 = the other 类). */
export const economicSplit = defineRule({
  id: 'economic-split',
  severity: 'warning',
  behaviour: { roundingStated: 'warning' },
  description: '按经济分类拆分的列（如表6人员经费、公用经费）应等于其所含各类科目之和',
  messages: {
    mismatch: '{{table}}{{col}}合计{{left}}{{unit}}，与{{classes}}之和{{right}}{{unit}}不一致，相差{{diff}}{{unit}}。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      for (const identity of table.def.identities) {
        if (identity.kind !== 'class-column') continue;
        if (ctx.only && !ctx.only(identity)) continue;
        const block = findBlock(table, identity.block);
        const totalCell = block?.total?.amounts[identity.col];
        if (!block || !totalCell) continue;
        const classes = block.rows.filter((r) => r.kind === 'class' && r.code);
        if (classes.length === 0) continue;
        const listed = Array.isArray(identity.classes) ? identity.classes : identity.classes.except;
        const wanted = (code: string) => listed.includes(code) === Array.isArray(identity.classes);
        const rows = classes.filter((r) => wanted(r.code!) && r.amounts[identity.source]);
        const sum = rows.reduce((s, r) => s.plus(r.amounts[identity.source].value), ZERO);
        const cmp = compareAmounts(totalCell.value, sum, table.unit, ctx.settings);
        if (cmp.equal) continue;
        const col = columnLabel(block, identity.col);
        ctx.report({
          messageId: 'mismatch',
          data: {
            table: tableName(table.def),
            col,
            classes: identity.classesLabel,
            left: money(totalCell.value, table.unit),
            right: money(sum, table.unit),
            diff: money(cmp.difference, table.unit),
            unit: table.unit,
          },
          tables: [table.def.id],
          unit: table.unit,
          sides: [
            { label: `${col}合计`, cells: [totalCell.ref], amount: totalCell.value },
            { label: rows.map((r) => `${r.code} ${r.name}`).join('+') || '（无）', cells: rows.map((r) => r.amounts[identity.source].ref), amount: sum },
          ],
          difference: cmp.difference,
          rounding: cmp.rounding,
          roundingLimit: cmp.roundingLimit,
        });
      }
    }
  },
});
