import { defineNarrativeRule } from '../rule-types';
import { changeTriples, quote } from './util';

const ITEMS: Array<[RegExp, string]> = [
  [/因公出国[(（]?境[)）]?|出国[(（]境[)）]/, '因公出国（境）费'],
  [/公务接待/, '公务接待费'],
  [/公务用车购置/, '公务用车购置费'],
  [/公务用车运行|车辆运行|运行维护/, '公务用车运行费'],
];

/** The 三公 paragraph names its four items, and every change it states has a reason. */
export const threePublic = defineNarrativeRule({
  id: 'narrative/three-public',
  severity: 'warning',
  description: '“三公”经费说明应列出四项，并说明增减变化的原因',
  messages: {
    missingItem: '“三公”经费部分没有写{{item}}（即使为0也应写明“{{item}}0万元”或“未安排”）。',
    noReason: '“{{quote}}”：{{word}}{{change}}，没有说明原因，应写明“主要原因是……”。',
  },
  check(ctx) {
    const lines = ctx.lines.filter((l) => l.section === 'threePublic');
    if (lines.length === 0) return;
    const text = lines.map((l) => l.folded).join('\n');
    // Both 购置 and 运行 are covered by "公务用车购置及运行费".
    const both = /公务用车购置及运行/.test(text);
    for (const [re, item] of ITEMS) {
      if (re.test(text) || (both && /公务用车/.test(item))) continue;
      ctx.report({ messageId: 'missingItem', data: { item }, line: lines[0].line, sentence: lines[0].raw.trim(), section: 'threePublic' });
    }
    for (const t of changeTriples(ctx)) {
      if (t.sentence.section !== 'threePublic' || t.change.value.isZero()) continue;
      const l = ctx.lines[t.sentence.line - 1].folded;
      // A line cut before its sentence ends (text taken from a PDF: "…减少3万元，主" / "要原因是…") goes on below.
      const below = ctx.lines[t.sentence.line]?.folded ?? '';
      const rest = l.slice(t.change.end) + (/[。；;]\s*$/.test(l) ? '' : below);
      if (/原因|由于|因为|系|主要是|用于/.test(rest.split(/[。]/)[0] ?? '') || /原因|由于|因为/.test(t.sentence.folded)) continue;
      // The reason in the very next sentence: "…下降23.70%。下降的原因主要是…" (宜宾).
      const next = ctx.sentences[ctx.sentences.indexOf(t.sentence) + 1];
      if (next && next.line === t.sentence.line && /^.{0,8}(原因|由于|因为)/.test(next.folded)) continue;
      // A total broken down item by item: "…比2025年预算减少23.10万元。其中：" with each item's reason below (上海).
      const itemized = /^[。，,；;]?\s*其中\s*[:：]?/.test(rest) || (next?.line === t.sentence.line && /^\s*其中/.test(next.folded));
      if (itemized && lines.some((x) => x.line > t.sentence.line && /原因|由于|因为/.test(x.folded))) continue;
      ctx.report({ messageId: 'noReason', data: { quote: quote(t.sentence.text), word: t.change.word ?? '', change: t.change.text }, line: t.sentence.line, sentence: t.sentence.text, mention: t.change });
    }
  },
});
