import { tableWithTitle } from '../tables/table-name';
import { blockIsEmpty } from '../model/query';
import { defineRule } from './types';

// 为空表, 没有…支出, 无…收入, 未安排, 本表无数据, 本表本年(度)无发生额 (深圳, 广州).
const EMPTY_NOTE = /空表|没有.*(支出|收入|经费|安排)|无.*(支出|收入|经费)|未安排|本表无数据|无发生额/;

export const emptyTableNote = defineRule({
  id: 'empty-table-note',
  // A missing note is 提示 (many templates print none); a note that contradicts the data stays an error.
  severity: 'warning',
  description: '空表应注明“为空表”及原因；有数据的表不应注明为空表',
  messages: {
    missingNote: '{{table}}没有数据，但表下未注明为空表。应写明如“本单位没有使用{{subject}}拨款安排的支出，{{title}}为空表。”',
    noteOnData: '{{table}}有数据，但表下注明“{{note}}”，说明与表内数据矛盾。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      const empty = table.blocks.every(blockIsEmpty);
      const note = table.notes.find((n) => EMPTY_NOTE.test(n.text.replace(/\s/g, '')));
      const data = { table: tableWithTitle(table.def), title: table.def.title, subject: table.def.emptyNoteSubject ?? '该类资金' };
      if (empty && !note) {
        ctx.report({
          messageId: 'missingNote',
          data,
          tables: [table.def.id],
          sides: [],
          target: table.titleRef ?? { sheet: table.sheet, row: table.range.top, col: table.range.left },
        });
      } else if (!empty && note && /空表/.test(note.text)) {
        ctx.report({ messageId: 'noteOnData', severity: 'error', data: { ...data, note: note.text }, tables: [table.def.id], sides: [], target: note.ref });
      }
    }
  },
});
