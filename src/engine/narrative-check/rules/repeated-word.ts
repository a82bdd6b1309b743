import { defineNarrativeRule } from '../rule-types';
import { quote } from './util';

/** A word written twice in a row: "增加增加", "预算预算". */
const ALLOWED = /^(研究|讨论|看看|了解|谢谢|常常|天天|年年|人人|事事|处处|层层|步步|渐渐)$/;

export const repeatedWord = defineNarrativeRule({
  id: 'narrative/repeated-word',
  severity: 'error',
  description: '不应有重复的词（增加增加）',
  messages: { repeated: '“{{quote}}”：“{{word}}”重复写了两次，应为“{{once}}”。' },
  check(ctx) {
    for (const s of ctx.sentences) {
      for (const m of s.folded.matchAll(/([\u4e00-\u9fa5]{2,4})\1/g)) {
        if (ALLOWED.test(m[1]) || /^(.)\1$/.test(m[1])) continue;
        ctx.report({ messageId: 'repeated', data: { quote: quote(s.text), word: m[0], once: m[1] }, line: s.line, sentence: s.text, stated: m[0], expected: m[1] });
      }
    }
  },
});
