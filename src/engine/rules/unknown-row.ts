import { tableName } from '../tables/table-name';
import { formatRef } from '../grid/address';
import { defineRule } from './types';

export const unknownRow = defineRule({
  id: 'unknown-row',
  severity: 'warning',
  description: '表内有金额但无法识别科目编码或项目名称的行，不参与校验',
  messages: {
    unknown: '{{table}}第{{row}}行（{{cell}}「{{name}}」）有金额，但识别不出科目编码或项目，未参与校验；请检查编码是否填写完整。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      for (const block of table.blocks) {
        if (block.def.detailRows) continue;
        for (const row of block.rows) {
          if (row.kind !== 'other') continue;
          if (Object.values(row.amounts).every((a) => a.blank)) continue;
          ctx.report({
            messageId: 'unknown',
            data: { table: tableName(table.def), row: row.row + 1, cell: formatRef(row.labelRef), name: row.name || '（空）' },
            tables: [table.def.id],
            sides: [],
            target: row.labelRef,
          });
        }
      }
    }
  },
});
