import Decimal from 'decimal.js';
import type { Mention } from '../mentions';
import { defineNarrativeRule, type NarrativeRuleContext } from '../rule-types';
import { isFigure, quote, wanText } from './util';

const PARTS_WORD = /其中|(?:主要)?包括/g;
/** A 主要包括 list short of its total by less than this share of it reads as meant whole. */
const NEAR_WHOLE = new Decimal('0.001');
const HEADING = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)])/;

interface Group {
  total: Mention;
  parts: Mention[];
  /** The parts must add to the total (包括, 其中 with several parts, 资金分配); else they may not exceed it. */
  exhaustive: boolean;
  line: number;
  sentence: string;
  what: string;
  /** The parts are the first amounts of the lines below (nested lists may hide in them). */
  multiLine?: boolean;
  /** Known to be the whole: 资金分配, 三公, 政府采购, 收入/支出预算包括. */
  whole?: boolean;
}

/**
 * A stated total equals the parts the text lists after it: 收入 sources, 支出 类, 基本支出's
 * 人员经费 + 公用经费, 政府采购 货物 + 工程 + 服务, 三公's four items, a project's 资金分配.
 * "其中" with one part and "主要包括" may leave parts out: then the parts may only not exceed the
 * total. 面向中小企业 may not exceed the 政府采购 total.
 */
export const partsSum = defineNarrativeRule({
  id: 'narrative/parts-sum',
  severity: 'error',
  description: '文中所列各项之和应等于所述合计（其中数不得大于合计）',
  messages: {
    notEqual: '“{{quote}}”：{{what}}合计{{total}}万元，所列各项之和为{{sum}}万元（{{formula}}），相差{{difference}}万元。',
    exceeds: '“{{quote}}”：{{what}}{{total}}万元，其中所列各项之和{{sum}}万元（{{formula}}）大于合计。',
    roundedExceeds: '“{{quote}}”：{{what}}{{total}}万元，所列各项之和{{sum}}万元（{{formula}}）大于合计{{difference}}万元，只在所列金额取整的范围内；请写出与合计一致的金额。',
    nearlyWhole: '“{{quote}}”：{{what}}{{total}}万元，所列各项之和{{sum}}万元（{{formula}}），仅差{{difference}}万元；如所列已是全部，请核对金额。',
    smallFirms: '“{{quote}}”：面向中小企业预留{{part}}万元，大于政府采购预算总额{{total}}万元。',
  },
  check(ctx) {
    for (const g of groups(ctx)) {
      // 元 beside 万元 is unit-yuan's finding, not a sum's.
      if (g.parts.some((m) => m.unit !== g.total.unit)) continue;
      const sum = g.parts.reduce((a, m) => a.plus(ctx.wan(m)), new Decimal(0));
      const total = ctx.wan(g.total);
      const diff = total.minus(sum);
      const formula = g.parts.map((m) => wanText(ctx.wan(m))).join('+');
      const data = { quote: quote(g.sentence), what: g.what, total: wanText(total), sum: wanText(sum), formula, difference: wanText(diff.abs()) };
      // Numbers of fewer than two decimals may be rounded: half their last digit each.
      const exact = new Decimal('0.005').plus(g.parts.length > 1 ? '0.01' : 0);
      const slack = [g.total, ...g.parts].reduce((a, m) => a.plus(m.decimals >= 2 ? 0 : new Decimal(10).pow(-m.decimals).div(2)), exact);
      const cells = ctx.cellsOf(g.total);
      // A total the tables confirm is right: what is off is the parts' sum.
      const confirmed = ctx.tableChecked.has(g.total) && !ctx.tableWrong.has(g.total);
      const sides = confirmed ? { stated: `${wanText(sum)}万元`, expected: `${wanText(total)}万元` } : { stated: g.total.text, expected: `${wanText(sum)}万元` };
      const report = (messageId: string, severity?: 'warning') =>
        ctx.report({ messageId, data, line: g.line, sentence: g.sentence, mention: g.total, ...sides, cells, ...(severity ? { severity } : {}) });
      if (diff.abs().lte(slack) || (!g.exhaustive && diff.isPositive())) {
        ctx.verify([g.total, ...g.parts], g.exhaustive ? '各项之和等于合计' : '其中数不大于合计');
        // Parts of a 主要包括 list above the whole only by their rounding, or short of it by a trifle: a list
        // meant whole whose figures do not add up, which the text cannot settle.
        if (!g.exhaustive && diff.abs().gt(exact)) {
          if (diff.isNegative()) report('roundedExceeds', 'warning');
          else if (diff.lt(total.mul(NEAR_WHOLE)) && diff.lt(1)) report('nearlyWhole', 'warning');
        }
        continue;
      }
      // Parts short of the total are a finding only where the list is known to be whole; a multi-line list never reports.
      if (g.multiLine || (diff.isPositive() && !g.whole)) continue;
      // The line breaks inside the sentence (a PDF's text): the parts left out may be on the next line.
      if (diff.isPositive() && runsOn(ctx, g.line)) continue;
      ctx.verify([g.total, ...g.parts], '各项之和与合计核对');
      report(diff.isNegative() && !g.exhaustive ? 'exceeds' : 'notEqual');
    }
    // 面向中小企业 ≤ 政府采购预算总额.
    const gp = ctx.mentions.find((m) => isFigure(m) && m.kind === 'amount' && /政府采购(?:预算)?(?:总额|合计|金额)?(?:为)?\s*$/.test(before(ctx, m)) && !/货物|工程|服务|中小|小微/.test(before(ctx, m)));
    if (gp) {
      for (const m of ctx.mentions) {
        if (!isFigure(m) || m.kind !== 'amount' || !/中小企业/.test(before(ctx, m)) || /小微/.test(before(ctx, m))) continue;
        if (ctx.wan(m).gt(ctx.wan(gp))) {
          ctx.report({ messageId: 'smallFirms', data: { quote: quote(m.sentence), part: wanText(ctx.wan(m)), total: wanText(ctx.wan(gp)) }, line: m.line, sentence: m.sentence, mention: m, stated: m.text });
        } else ctx.verify([m], '面向中小企业预留不大于政府采购总额');
      }
    }
  },
});

/** The text of the line before a mention, back to the previous number. */
function before(ctx: NarrativeRuleContext, m: Mention): string {
  const line = ctx.lines[m.line - 1].folded;
  const prev = ctx.mentions.filter((x) => x.line === m.line && x.end <= m.start).pop();
  return line.slice(prev ? prev.end : 0, m.start);
}

function amounts(ms: Mention[]): Mention[] {
  return ms.filter((m) => isFigure(m) && m.kind === 'amount');
}

function groups(ctx: NarrativeRuleContext): Group[] {
  const out: Group[] = [];
  const byLine = new Map<number, Mention[]>();
  for (const m of ctx.mentions) {
    const list = byLine.get(m.line) ?? [];
    list.push(m);
    byLine.set(m.line, list);
  }
  let lastTotal: Mention | undefined;
  let lastSection: unknown;
  let project: { total?: Mention; line: number } | undefined;
  for (const l of ctx.lines) {
    const ms = byLine.get(l.line) ?? [];
    if (l.section !== lastSection) {
      lastTotal = undefined;
      lastSection = l.section;
    }
    const text = l.folded;
    if (text.trim() === '') project = undefined;
    // A project block: 预算安排规模 then 资金分配情况.
    if (/^\s*项目名称/.test(text)) project = { line: l.line };
    if (project && /预算安排规模/.test(text)) project.total = ms.find((m) => m.unit !== '%');
    if (project?.total && /资金分配情况/.test(text)) {
      const parts = ms.filter((m) => m.unit !== '%' && !m.threshold);
      if (parts.length) out.push({ total: project.total, parts, exhaustive: true, whole: true, line: l.line, sentence: l.raw.trim(), what: '资金分配' });
      continue;
    }
    for (const kw of text.matchAll(PARTS_WORD)) {
      const at = kw.index!;
      const own = amounts(ms).filter((m) => m.end <= at);
      const after = amounts(ms).filter((m) => m.start > at);
      // "…政府采购预算3253.47万元，其中：…": the total is the amount right before the word, in the same sentence.
      let total = own.length ? own[own.length - 1] : undefined;
      if (total && /[。；;]/.test(text.slice(total.end, at)) && !/[；;]\s*$/.test(text.slice(total.end, at))) total = undefined;
      if (!total && /包括/.test(kw[0]) && lastTotal) total = lastTotal;
      if (!total) continue;
      const mainly = /主要/.test(kw[0]);
      // Parts run to the next 其中/包括 or the end of the line; a multi-line list when the line ends here.
      const nextKw = [...text.slice(at + kw[0].length).matchAll(PARTS_WORD)][0];
      let stop = nextKw ? at + kw[0].length + nextKw.index! : text.length;
      // 其中 lists end with their sentence; a 包括 list may run over several (…主要用于…。卫生健康支出…).
      if (/其中/.test(kw[0])) {
        const end = text.slice(at).search(/。/);
        if (end >= 0) stop = Math.min(stop, at + end);
      }
      let parts = after.filter((m) => m.start < stop);
      let line = l.line;
      let multiLine = false;
      if (parts.length === 0 && /^[:：\s]*$/.test(text.slice(at + kw[0].length))) {
        parts = [];
        for (let i = l.line; i < ctx.lines.length; i++) {
          const next = ctx.lines[i];
          if (HEADING.test(next.folded) || next.folded.trim() === '') break;
          const first = amounts(byLine.get(next.line) ?? [])[0];
          if (first) parts.push(first);
        }
        multiLine = true;
      }
      if (parts.length === 0) continue;
      const exhaustive = !mainly && (parts.length > 1 || /包括/.test(kw[0])) && !/等/.test(text.slice(parts[parts.length - 1].end, stop).slice(0, 3));
      const label = /([\u4e00-\u9fa5“”"]{2,14})\s*$/.exec(text.slice(0, at));
      const what = total.line !== l.line && label ? label[1] : whatOf(text, total);
      const whole = total.line !== l.line || l.section === 'threePublic' || /政府采购|三公/.test(what);
      out.push({ total, parts, exhaustive, line, sentence: l.raw.trim(), what, multiLine, whole });
    }
    const totalHere = amounts(ms).find((m) => /总|合计/.test(text.slice(0, m.start)));
    if (totalHere) lastTotal = totalHere;
  }
  return out;
}

function whatOf(text: string, total: Mention): string {
  const head = text.slice(0, total.start).replace(/[\d.]+万?元/g, '');
  const m = /([\u4e00-\u9fa5“”"]{2,14})(?:为|是)?\s*$/.exec(head);
  return m ? m[1].replace(/^(?:\d{4}年|年度|本部门|其中)/, '') : '';
}

function runsOn(ctx: NarrativeRuleContext, line: number): boolean {
  const here = ctx.lines[line - 1];
  const next = ctx.lines[line];
  return Boolean(here && next && !next.heading && next.folded.trim() !== '' && !/[。；;]\s*$/.test(here.folded));
}
