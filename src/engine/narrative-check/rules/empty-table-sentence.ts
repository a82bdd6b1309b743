import { tableWithTitle } from '../../tables/table-name';
import { blockIsEmpty } from '../../model/query';
import type { RecognizedTable } from '../../recognize/types';
import { defineNarrativeRule } from '../rule-types';
import { quote } from './util';

/** The tables an 为空表 sentence may name, by the words of their titles. */
const KINDS: Array<{ key: 'govFund' | 'soe' | 'threePublic'; words: RegExp; title: string }> = [
  { key: 'govFund', words: /政府性基金/, title: '政府性基金预算支出情况表' },
  { key: 'soe', words: /国有资本经营/, title: '国有资本经营预算支出情况表' },
  { key: 'threePublic', words: /三公/, title: '“三公”经费支出情况表' },
];

/**
 * "…表为空表": the table it names must be the section's own (a 政府性基金 section naming the
 * 国有资本经营 table is a copy slip), and that table must have no data.
 */
export const emptyTableSentence = defineNarrativeRule({
  id: 'narrative/empty-table-sentence',
  severity: 'error',
  description: '“为空表”的说明应指向本节对应的表，且该表确无数据',
  messages: {
    wrongTable: '“{{quote}}”：本节说明{{sectionTitle}}，却写“{{named}}为空表”，应为“{{sectionTitle}}为空表”。',
    hasData: '“{{quote}}”：说明为空表，但{{table}}有数据（{{sheet}}），应据表说明其收支。',
  },
  check(ctx) {
    for (const s of ctx.sentences) {
      if (!/为空表|是空表/.test(s.folded)) continue;
      // The table named just before 为空表 (the sentence may name the section's funds earlier).
      const head = s.folded.slice(0, s.folded.search(/为空表|是空表/));
      const named = KINDS.map((k) => ({ k, at: Math.max(...[...head.matchAll(new RegExp(k.words.source, 'g'))].map((m) => m.index!), -1) }))
        .filter((x) => x.at >= 0)
        .sort((a, b) => b.at - a.at)[0]?.k;
      const own = KINDS.find((k) => k.key === s.section);
      if (own && named && named.key !== own.key) {
        ctx.report({ messageId: 'wrongTable', data: { quote: quote(s.text), sectionTitle: own.title, named: named.title }, line: s.line, sentence: s.text, stated: named.title, expected: own.title });
        continue;
      }
      const kind = named ?? own;
      if (!kind) continue;
      const table = tableOf(ctx.analysis.tables, kind.words);
      if (table && !table.blocks.every(blockIsEmpty)) {
        ctx.report({
          messageId: 'hasData',
          data: { quote: quote(s.text), table: tableWithTitle(table.def), title: table.def.title, sheet: table.sheet },
          line: s.line,
          sentence: s.text,
          ...(table.titleRef ? { cells: [table.titleRef] } : {}),
        });
      }
    }
  },
});

function tableOf(tables: RecognizedTable[], words: RegExp): RecognizedTable | undefined {
  return tables.find((t) => words.test(t.def.title) && !/收支总|财政拨款收支/.test(t.def.title));
}
