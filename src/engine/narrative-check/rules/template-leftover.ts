import { defineNarrativeRule } from '../rule-types';
import { quote } from './util';

const BLANK_AMOUNT = '金额未填（“万元”前为空白）';

/** Template text left in: 增加（减少）, 增长（下降）, 占 %, a blank before 万元, XX, ××, 某某, 待填写, {…}, ……. */
const LEFTOVERS: Array<[RegExp, string]> = [
  [/(增加|减少)\s*[(（]\s*(减少|增加)\s*[)）]/, '增加（减少）未选定'],
  [/(增长|下降)\s*[(（]\s*(下降|增长)\s*[)）]/, '增长（下降）未选定'],
  [/占\s*[%％]/, '占比未填数字'],
  [/(?:预算|为|费|金额|支出|收入|经费|合计)[ \u3000]+万元/, BLANK_AMOUNT],
  [/[XＸxｘ]{2,}/, '“XX”未替换'],
  [/[×╳*＊]{2,}/, '“××”未替换'],
  [/某某/, '“某某”未替换'],
  [/待填写|待补充|待定/, '“待填写”未替换'],
  [/[{｛][^}｝]*[}｝]/, '模板占位“{…}”未替换'],
  [/……|\.{6}/, '“……”省略号未替换'],
];

const NUMBERS_ONLY = /^(?=.*\d)[\s\d,.，。、;；:：()（）%-]+$/;

const TOC_LEADER = /(?:\.{3,}|…{2,}|·{3,})\s*\d{1,3}\s*$/;

export const templateLeftover = defineNarrativeRule({
  id: 'narrative/template-leftover',
  severity: 'error',
  description: '不应留有模板文字（增加（减少）、占 %、XX、××、某某、待填写、{…}、……）',
  messages: { leftover: '“{{quote}}”：{{what}}（“{{found}}”）。' },
  check(ctx) {
    for (const l of ctx.lines) {
      for (const [re, what] of LEFTOVERS) {
        const m = re.exec(l.raw) ?? re.exec(l.folded);
        if (!m) continue;
        // A table of contents' leader dots before a page number ("（一）主要职能 ........2") are no ellipsis.
        if (/[.…]/.test(m[0][0]) && TOC_LEADER.test(l.raw)) continue;
        // A blank before 万元 where the figures are elsewhere: a 绩效 indicator's row (不超过预算 万元 ≤ 20), or text
        // taken from a PDF that put the numbers on a line of their own below it.
        if (what === BLANK_AMOUNT && (/[≤≥<>＜＞]/.test(l.raw) || NUMBERS_ONLY.test(ctx.lines[l.line]?.folded ?? ''))) continue;
        const sentence = sentenceAt(l.raw, m.index);
        ctx.report({ messageId: 'leftover', data: { quote: quote(sentence), what, found: m[0].replace(/[ \u3000]+/g, ' ') }, line: l.line, sentence, stated: m[0] });
      }
    }
  },
});

function sentenceAt(line: string, i: number): string {
  let a = i;
  while (a > 0 && !/[。；;]/.test(line[a - 1])) a--;
  let b = i;
  while (b < line.length && !/[。；;]/.test(line[b])) b++;
  return line.slice(a, Math.min(line.length, b + 1)).trim();
}
