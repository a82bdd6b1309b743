import { foldSubject } from '../mentions';
import type { SectionKey } from '../../narrative/types';
import { defineNarrativeRule, type NarrativeRule, type NarrativeRuleContext } from '../rule-types';
import { sectionText, sentenceStart } from './section-text';

const COMPLETION = /完成(年初|全年|调整)?预算数?的(\d+(?:\.\d+)?)%/g;

/**
 * 完成预算的x% over a 预算数 of 0 (juesuan.md J-N09, J-N15; GovBudgetChecker R004): no rate can be computed.
 * The 0 is stated in the same sentence ("年初预算为0万元…完成年初预算的95.89%") or is the tables' 预算数 of the
 * item the sentence is about ("因公出国（境）费决算为0.00万元，完成预算的0%" beside a blank 预算数).
 */
export const completionBase: NarrativeRule = defineNarrativeRule({
  id: 'narrative/completion-base',
  refs: ['J-N09', 'J-N15'],
  severity: 'error',
  description: '决算数完成预算的比例不能以为0的预算数计算（一般公共预算财政拨款支出、“三公”经费）',
  messages: {
    statedZero: '“{{sentence}}”：{{base}}预算为0，不能计算“完成{{base}}预算的{{stated}}”，应删去完成比例{{hint}}。',
    tableZero: '“{{sentence}}”：{{subject}}的预算数在公开表中为0（或空白），不能计算“完成预算的{{stated}}”，应删去完成比例。',
  },
  check(ctx) {
    for (const section of SECTIONS) checkSection(ctx, section);
  },
});

const SECTIONS: SectionKey[] = ['gpb', 'threePublic'];

function checkSection(ctx: NarrativeRuleContext, section: SectionKey): void {
  const st = sectionText(ctx, section);
  const budgets = ctx.figures.filter((f) => f.section === section && f.kind === 'budget');
  const subjects = [...new Set(budgets.flatMap((f) => f.subjects))].map((s) => ({ s, folded: foldSubject(s) })).sort((a, b) => b.folded.length - a.folded.length);
  for (const m of st.text.matchAll(COMPLETION)) {
    const at = m.index!;
    const start = sentenceStart(st.text, at);
    const sentence = st.sentenceAt(at);
    const before = st.text.slice(start, at);
    const base = m[1] ?? '';
    const line = st.lineAt(at);
    const stated = `${m[2]}%`;
    const zero = new RegExp(`${base || '(?:年初|全年)?'}预算数?为0(?:\\.0+)?万?元`).exec(before);
    if (zero) {
      // The sentence may name a non-zero base beside it (全年预算为321.02万元): the rate is of that one.
      const other = /(年初|全年|调整)预算数?为(\d+(?:\.\d+)?)万?元/g;
      const named = [...before.matchAll(other)].find((x) => x[1] !== base && Number(x[2]) > 0);
      const amount = ctx.figures.find((f) => f.section === section && f.kind === 'amount' && f.stated && before.includes(foldSubject(f.subjects[0])));
      ctx.report({
        messageId: 'statedZero',
        data: { sentence, base: base || '', stated, hint: named ? `（${stated}是对${named[1]}预算${named[2]}万元的比例，应写明“完成${named[1]}预算的${stated}”）` : '' },
        line,
        sentence,
        stated,
        expected: '不计算完成比例',
        cells: amount?.cells ?? [],
      });
      continue;
    }
    // The item the sentence is about: the last subject named before the rate.
    let best: { s: string; end: number } | undefined;
    for (const { s, folded } of subjects) {
      const i = before.lastIndexOf(folded);
      if (i >= 0 && (!best || i + folded.length > best.end)) best = { s, end: i + folded.length };
    }
    if (!best) continue;
    const mine = budgets.filter((f) => f.subjects.includes(best!.s));
    if (!mine.length || !mine.every((f) => f.value.isZero())) continue;
    const amounts = ctx.figures.filter((f) => f.section === section && f.kind === 'amount' && f.subjects.includes(best!.s));
    ctx.report({
      messageId: 'tableZero',
      data: { sentence, subject: best.s, stated },
      line,
      sentence,
      stated,
      expected: '不计算完成比例',
      cells: [...new Map([...mine, ...amounts].flatMap((f) => f.cells).map((c) => [`${c.sheet}!${c.row},${c.col}`, c])).values()],
    });
  }
}
