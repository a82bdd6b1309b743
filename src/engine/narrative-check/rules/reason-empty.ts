import { defineNarrativeRule } from '../rule-types';
import type { NarrativeLine } from '../rule-types';
import { quote } from './util';

/** "主要原因是：。": the reason announced and not given. */
export const reasonEmpty = defineNarrativeRule({
  id: 'narrative/reason-empty',
  severity: 'error',
  description: '“主要原因是”后应写明原因',
  messages: { empty: '“{{quote}}”：“主要原因是”后没有写明原因，应补写增减变化的具体原因。' },
  check(ctx) {
    for (const s of ctx.sentences) {
      const re = /主要(?:增加|减少|增减)?原因(?:是|为|有)?[:：]?\s*/g;
      for (const m of s.folded.matchAll(re)) {
        const rest = s.folded.slice(m.index! + m[0].length).replace(/[\s。；;，,、.:：]+/g, '');
        // A PDF's text breaks lines inside a sentence: the reason may start on the next line.
        if (rest === '' && continuesOnNextLine(ctx.lines, s.line, s.folded)) continue;
        if (rest === '' || /^(无|略|待填写)$/.test(rest)) ctx.report({ messageId: 'empty', data: { quote: quote(s.text) }, line: s.line, sentence: s.text });
      }
    }
  },
});

function continuesOnNextLine(lines: NarrativeLine[], line: number, sentence: string): boolean {
  const here = lines[line - 1];
  const next = lines[line];
  if (!here || !next || next.heading || next.folded.trim() === '') return false;
  return !/[。；;]\s*$/.test(here.folded) && here.folded.trimEnd().endsWith(sentence.trimEnd());
}
