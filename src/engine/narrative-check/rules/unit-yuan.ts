import Decimal from 'decimal.js';
import { defineNarrativeRule } from '../rule-types';
import { quote, wanText } from './util';

/**
 * 元 where the tables are in 万元, or the reverse: "支出1682.76元" for 1682.76万元, or a 元 table's
 * figure written as 万元 without dividing by 10000.
 */
export const unitYuan = defineNarrativeRule({
  id: 'narrative/unit-yuan',
  severity: 'error',
  description: '金额单位应与公开表一致（万元 / 元）',
  messages: {
    yuanForWan: '“{{quote}}”：写作“{{stated}}”，公开表以万元为单位，{{hint}}。',
    wanForYuan: '“{{quote}}”：写作“{{stated}}”，与公开表（单位：元）的{{yuan}}元相同，按万元应为{{wan}}万元。',
  },
  check(ctx) {
    const units = ctx.analysis.tables.map((t) => t.unit);
    const wanTables = units.filter((u) => u === '万元').length;
    const yuanTables = units.filter((u) => u === '元').length;
    const amounts = ctx.figures.filter((f) => f.kind === 'amount');
    for (const m of ctx.mentions) {
      if (m.zone || m.threshold) continue;
      if (m.unit === '元' && wanTables >= yuanTables && wanTables > 0) {
        const same = amounts.find((f) => f.value.eq(m.value) && !f.value.isZero());
        const hint = same ? `应为${wanText(same.value)}万元` : '请确认是否应为万元';
        // Without a figure of the tables it matches, the sentence may mean 元 (a price, a standard): only a question.
        ctx.report({ ...(same ? {} : { severity: 'warning' as const }), messageId: 'yuanForWan', data: { quote: quote(m.sentence), stated: m.text, hint }, line: m.line, sentence: m.sentence, mention: m, stated: m.text, ...(same ? { expected: `${wanText(same.value)}万元`, cells: same.cells } : {}) });
      } else if (m.unit === '万元' && yuanTables > wanTables && !m.value.isZero()) {
        const same = amounts.find((f) => f.value.mul(10000).eq(m.value));
        if (!same) continue;
        ctx.report({
          messageId: 'wanForYuan',
          data: { quote: quote(m.sentence), stated: m.text, yuan: m.value.toFixed(), wan: wanText(new Decimal(m.value).div(10000)) },
          line: m.line,
          sentence: m.sentence,
          mention: m,
          stated: m.text,
          expected: `${wanText(same.value)}万元`,
          cells: same.cells,
        });
      }
    }
  },
});
