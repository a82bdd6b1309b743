import { tableName } from '../tables/table-name';
import { formatRef } from '../grid/address';
import { columnLabel, rowLabel } from '../model/query';
import { defineRule } from './types';

export const badCell = defineRule({
  id: 'bad-cell',
  severity: 'error',
  behaviour: { problemCells: 'report' },
  description: '金额单元格中出现文字或错误值（如 #REF!、#DIV/0!），无法参与计算',
  messages: {
    error: '{{table}}「{{row}}」{{col}}（{{cell}}）是错误值 {{value}}，请修正公式或引用。该单元格按0计算。',
    text: '{{table}}「{{row}}」{{col}}（{{cell}}）填的是文字“{{value}}”，不是金额。该单元格按0计算。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      for (const block of table.blocks) {
        for (const row of block.rows) {
          for (const [role, amount] of Object.entries(row.amounts)) {
            // A column read as this year's cells plus the carry-over's: each cell is reported at itself.
            for (const cell of amount.staged ? amount.parts! : [amount]) {
              if (!cell.problem) continue;
              ctx.report({
                messageId: cell.problem.kind,
                data: { table: tableName(table.def), row: rowLabel(block, row), col: columnLabel(block, role), cell: formatRef(cell.ref), value: cell.problem.text },
                tables: [table.def.id],
                unit: table.unit,
                sides: [],
                target: cell.ref,
              });
            }
          }
        }
      }
    }
  },
});
