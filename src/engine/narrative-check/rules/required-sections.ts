import { defineNarrativeRule } from '../rule-types';

/** The parts the national rule asks for (财预〔2016〕143号, domain.md "What reviewers check"). */
const REQUIRED: Array<[RegExp, string]> = [
  [/机关运行经费/, '机关运行经费'],
  [/政府采购/, '政府采购'],
  [/国有资产(?:占用|占有|使用)|资产占用/, '国有资产占用使用情况'],
  [/绩效目标|预算绩效|绩效管理/, '绩效目标（预算绩效）'],
  [/名词解释/, '名词解释'],
];

export const requiredSections = defineNarrativeRule({
  id: 'narrative/required-sections',
  severity: 'warning',
  description: '情况说明应包括机关运行经费、政府采购、国有资产占用、绩效目标和名词解释',
  messages: { missing: '情况说明中没有“{{what}}”部分，按公开要求应予说明（没有的也应写明“无”或“未安排”）。' },
  check(ctx) {
    const text = ctx.lines.map((l) => l.folded).join('\n');
    if (ctx.lines.filter((l) => l.folded.trim() !== '').length < 5) return;
    // Reported on the title (the first line with text): the finding has a sentence and a cell to show.
    const first = ctx.lines.find((l) => l.raw.trim() !== '');
    for (const [re, what] of REQUIRED) {
      if (!re.test(text)) ctx.report({ messageId: 'missing', data: { what }, line: first?.line ?? 1, sentence: first?.raw.trim() ?? '' });
    }
  },
});
