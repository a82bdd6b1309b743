import { defineRule } from './types';

export const tableNumber = defineRule({
  id: 'table-number',
  severity: 'warning',
  description: '表格编号（表N）应与所选公开表配置一致',
  messages: {
    mismatch:
      '「{{title}}」标为表{{printed}}，而“{{profile}}”中它是表{{expected}}。如本地区的表样不同，请在设置中选择相应的公开表配置；否则请更正表号。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      if (table.printedNumber === undefined || table.printedNumber === table.def.number || table.def.number === 0) continue;
      ctx.report({
        messageId: 'mismatch',
        data: { title: table.titleText ?? table.def.title, printed: table.printedNumber, expected: table.def.number, profile: ctx.profile.name },
        tables: [table.def.id],
        sides: [],
        target: table.titleRef,
      });
    }
  },
});
