import { findTable } from '../../model/query';
import { cleanName } from '../../narrative/tables';
import type { RecognizedRow } from '../../recognize/types';
import { foldSubject } from '../mentions';
import { defineNarrativeRule } from '../rule-types';
import { sectionText } from './section-text';

/** "1、…（类）…（款）行政运行（项）。主要用于：…" item starts in 五（三）, joined. */
const ITEM = /(?:^|[。:：])(\d{1,2})[、.．]/g;

/**
 * Slips a reviewer flags in the per-项 items of 一般公共预算财政拨款支出决算具体情况 (juesuan.md J-N21): one
 * item compared with a base the others do not use (全年预算为… but 决算数小于预算数), and a 项 given the use of
 * another 项 of the table (住房公积金 "主要用于：事业单位医疗保险支出", GovBudgetChecker R005).
 */
export const itemWording = defineNarrativeRule({
  id: 'narrative/item-wording',
  refs: ['J-N21'],
  severity: 'warning',
  description: '一般公共预算财政拨款支出各项说明的比较口径和用途应与该项一致',
  messages: {
    mixedBase: '第{{n}}项“{{name}}”写的是{{base}}预算，比较时却写“决算数{{word}}预算数”，与其他各项的“{{base}}预算数”口径不一致，应写“决算数{{word}}{{base}}预算数”。',
    otherUse: '第{{n}}项“{{name}}”的用途写作“{{use}}”，说的是“{{other}}”（另一项），请核对。',
  },
  check(ctx) {
    const table = findTable(ctx.analysis.tables, 'J5');
    const rows: RecognizedRow[] = table?.blocks[0]?.rows.filter((r) => r.kind === 'xiang') ?? [];
    const st = sectionText(ctx, 'gpb');
    const starts = [...st.text.matchAll(ITEM)].map((m) => ({ n: m[1], at: m.index! + m[0].indexOf(m[1]) }));
    starts.forEach((s, i) => {
      const chunk = st.text.slice(s.at, starts[i + 1]?.at ?? st.text.length);
      const pathEnd = chunk.indexOf('(项)');
      if (pathEnd < 0) return;
      const path = chunk.slice(0, pathEnd);
      const name = path.slice(Math.max(path.lastIndexOf(')') + 1, path.indexOf('、') + 1, path.indexOf('.') + 1));
      const own = rows.find((r) => foldSubject(cleanName(r.name)) === name);
      const cells = own?.amounts.total ? [own.amounts.total.ref] : [];
      const line = st.lineAt(s.at);
      const sentence = chunk.slice(0, 120);
      const base = /(全年|调整)预算数?为/.exec(chunk)?.[1];
      const bare = /决算数(大于|小于)预算数/.exec(chunk);
      if (base && bare) {
        ctx.report({ messageId: 'mixedBase', data: { n: s.n, name, base, word: bare[1] }, line: st.lineAt(s.at + bare.index), sentence, stated: `决算数${bare[1]}预算数`, expected: `决算数${bare[1]}${base}预算数`, cells });
      }
      const use = /主要用于[:：]([^。]*)/.exec(chunk)?.[1];
      if (!use || !own || use.includes(name)) return;
      const other = rows.find((r) => r !== own && r.code?.slice(0, 3) !== own.code?.slice(0, 3) && cleanName(r.name).length >= 4 && use.includes(foldSubject(cleanName(r.name))));
      if (other) ctx.report({ messageId: 'otherUse', data: { n: s.n, name, use, other: cleanName(other.name) }, line, sentence, stated: use, expected: `${name}的用途`, cells });
    });
  },
});
