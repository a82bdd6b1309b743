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
    const numbered = ctx.tables.filter((t) => t.printedNumber !== undefined && t.def.number > 0);
    const differ = numbered.filter((t) => t.printedNumber !== t.def.number);
    // Most tables numbered otherwise is the region's own numbering (深圳 表4 基本支出总表…), not a slip on each table.
    if (differ.length >= 3 && differ.length > numbered.length - differ.length) {
      ctx.skip({ tables: differ.map((t) => t.def.id), reason: `${differ.length}张表的表号与“${ctx.profile.name}”不同，按本地区表样编号，未逐表提示表号` });
      return;
    }
    // A whole set numbered 1…N, each number once, some in another order (杭州 表7 “三公”, 表10 项目支出; 广州's twelve):
    // the region's numbering. A slip shows as a number printed twice or past the set.
    const printed = numbered.map((t) => t.printedNumber!);
    const coherent = numbered.length >= 5 && new Set(printed).size === printed.length && printed.every((n) => n >= 1 && n <= ctx.tables.length);
    if (differ.length > 0 && coherent) {
      ctx.skip({ tables: differ.map((t) => t.def.id), reason: `${numbered.length}张表各有一个不重复的表号，其中${differ.length}张与“${ctx.profile.name}”不同，按本地区表样编号，未逐表提示表号` });
      return;
    }
    for (const table of differ) {
      ctx.report({
        messageId: 'mismatch',
        data: { title: table.titleText ?? table.def.title, printed: table.printedNumber ?? '', expected: table.def.number, profile: ctx.profile.name },
        tables: [table.def.id],
        sides: [],
        target: table.titleRef,
      });
    }
  },
});
