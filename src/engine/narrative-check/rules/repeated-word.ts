import { defineNarrativeRule } from '../rule-types';
import { quote } from './util';

/** A word written twice in a row: "增加增加", "预算预算". */
const ALLOWED = /^(研究|讨论|看看|了解|谢谢|常常|天天|年年|人人|事事|处处|层层|步步|渐渐)$/;

const TWO_CHARACTER_WORDS = new Set([
  '用于', '主要', '工作', '增加', '减少', '增长', '下降', '支出', '收入', '预算', '经费', '项目', '资金', '其中', '安排',
  '比上', '上年', '万元', '原因', '部门', '单位', '财政', '拨款', '基本', '公用', '人员', '合计', '总计', '保障', '管理',
  '建设', '服务', '运行', '购置', '采购', '情况', '说明', '政府', '公共', '一般', '结转', '结余', '专项', '事务', '发展',
]);

const COMPOUND_AFTER = /^[款费量部处科队]/;

export const repeatedWord = defineNarrativeRule({
  id: 'narrative/repeated-word',
  severity: 'error',
  description: '不应有重复的词（增加增加）',
  messages: { repeated: '“{{quote}}”：“{{word}}”重复写了两次，应为“{{once}}”。' },
  check(ctx) {
    for (const s of ctx.sentences) {
      for (const m of s.folded.matchAll(/([\u4e00-\u9fa5]{2,4})\1/g)) {
        if (ALLOWED.test(m[1]) || /^(.)\1$/.test(m[1])) continue;
        // Two characters twice may straddle words (低空航空航天 is 低空 + 航空 + 航天): only a word a 说明 uses is a slip.
        if (m[1].length === 2 && !TWO_CHARACTER_WORDS.has(m[1])) continue;
        // The word, then a word made of it: “设备设施更换工程工程款” is 工程 + 工程款.
        if (COMPOUND_AFTER.test(s.folded.slice(m.index! + m[0].length))) continue;
        ctx.report({ messageId: 'repeated', data: { quote: quote(s.text), word: m[0], once: m[1] }, line: s.line, sentence: s.text, stated: m[0], expected: m[1] });
      }
    }
  },
});
