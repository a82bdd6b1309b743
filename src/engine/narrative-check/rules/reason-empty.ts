import { defineNarrativeRule } from '../rule-types';
import { quote } from './util';

/** "主要原因是：。": the reason announced and not given. */
export const reasonEmpty = defineNarrativeRule({
  id: 'narrative/reason-empty',
  severity: 'error',
  description: '“主要原因是”后应写明原因',
  messages: { empty: '“{{quote}}”：“主要原因是”后没有写明原因，应补写增减变化的具体原因。' },
  check(ctx) {
    // A line that stops mid-sentence (a PDF copy's wrap) continues on the next line that has text.
    const continues = (line: number) => {
      const next = ctx.lines.slice(line).find((l) => l.folded.trim() !== '');
      return !!next && !next.heading;
    };
    for (const s of ctx.sentences) {
      const re = /主要(?:增加|减少|增减)?原因(?:是|为|有)?[:：]?\s*/g;
      for (const m of s.folded.matchAll(re)) {
        const rest = s.folded.slice(m.index! + m[0].length).replace(/[\s。；;，,、.:：]+/g, '');
        // A PDF's text breaks lines inside a sentence: the reason may start on the next line.
        if (rest === '' && !/[。；;]\s*$/.test(s.folded) && continues(s.line)) continue;
        if (rest === '' || /^(无|略|待填写)$/.test(rest)) ctx.report({ messageId: 'empty', data: { quote: quote(s.text) }, line: s.line, sentence: s.text });
      }
    }
  },
});

