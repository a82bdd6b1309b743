import Decimal from 'decimal.js';
import { defineNarrativeRule } from '../rule-types';
import type { Mention } from '../mentions';
import { isFigure, quote } from './util';

/**
 * The shares of one whole add up to 100%: the 占 x% of one (sub)section, when they are of one
 * whole (together within 5 points of 100; otherwise they are shares of different wholes). Plain
 * rounding may leave up to half a last digit per share, each share's own.
 */
export const sharesSum = defineNarrativeRule({
  id: 'narrative/shares-sum',
  refs: ['J-N08'],
  severity: 'error',
  description: '同一总数下各项占比之和应为100%',
  messages: {
    notHundred: '“{{quote}}”：本部分各项占比之和为{{sum}}%（{{formula}}），不等于100%。',
  },
  check(ctx) {
    const groups: Mention[][] = [];
    let current: Mention[] = [];
    let key = '';
    for (const l of ctx.lines) {
      const k = `${l.section ?? ''}`;
      if (l.heading || k !== key) {
        if (current.length) groups.push(current);
        current = [];
        key = k;
      }
      current.push(...ctx.mentions.filter((m) => m.line === l.line && isFigure(m) && m.kind === 'share'));
    }
    if (current.length) groups.push(current);
    for (const g of groups) {
      if (g.length < 2) continue;
      const sum = g.reduce((a, m) => a.plus(m.value), new Decimal(0));
      if (sum.minus(100).abs().gt(5)) continue;
      const decimals = Math.max(...g.map((m) => m.decimals));
      // Each share may be off by half its own last digit (杭州: 1.6%, 0.004%, 5.1% …: the 1-decimal ones set the slack).
      const slack = g.reduce((a, m) => a.plus(new Decimal(10).pow(-m.decimals).div(2)), new Decimal(0));
      if (sum.minus(100).abs().lte(slack)) {
        ctx.verify(g, '各项占比之和为100%');
        continue;
      }
      ctx.report({
        messageId: 'notHundred',
        data: { quote: quote(g[0].sentence), sum: sum.toFixed(decimals), formula: g.map((m) => m.value.toFixed(m.decimals)).join('+') },
        line: g[0].line,
        sentence: g[0].sentence,
        stated: `${sum.toFixed(decimals)}%`,
        expected: '100%',
      });
    }
  },
});
