import { CHANGE_MESSAGES } from '../../compute/messages';
import { foldSubject } from '../mentions';
import { defineNarrativeRule } from '../rule-types';
import { changeTriples, priorOf, quote, wanText } from './util';

/**
 * Last year 0: there is no rate. Inspectors count "增长100%" on a zero base as a defect whichever
 * wording the department uses, so it is a 提示 even under the 004 style (`priorZeroWording`). What
 * it suggests is what the generator writes in the settings' wording style.
 */
export const zeroBaseRate = defineNarrativeRule({
  id: 'narrative/zero-base-rate',
  severity: 'warning',
  description: '上年为0时不应给出增长率，应写“上年无该预算，增长率无可比性”',
  messages: {
    fromText: '“{{quote}}”：本年{{current}}万元、增加{{change}}万元，上年为0，增长率无可比性，文中写“{{stated}}”。宜写“{{wording}}”。',
    fromTables: '“{{quote}}”：「{{subject}}」上年为0，增长率无可比性，文中写“{{stated}}”。宜写“{{wording}}”。',
  },
  check(ctx) {
    const wording = CHANGE_MESSAGES[ctx.analysis.settings.wordingStyle].notComparable;
    const seen = new Set<unknown>();
    for (const t of changeTriples(ctx)) {
      if (!t.rate || !t.current || t.rate.direction === -1) continue;
      const prior = priorOf(ctx, t);
      if (!prior || !prior.isZero() || ctx.wan(t.change).isZero()) continue;
      seen.add(t.rate);
      ctx.verify([t.current, t.change, t.rate], '上年为0（本年数=增加额）');
      ctx.report({
        messageId: 'fromText',
        data: { quote: quote(t.sentence.text), current: wanText(ctx.wan(t.current)), change: wanText(ctx.wan(t.change).abs()), stated: `${t.rate.word ?? '增长'}${t.rate.text}`, wording },
        line: t.sentence.line,
        sentence: t.sentence.text,
        mention: t.rate,
        stated: t.rate.text,
        expected: wording,
      });
    }
    for (const m of ctx.mentions) {
      if (seen.has(m) || m.kind !== 'rate' || !m.subject || m.zone || m.direction === -1 || m.value.isZero()) continue;
      const f = ctx.figures.find((x) => x.kind === 'rate' && x.conventional && x.value.isPositive() && x.section === m.section && x.subjects.some((s) => foldSubject(s) === m.subject));
      if (!f) continue;
      ctx.report({
        messageId: 'fromTables',
        data: { quote: quote(m.sentence), subject: f.subjects[0], stated: `${m.word ?? '增长'}${m.text}`, wording },
        line: m.line,
        sentence: m.sentence,
        mention: m,
        stated: m.text,
        expected: wording,
        cells: f.cells,
      });
    }
  },
});
