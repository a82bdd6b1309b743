import Decimal from 'decimal.js';
import type { Mention } from '../mentions';
import { defineNarrativeRule } from '../rule-types';
import { changeTriples, wanText } from './util';

const signed = (d: Decimal) => `${d.isNegative() ? '−' : ''}${wanText(d.abs())}`;

/** The parts of “三公” a change can be about; 购置费 and 运行维护费 stand for the group when it states none of its own. */
const PARTS: Array<[RegExp, string]> = [
  [/因公出国/g, '因公出国（境）费'],
  [/公务接待/g, '公务接待费'],
  [/公务用车购置(?:及|和)运行|公务用车(?!购置费|运行)/g, '公务用车购置及运行维护费'],
];
const SUBS: Array<[RegExp, string]> = [
  [/公务用车购置费|车辆购置费/g, '购置费'],
  [/公务用车运行(?:维护)?费|车辆运行(?:维护)?费/g, '运行维护费'],
];
const VEHICLE = '公务用车购置及运行维护费';
const TOTAL = /"?三公"?经费/g;
/** A change against the 预算数 ("比预算数减少1188万元") is not one against last year's 决算. */
const VS_BUDGET = /与[^,，。；;]{0,12}预算数?相比|比[^,，。；;]{0,12}预算数?(?:增加|减少|节约|超支)/;
const UNCHANGED = /持平|无变化|无增减|没有变化/;

/**
 * juesuan.md J-N14: the changes the text gives for 因公出国（境）费, 公务用车购置及运行维护费 and 公务接待费 add up to the
 * change it gives for the “三公” total, on the same base (last year's 决算, or the 预算数). 宜宾 2017: "比预算数减少1188万元"
 * while its items say 31 + 850 + 107 = 988.
 */
export const threePublicChanges = defineNarrativeRule({
  id: 'narrative/three-public-changes',
  severity: 'error',
  refs: ['J-N14'],
  description: '“三公”经费各项的增减额之和应等于“三公”经费合计的增减额（同一比较基数）',
  messages: {
    notEqual: '“三公”经费{{base}}{{word}}{{total}}万元，而因公出国（境）费、公务用车购置及运行维护费、公务接待费的增减额之和为{{sum}}万元（{{parts}}），相差{{diff}}万元。',
  },
  check(ctx) {
    type Entry = { mention?: Mention; signed: Decimal; halfUnit: Decimal; line: number; sentence: string };
    type Group = { total?: Entry; parts: Map<string, Entry[]> };
    const byBase = new Map<string, Group>();
    const entry = (m: Mention, line: number, sentence: string): Entry => ({
      mention: m,
      signed: ctx.wan(m).abs().mul(m.direction ?? 1),
      halfUnit: m.decimals >= 2 ? new Decimal(0) : new Decimal(10).pow(-m.decimals).div(2),
      line,
      sentence,
    });
    // What a change is about: the name nearest before it, its own clause's, brackets closed before it left out
    // ("公务用车购置及运行维护费2712万元(其中:公务用车购置费0万元,…),比预算数减少107万元" is about the group).
    const about = (text: string): string | undefined => {
      const plain = text.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
      let best: { at: number; name: string } | undefined;
      for (const [re, name] of [...PARTS, ...SUBS, [TOTAL, 'total'] as [RegExp, string]]) {
        for (const m of plain.matchAll(re)) if (!best || m.index! > best.at) best = { at: m.index!, name };
      }
      return best?.name;
    };
    for (const t of changeTriples(ctx)) {
      if (t.sentence.section !== undefined && t.sentence.section !== 'threePublic') continue;
      if (t.change.unit === '%' || !t.change.direction) continue;
      const what = about(t.sentence.folded.slice(0, t.change.start - t.sentence.start));
      if (!what) continue;
      const base = VS_BUDGET.test(t.sentence.folded) ? 'budget' : 'prior';
      const group: Group = byBase.get(base) ?? { parts: new Map() };
      byBase.set(base, group);
      const e = entry(t.change, t.sentence.line, t.sentence.text);
      if (what === 'total') group.total ??= e;
      else group.parts.set(what, [...(group.parts.get(what) ?? []), e]);
    }
    // An item said unchanged with no amount ("与2021年度预算相比无变化") is a change of 0 on either base.
    for (const s of ctx.sentences) {
      if (s.section !== undefined && s.section !== 'threePublic') continue;
      if (!UNCHANGED.test(s.folded)) continue;
      const what = about(s.folded);
      if (!what || what === 'total' || SUBS.some(([, n]) => n === what)) continue;
      for (const group of byBase.values())
        if (!group.parts.has(what)) group.parts.set(what, [{ signed: new Decimal(0), halfUnit: new Decimal(0), line: s.line, sentence: s.text }]);
    }
    for (const [base, group] of byBase) {
      const total = group.total;
      if (!total?.mention) continue;
      // The group's change, or (none stated) that of its 购置费 and 运行维护费 together.
      const subs = SUBS.map(([, name]) => group.parts.get(name));
      if (!group.parts.has(VEHICLE) && subs.every((p) => p && p.length === 1))
        group.parts.set(VEHICLE, [{ signed: subs[0]![0].signed.plus(subs[1]![0].signed), halfUnit: subs[0]![0].halfUnit.plus(subs[1]![0].halfUnit), line: subs[0]![0].line, sentence: subs[0]![0].sentence }]);
      const parts = PARTS.map(([, name]) => group.parts.get(name));
      if (parts.some((p) => !p || p.length !== 1)) continue;
      const items = parts.map((p) => p![0]);
      const sum = items.reduce((s, e) => s.plus(e.signed), new Decimal(0));
      const slack = items.reduce((s, e) => s.plus(e.halfUnit), total.halfUnit);
      const diff = total.signed.minus(sum);
      if (diff.abs().lte(slack)) {
        ctx.verify(items.flatMap((e) => (e.mention ? [e.mention] : [])).concat(total.mention), '各项增减额之和等于合计增减额');
        continue;
      }
      ctx.report({
        messageId: 'notEqual',
        data: {
          base: base === 'budget' ? '比预算数' : '比上年',
          word: total.signed.isNegative() ? '减少' : '增加',
          total: wanText(total.signed.abs()),
          sum: signed(sum),
          parts: items.map((e, i) => (i === 0 ? signed(e.signed) : `${e.signed.isNegative() ? '−' : '+'} ${wanText(e.signed.abs())}`)).join(' '),
          diff: wanText(diff.abs()),
        },
        line: total.line,
        sentence: total.sentence,
        mention: total.mention,
        stated: total.mention.text,
        expected: `${wanText(sum.abs())}万元`,
      });
    }
  },
});
