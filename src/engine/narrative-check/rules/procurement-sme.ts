import Decimal from 'decimal.js';
import { defineNarrativeRule } from '../rule-types';
import { sectionText } from './section-text';

const TOTAL = /政府采购(?:支出)?(?:总额|金额)(?:\(以合同签订为准\))?为?(\d+(?:\.\d+)?)万元/;
const SME = /(?:由中小企业供应商中标或成交的,?采购金额|授予中小企业合同金额)为?(\d+(?:\.\d+)?)万元/g;

/**
 * 政府采购: what went to 中小企业 cannot exceed the total (juesuan.md J-N17): the 预留 projects' and the other
 * projects' 中小企业 amounts together ≤ 政府采购金额, allowing each stated amount its rounding.
 */
export const procurementSme = defineNarrativeRule({
  id: 'narrative/procurement-sme',
  refs: ['J-N17'],
  severity: 'error',
  description: '授予中小企业的政府采购金额合计不能超过政府采购总额',
  messages: {
    exceeds: '政府采购中由中小企业中标或成交的金额合计{{sum}}万元（{{formula}}），超过政府采购金额{{total}}万元。',
  },
  check(ctx) {
    const st = sectionText(ctx, 'other');
    const total = TOTAL.exec(st.text);
    if (!total) return;
    const parts = [...st.text.matchAll(SME)];
    if (!parts.length) return;
    const sum = parts.reduce((a, m) => a.plus(m[1]), new Decimal(0));
    const t = new Decimal(total[1]);
    if (sum.minus(t).lte(new Decimal('0.005').mul(parts.length))) return;
    const last = parts[parts.length - 1];
    ctx.report({
      messageId: 'exceeds',
      data: { sum: sum.toFixed(2), formula: parts.map((m) => m[1]).join('+'), total: t.toFixed(2) },
      line: st.lineAt(last.index!),
      sentence: st.sentenceAt(last.index!),
      stated: `${sum.toFixed(2)}万元`,
      expected: `不超过${t.toFixed(2)}万元`,
    });
  },
});
