import { tableName } from '../tables/table-name';
import { defineRule } from './types';

/** Tables whose 功能分类 must reach 项 and whose 经济分类 must reach 款 (公开检查's 细化 requirement). */
export const detailDepth = defineRule({
  id: 'detail-depth',
  severity: 'warning',
  description: '支出功能分类应细化到项级科目，基本支出经济分类应细化到款级科目',
  messages: {
    shallow: '{{table}}「{{row}}」没有细化到{{level}}级科目，公开要求功能分类到项、经济分类到款。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      // The requirement is the national tables'; a table a region adds (广州 基本支出 by 单位 and 类) has its own depth.
      if (table.def.number === 0) continue;
      for (const block of table.blocks) {
        if (block.def.kind !== 'coded' || block.def.id === 'expense') continue;
        const deepest = block.def.codeScheme === 'economic' ? 2 : 3;
        for (const row of block.rows) {
          // A line under it no name placed (row.partial) may be its 项: the table says nothing of its depth.
          if (!row.code || row.level === undefined || row.level >= deepest || row.partial) continue;
          // 经济分类 codes (3xx) in a 功能分类 table (广州 表7 lists projects by 经济分类): 款 is as deep as they go.
          if (deepest === 3 && row.code.startsWith('3') && row.level >= 2) continue;
          const hasChild = block.rows.some((r) => r !== row && r.code?.startsWith(row.code!) && (r.level ?? 0) > row.level!);
          if (hasChild) continue;
          if (Object.values(row.amounts).every((a) => a.blank || a.value.isZero())) continue;
          ctx.report({
            messageId: 'shallow',
            data: { table: tableName(table.def), row: `${row.code} ${row.name}`, level: deepest === 2 ? '款' : '项' },
            tables: [table.def.id],
            sides: [],
            target: row.labelRef,
          });
        }
      }
    }
  },
});
