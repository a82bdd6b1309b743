import { tableName } from '../tables/table-name';
import { formatRef } from '../grid/address';
import { isUnplacedLine } from '../model/query';
import { defineRule } from './types';

/** Up to this many unknown rows of a block are reported one by one. */
const MAX_LISTED = 3;

export const unknownRow = defineRule({
  id: 'unknown-row',
  severity: 'warning',
  description: '表内有金额但无法识别科目编码或项目名称的行，不参与校验',
  messages: {
    unknown: '{{table}}第{{row}}行（{{cell}}「{{name}}」）有金额，但识别不出科目编码或项目，未参与校验；请检查编码是否填写完整。',
    many: '{{table}}有{{count}}行有金额，但识别不出科目编码或项目（如{{examples}}），未参与校验：如表按单位或项目列示，这些行本不按科目核对；否则请检查编码是否填写完整。',
    unknownName: '{{table}}第{{row}}行（{{cell}}「{{name}}」）有金额，但表中未印科目编码，这一名称在其上的类、款之下也认不出科目（本工具收录的科目名称中没有），未参与校验；补上科目编码即可核对。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      for (const block of table.blocks) {
        if (block.def.detailRows) continue;
        const unknown = block.rows.filter((row) => isUnplacedLine(row) && !Object.values(row.amounts).every((a) => a.blank));
        // Many such rows are the table's layout (rows by 单位, names without codes), one cause: one finding listing them.
        if (unknown.length > MAX_LISTED) {
          const examples = unknown.slice(0, MAX_LISTED).map((row) => `第${row.row + 1}行「${row.name || '（空）'}」`).join('、');
          ctx.report({ messageId: 'many', data: { table: tableName(table.def), count: unknown.length, examples }, tables: [table.def.id], sides: [], target: unknown[0].labelRef });
          continue;
        }
        // A 功能分类 table printed by names alone (杭州): the name is what could not be placed, not a code.
        const namesOnly = block.def.kind === 'coded' && block.def.codeScheme !== 'economic' && block.codeCols.length === 0 && block.rows.some((r) => r.kind === 'class');
        for (const row of unknown) {
          ctx.report({
            messageId: namesOnly ? 'unknownName' : 'unknown',
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
