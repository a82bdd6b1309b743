import { defineRule } from './types';

export const missingTable = defineRule({
  id: 'missing-table',
  // 提示 only: a table the recognizer did not find may still be there, under a title or header it does not know.
  severity: 'warning',
  description: '公开表完整性：应公开的表均已找到',
  messages: {
    required: '未识别到表{{number}}「{{title}}」：部门预算公开必须包含此表（无数据时也应公开空表并注明）；如已公开，请检查其标题和表头是否完整。',
    optional: '未找到表{{number}}「{{title}}」：如本地区要求公开此表，请补充。',
  },
  check(ctx) {
    if (ctx.tables.length === 0) return;
    const found = new Set(ctx.tables.flatMap((t) => [t.def.id, ...(t.def.covers ?? [])]));
    for (const def of ctx.profile.tables) {
      // A table a region adds (number 0) is never asked for.
      if (found.has(def.id) || def.number === 0) continue;
      ctx.report({
        messageId: def.required ? 'required' : 'optional',
        data: { number: def.number, title: def.title },
        tables: [def.id],
        sides: [],
      });
    }
  },
});
