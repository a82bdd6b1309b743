import Decimal from 'decimal.js';
import { fillTemplate } from '../../compute/template';
import type { NarrativeContext } from '../context';
import { CLERK_SUBJECTS, CLERK_TOPICS } from '../messages';
import { RUNNING_COST_NOTE } from '../sections/other';
import type { NarrativeSection, Paragraph } from '../types';
import { block, cellAmount, cleanName, item, totalAmount, type Amount } from '../tables';
import { changeFromPrior, clerkNumber, compareWithBudget, completion, countOr, pct } from './helpers';
import { JUESUAN_CLERK, JUESUAN_MESSAGES as M, JUESUAN_WHAT, VEHICLE_KINDS } from './messages';
import { missing } from './totals';

/** 六、基本支出: J5 合计 基本支出, J6 人员经费 / 公用经费 and the 款 that carry amounts (J-N12). */
export function basicSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const j6 = block(ctx, 'J6', 'personnel');
  const basic = totalAmount(ctx, 'J5', 'basic');
  if (!j6 && !basic) return missing(ctx, 'basic', heading, '一般公共预算财政拨款基本支出（未识别到基本支出决算表）');
  if (basic) ctx.figure({ section: 'basic', subjects: ['一般公共预算财政拨款基本支出', '基本支出'], kind: 'amount', value: basic.amount, cells: basic.cells });
  const part = (blockId: 'personnel' | 'public', name: string) => {
    const found = block(ctx, 'J6', blockId);
    const total = totalAmount(ctx, 'J6', 'amount', blockId);
    if (!found || !total) return { amount: ctx.placeholder('basic', `${name}（未识别到基本支出决算表）`), items: ctx.placeholder('basic', `${name}构成`) };
    ctx.figure({ section: 'basic', subjects: [name], kind: 'amount', value: total.amount, cells: total.cells });
    const rows = found.block.rows.filter((r) => r.kind === 'kuan' || (r.kind === 'class' && !found.block.rows.some((k) => k.kind === 'kuan' && k.code?.startsWith(r.code ?? '-'))));
    const names = rows.filter((r) => !cellAmount(found.table, r, 'amount').amount.isZero()).map((r) => cleanName(r.name));
    return { amount: ctx.amount(total.amount, total.printed), items: names.join('、') || M.basic.none };
  };
  const p = part('personnel', '人员经费');
  const g = part('public', '公用经费');
  const text = ctx.t(M.basic.total, {
    total: basic ? ctx.amount(basic.amount, basic.printed) : ctx.placeholder('basic', '一般公共预算财政拨款基本支出'),
    personnel: p.amount,
    personnelItems: p.items,
    public: g.amount,
    publicItems: g.items,
  });
  return { key: 'basic', heading, paragraphs: [{ kind: 'body', text }] };
}

const THREE_PUBLIC_PARTS: Array<[string, string]> = [
  ['abroad', '因公出国（境）费'],
  ['vehicle', '公务用车购置及运行维护费'],
  ['reception', '公务接待费'],
];

/**
 * 七、“三公”经费: J7 预算数 and 决算数 in total and per item, 完成预算的x% only where the 预算数 is not 0, the
 * change against last year's 决算, and the counts a clerk enters (团组/人次, 购置数/保有量, 批次/人次).
 */
export function threePublicSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const t = M.threePublic;
  const found = block(ctx, 'J7');
  if (!found) return missing(ctx, 'threePublic', heading, '“三公”经费（未识别到“三公”经费支出决算表）');
  const printed = (col: string) => found.block.columns.some((c) => c.role === col);
  // A table without its 合计 line (宜宾 “三公”经费决算汇总表) states the total as its three items.
  const sumOfItems = (col: string): Amount => {
    const parts = ['abroad', 'vehicle', 'reception'].map((r) => item(ctx, 'J7', 'body', r, col)).filter((a): a is Amount => !!a);
    return { amount: parts.reduce((s, a) => s.plus(a.amount), ctx.zero), cells: parts.flatMap((a) => a.cells) };
  };
  const at = (role: string, col: string): Amount => item(ctx, 'J7', 'body', role, col) ?? (role === 'total' && found.block.total === undefined ? sumOfItems(col) : { amount: ctx.zero, cells: [] });
  const totalSubjects = ['“三公”经费财政拨款支出', '“三公”经费', '三公经费'];
  // A table printing no 预算数 (a 决算 summary, or 上年 | 本年 决算数): the 预算 is the clerk's, never 0.
  const hasBudget = printed('budget');
  const budgetText = (name: string, b: Amount) => (hasBudget ? ctx.amount(b.amount, b.printed) : ctx.placeholder('threePublic', `${name}年初预算数`));
  const budget = at('total', 'budget');
  const final = at('total', 'final');
  const paragraphs: Paragraph[] = [{ kind: 'subheading', text: t.totalHeading }];
  const register = (subjects: string[], b: Amount, f: Amount) => {
    ctx.figure({ section: 'threePublic', subjects, kind: 'amount', value: f.amount, cells: f.cells });
    if (!hasBudget) return '';
    ctx.figure({ section: 'threePublic', subjects, kind: 'budget', value: b.amount, cells: b.cells });
    const rate = completion(ctx, 'threePublic', subjects, f, b);
    return rate ? ctx.t(t.completion, { rate }) : '';
  };
  const totalRate = register(totalSubjects, budget, final);
  // Each item's share of the 决算 合计, for the text to be checked against (the template states none): the rounding of the
  // printed amounts (±0.005 万元, ±0.5 for whole ones) may move it, so any share within that range agrees (合肥 22.14%).
  const shareOf = (subjects: string[], f: Amount) => {
    if (final.amount.isZero() || !f.cells.length) return;
    const exact = f.amount.div(final.amount).mul(100);
    const half = (d: Decimal) => new Decimal(d.isInteger() ? 0.5 : 0.005);
    const lo = Decimal.max(0, f.amount.minus(half(f.amount)).div(final.amount.plus(half(final.amount))).mul(100));
    const hi = f.amount.plus(half(f.amount)).div(Decimal.max(final.amount.minus(half(final.amount)), new Decimal(0.005))).mul(100);
    ctx.figure({ section: 'threePublic', subjects, kind: 'share', value: exact.toDecimalPlaces(ctx.settings.percentDecimals, Decimal.ROUND_HALF_UP), exact, bounds: [lo, hi], formula: `${f.amount.toFixed()}÷${final.amount.toFixed()}`, cells: [...f.cells, ...final.cells], stated: false });
  };
  // Each item under its name and the labels the table definition knows it by (因公出国(境)经费, 公车购置及运行费).
  const labelsOf = (role: string, name: string) => [name, ...(found.block.def.rows?.find((r) => r.role === role)?.labels ?? [])];
  const list = THREE_PUBLIC_PARTS.map(([role, name]) => {
    const b = at(role, 'budget');
    const f = at(role, 'final');
    const rate = register(labelsOf(role, name), b, f);
    shareOf(labelsOf(role, name), f);
    return ctx.t(t.item, { name, budget: budgetText(name, b), final: ctx.amount(f.amount, f.printed), completion: rate });
  }).join('；');
  const compare = hasBudget
    ? compareWithBudget(ctx, 'threePublic', '“三公”经费', totalSubjects, final.amount, budget.amount, t)
    : ctx.placeholder('threePublic', '“三公”经费决算数与预算数的比较及原因');
  paragraphs.push({ kind: 'body', text: ctx.t(t.total, { budget: budgetText('“三公”经费', budget), final: ctx.amount(final.amount, final.printed), completion: totalRate, list, compare }) });
  const change = changeFromPrior(ctx, 'threePublic', { table: 'J7', tableNumber: 7, row: 'total', col: 'final', label: '合计 决算数', subjects: totalSubjects }, final);
  paragraphs.push({ kind: 'body', text: ctx.t(t.change, { change }) });

  paragraphs.push({ kind: 'subheading', text: t.detailHeading });
  if (final.amount.isZero()) {
    paragraphs.push({ kind: 'body', text: ctx.t(t.none) });
    return { key: 'threePublic', heading, paragraphs };
  }
  const abroad = at('abroad', 'final');
  const purchase = at('vehiclePurchase', 'final');
  const operation = at('vehicleOperation', 'final');
  for (const [role, a] of [['vehiclePurchase', purchase], ['vehicleOperation', operation]] as const)
    if (a.cells.length) ctx.figure({ section: 'threePublic', subjects: labelsOf(role, role === 'vehiclePurchase' ? '公务用车购置费' : '公务用车运行维护费'), kind: 'amount', value: a.amount, cells: a.cells });
  const reception = at('reception', 'final');
  // No spending, no trip, car or guest: 0 is then a fact of the tables, not the clerk's count.
  const count = (a: Amount, what: string) => (a.amount.isZero() ? '0' : countOr(ctx, 'threePublic', what));
  const held = operation.amount.isZero() && purchase.amount.isZero() ? '0' : countOr(ctx, 'threePublic', JUESUAN_WHAT.held);
  const w = JUESUAN_WHAT;
  paragraphs.push({ kind: 'body', text: ctx.t(t.abroad, { amount: ctx.amount(abroad.amount), groups: count(abroad, w.groups), people: count(abroad, w.abroadPeople) }) });
  paragraphs.push({
    kind: 'body',
    text: ctx.t(t.vehiclePurchase, { amount: ctx.amount(purchase.amount), bought: count(purchase, w.bought) }) + ctx.t(t.vehicleOperation, { amount: ctx.amount(operation.amount), held }),
  });
  paragraphs.push({
    kind: 'body',
    text: ctx.t(t.reception, {
      amount: ctx.amount(reception.amount),
      batches: count(reception, w.batches),
      people: count(reception, w.receptionPeople),
      foreignBatches: count(reception, w.foreignBatches),
      foreignPeople: count(reception, w.foreignPeople),
    }),
  });
  return { key: 'threePublic', heading, paragraphs };
}

/** 八 / 九: J8 or J9; an empty table is said so in the template's words. */
export function fundSection(ctx: NarrativeContext, key: 'govFund' | 'soe', heading: string): NarrativeSection {
  const id = key === 'govFund' ? 'J8' : 'J9';
  const at = (col: string) => totalAmount(ctx, id, col) ?? { amount: ctx.zero, cells: [] };
  const cols = ['opening', 'income', 'expense', 'closing'];
  const values = Object.fromEntries(cols.map((c) => [c, at(c)]));
  const name = key === 'govFund' ? '政府性基金预算财政拨款' : '国有资本经营预算财政拨款';
  // A table not found is never said to be empty: J4's fund column tells, else the clerk does.
  const j4 = item(ctx, 'J4', 'expense', 'currentExpense', key === 'govFund' ? 'fund' : 'soe');
  if (!block(ctx, id) && !j4) return missing(ctx, key, heading, `${name}收入支出（未识别到${name}收入支出决算表）`);
  const empty = cols.every((c) => values[c].amount.isZero()) && (!j4 || j4.amount.isZero());
  if (empty) return { key, heading, paragraphs: [{ kind: 'body', text: ctx.t(key === 'govFund' ? M.emptyFund : M.emptySoe) }] };
  for (const [c, label] of [['opening', '年初结转和结余'], ['income', '本年收入'], ['expense', '本年支出'], ['closing', '年末结转和结余']])
    ctx.figure({ section: key, subjects: [label], kind: 'amount', value: values[c].amount, cells: values[c].cells });
  const data = Object.fromEntries(cols.map((c) => [c, ctx.amount(values[c].amount, values[c].printed)]));
  return { key, heading, paragraphs: [{ kind: 'body', text: ctx.t(key === 'govFund' ? M.fundUsed : M.soeUsed, data) }] };
}

/** 十、预算绩效管理: the clerk's text. */
export function performanceSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  return { key: 'performance', heading, paragraphs: [{ kind: 'body', text: ctx.clerkOr('performance', [CLERK_SUBJECTS.performance], CLERK_TOPICS.content, JUESUAN_WHAT.performance) }] };
}

/**
 * 十一、其他重要事项: 机关运行经费 (J6 公用经费合计, J7's own 机关运行经费 column where printed) with its change;
 * 政府采购 with 授予中小企业合同金额 and 国有资产 from the clerk's figures, placeholders where none.
 */
export function otherSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const o = M.other;
  const paragraphs: Paragraph[] = [{ kind: 'subheading', text: o.runningHeading }];
  const running = totalAmount(ctx, 'J6', 'amount', 'public');
  if (running) {
    ctx.notes.push(RUNNING_COST_NOTE.replace('表6', '基本支出决算表'));
    ctx.figure({ section: 'other', subjects: ['机关运行经费'], kind: 'amount', value: running.amount, cells: running.cells });
    const change = changeFromPrior(ctx, 'other', { table: 'J6', tableNumber: 6, block: 'public', row: 'total', col: 'amount', label: '公用经费合计（机关运行经费）', subjects: ['机关运行经费'] }, running);
    paragraphs.push({ kind: 'body', text: ctx.t(o.running, { amount: ctx.amount(running.amount, running.printed), change }) });
  } else {
    paragraphs.push({ kind: 'body', text: ctx.placeholder('other', '机关运行经费（未识别到基本支出决算表）') });
  }

  paragraphs.push({ kind: 'subheading', text: o.procurementHeading });
  const own = ctx.clerk([CLERK_SUBJECTS.procurement], CLERK_TOPICS.content);
  if (own) paragraphs.push({ kind: 'body', text: own });
  else {
    const money = (what: string) => clerkNumber(ctx, [`政府采购${what}`, what], JUESUAN_CLERK.amount);
    const shown = (what: string) => {
      const n = money(what);
      return n ? ctx.amount(n) : ctx.placeholder('other', fillTemplate(JUESUAN_WHAT.procurement, { what }));
    };
    const total = money('支出总额');
    paragraphs.push({ kind: 'body', text: ctx.t(o.procurement, { total: shown('支出总额'), goods: shown('货物'), works: shown('工程'), services: shown('服务') }) });
    const share = (what: string) => {
      const n = money(what);
      return n && total && !total.isZero() ? pct(ctx, n.div(total).mul(100).toDecimalPlaces(ctx.settings.percentDecimals, 4)) : ctx.placeholder('other', `${what}占政府采购支出总额的比例`);
    };
    paragraphs.push({ kind: 'body', text: ctx.t(o.sme, { sme: shown('授予中小企业合同'), smeShare: share('授予中小企业合同'), micro: shown('授予小微企业合同'), microShare: share('授予小微企业合同') }) });
  }

  paragraphs.push({ kind: 'subheading', text: o.assetsHeading });
  const assets = ctx.clerk([CLERK_SUBJECTS.assets], CLERK_TOPICS.content);
  if (assets) paragraphs.push({ kind: 'body', text: assets });
  else {
    const n = (what: string) => countOr(ctx, 'other', fillTemplate(JUESUAN_WHAT.vehicles, { what }));
    const kinds = Object.fromEntries(VEHICLE_KINDS.map((k, i) => [`v${i + 1}`, n(k)]));
    paragraphs.push({ kind: 'body', text: ctx.t(o.assets, { vehicles: n('总'), ...kinds, devices: countOr(ctx, 'other', JUESUAN_WHAT.devices) }) });
  }
  return { key: 'other', heading, paragraphs };
}
