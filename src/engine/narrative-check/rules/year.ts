import { defineNarrativeRule } from '../rule-types';
import { quote } from './util';

/**
 * A year other than the budget year or the one before ("2021年预算数" in a 2023 narrative: last
 * year's text not updated). Years of documents and plans are not checked: 〔2017〕, 【2020】53号,
 * （2022）15号, 2021.58号, 2021-2035年, and anything inside 《》 or “”.
 */
export const year = defineNarrativeRule({
  id: 'narrative/year',
  severity: 'warning',
  description: '文中年份应为预算年度或上一年度',
  messages: { other: '“{{quote}}”：写“{{found}}”，本说明为{{year}}年预算，应为{{year}}年或{{previous}}年，请核对是否沿用了往年文字。' },
  check(ctx) {
    const y = ctx.year;
    if (!y) return;
    for (const s of ctx.sentences) {
      const text = s.folded;
      const quoted = spans(text, /《[^》]*》|<[^>]*>|"[^"]*"|“[^”]*”/g);
      for (const m of text.matchAll(/(?<![\d.\-—~～])(19|20)\d{2}(?![\d.])\s*年?/g)) {
        const n = Number(m[0].slice(0, 4));
        // The year after is a plan or a deadline (绩效目标: “2027年12月31日前完成…”), never text copied from an old year.
        if (n === y || n === y - 1 || n === y + 1) continue;
        const i = m.index!;
        const after = text.slice(i + 4);
        const beforeCh = text.slice(Math.max(0, i - 1), i);
        if (!/^\s*年/.test(after)) continue;
        if (quoted.some(([a, b]) => i >= a && i < b)) continue;
        if (/^[\])）】〕]/.test(after) || /[[(（【〔]/.test(beforeCh)) continue;
        if (/^\s*年?\s*[-—~～至到]\s*(19|20)?\d{2}/.test(after) || /[-—~～至到]\s*$/.test(text.slice(0, i))) continue;
        if (/^\s*年\s*(度)?(以来|以前|及以前|及以往|以往|起|开始|至今|版)/.test(after) || /(自|从|截至|截止|始于|于)\s*$/.test(text.slice(0, i))) continue;
        ctx.report({ messageId: 'other', data: { quote: quote(s.text), found: `${n}年`, year: y, previous: y - 1 }, line: s.line, sentence: s.text, stated: `${n}年`, expected: `${y}年` });
      }
    }
  },
});

function spans(text: string, re: RegExp): Array<[number, number]> {
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
}
