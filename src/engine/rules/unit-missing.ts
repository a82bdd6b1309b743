import { tableWithTitle } from '../tables/table-name';
import { defineRule } from './types';

export const unitMissing = defineRule({
  id: 'unit-missing',
  severity: 'warning',
  description: '表头应注明金额单位（单位：万元 / 元）',
  messages: {
    missing: '{{table}}未注明金额单位，已按{{unit}}处理；请在表头写明“单位：万元”或“单位：元”。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      if (table.unitRef) continue;
      ctx.report({
        messageId: 'missing',
        data: { table: tableWithTitle(table.def), title: table.def.title, unit: table.unit },
        tables: [table.def.id],
        sides: [],
        target: table.titleRef ?? { sheet: table.sheet, row: table.range.top, col: table.range.left },
      });
    }
  },
});
