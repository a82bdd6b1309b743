import type { Mention } from '../mentions';
import { defineNarrativeRule, type NarrativeRuleContext } from '../rule-types';
import { isFigure, quote, wanText } from './util';

/**
 * Figures a 情况说明 often states in more than one place, that the tables may not give (only the
 * clerk knows them): each is known by the words right before its amount. `not` keeps out the
 * figure's parts (政府采购货物预算, 一般公共预算拨款政府采购) and neighbours; a part after 其中 is never the whole.
 */
const FIGURES: Array<{ name: string; before: RegExp; not?: RegExp }> = [
  { name: '政府采购预算', before: /政府采购(?:预算)?(?:总额|合计|金额)?(?:为|共|安排)?\s*$/, not: /货物|工程|服务|中小|小微|预留|拨款|资金|基金/ },
  { name: '面向中小企业预留政府采购项目预算', before: /面向中小企业预留(?:政府采购)?(?:项目)?(?:预算)?(?:金额)?(?:为|共)?\s*$/, not: /小微/ },
  { name: '机关运行经费', before: /机关运行经费(?:预算)?(?:财政拨款)?(?:为|共|安排)?\s*$/ },
  { name: '“三公”经费', before: /"三公"经费(?:预算)?(?:数)?(?:为|共|合计)?\s*$/ },
];

/** The words between the previous number of the line (or its start) and the mention. */
function before(ctx: NarrativeRuleContext, m: Mention): string {
  const line = ctx.lines[m.line - 1].folded;
  const prev = ctx.mentions.filter((x) => x.line === m.line && x.end <= m.start).pop();
  return line.slice(prev ? prev.end : 0, m.start);
}

/** The sentence up to the mention: last year's figure ("上年", "2022年") is another figure. */
function otherYear(ctx: NarrativeRuleContext, m: Mention): boolean {
  const lead = ctx.lines[m.line - 1].folded.slice(0, m.start).split(/[。；;]/).pop() ?? '';
  if (/上年|去年|上一年|以前年度/.test(lead)) return true;
  return ctx.year !== undefined && Array.from(lead.matchAll(/(20\d\d)\s*年/g)).some((y) => Number(y[1]) !== ctx.year);
}

/** The same figure stated twice agrees with itself: 政府采购预算 3253.47 in one place is not 3235.47 in another. */
export const sameFigure = defineNarrativeRule({
  id: 'narrative/same-figure',
  severity: 'error',
  description: '同一数字在文中多处出现时应前后一致',
  messages: { differs: '“{{quote}}”：{{name}}写为{{stated}}万元，与第{{line}}行所写的{{other}}万元不一致，同一数字前后应相同。' },
  check(ctx) {
    for (const figure of FIGURES) {
      const ms = ctx.mentions.filter(
        (m) => isFigure(m) && m.kind === 'amount' && m.unit === '万元' && figure.before.test(before(ctx, m)) && !figure.not?.test(before(ctx, m)) && !/其中|包括/.test(before(ctx, m)) && !otherYear(ctx, m),
      );
      if (ms.length < 2) continue;
      // The reference: a statement the tables confirmed, else the first one.
      const reference = ms.find((m) => ctx.tableChecked.has(m) && !ctx.tableWrong.has(m)) ?? ms[0];
      for (const m of ms) {
        if (m === reference) continue;
        if (ctx.wan(m).eq(ctx.wan(reference))) {
          ctx.verify([m, reference], '与文中另一处所写相同');
          continue;
        }
        // A statement the tables found wrong is their finding already.
        if (ctx.tableWrong.has(m)) continue;
        ctx.verify([m, reference], '与文中另一处所写核对');
        ctx.report({
          messageId: 'differs',
          data: { quote: quote(m.sentence), name: figure.name, stated: wanText(ctx.wan(m)), line: reference.line, other: wanText(ctx.wan(reference)) },
          line: m.line,
          sentence: m.sentence,
          mention: m,
          stated: m.text,
          expected: reference.text,
        });
      }
    }
  },
});
