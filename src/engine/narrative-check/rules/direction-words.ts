import { defineNarrativeRule } from '../rule-types';
import { changeTriples, quote } from './util';

/** The largest change (%) “基本持平” may describe. */
const ROUGHLY_FLAT_PERCENT = 5;

/** 增加 goes with 增长, 减少 with 下降; 持平 means no change at all. */
export const directionWords = defineNarrativeRule({
  id: 'narrative/direction-words',
  severity: 'error',
  description: '增加/减少与增长/下降应一致；“持平”即没有变化',
  messages: {
    disagree: '“{{quote}}”：前写“{{changeWord}}{{change}}”，后写“{{rateWord}}{{rate}}”，增减方向前后矛盾。',
    chiping: '“{{quote}}”：写“持平”，但同句给出{{word}}{{change}}，持平应为增减额0万元。',
  },
  check(ctx) {
    for (const t of changeTriples(ctx)) {
      const { change, rate } = t;
      if (rate && change.direction && rate.direction && change.direction !== rate.direction && !change.value.isZero() && !rate.value.isZero()) {
        ctx.report({
          messageId: 'disagree',
          data: { quote: quote(t.sentence.text), changeWord: change.word ?? '', change: change.text, rateWord: rate.word ?? '', rate: rate.text },
          line: t.sentence.line,
          sentence: t.sentence.text,
          mention: rate,
          stated: `${rate.word}${rate.text}`,
        });
      }
      // “与上年基本持平” after a change of a few per cent is the usual wording (杭州: 下降0.3%，与上年基本持平).
      const roughly = /(?:基本|大致|大体|总体)持平/.test(t.sentence.folded) && (!rate || rate.value.abs().lte(ROUGHLY_FLAT_PERCENT));
      if (/持平/.test(t.sentence.folded) && !change.value.isZero() && !roughly) {
        ctx.report({ messageId: 'chiping', data: { quote: quote(t.sentence.text), word: change.word ?? '', change: change.text }, line: t.sentence.line, sentence: t.sentence.text, mention: change, stated: change.text, expected: '0万元' });
      }
    }
  },
});
