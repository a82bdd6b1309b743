import { defineNarrativeRule } from '../rule-types';
import { quote } from './util';

/** "占45.47，" / "增长13.83，": a share or rate written without %. It is still checked as a percentage. */
export const percentSign = defineNarrativeRule({
  id: 'narrative/percent-sign',
  severity: 'error',
  description: '占比、增长率应带百分号',
  messages: { missing: '“{{quote}}”：“{{word}}{{number}}”缺少百分号，应为“{{word}}{{number}}%”。' },
  check(ctx) {
    for (const m of ctx.mentions) {
      if (!m.missingPercent || m.zone) continue;
      const line = ctx.lines[m.line - 1].folded;
      const word = /(占|增长|下降|增幅为|降幅为|增长率为|下降率为)\s*$/.exec(line.slice(0, m.start))?.[1] ?? '';
      ctx.report({ messageId: 'missing', data: { quote: quote(m.sentence), word, number: m.text }, line: m.line, sentence: m.sentence, mention: m, stated: m.text, expected: `${m.text}%` });
    }
  },
});
