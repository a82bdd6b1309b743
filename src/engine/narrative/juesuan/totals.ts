import type { NarrativeContext, ShareInput } from '../context';
import type { NarrativeSection, Paragraph } from '../types';
import { block, cellAmount, classPath, cleanName, item, totalAmount, type Amount } from '../tables';
import { changeFromPrior, compareWithBudget, completion, clerkNumber, pct } from './helpers';
import { EXPENSE_PARTS, INCOME_PARTS, JUESUAN_CLERK, JUESUAN_MESSAGES as M, JUESUAN_WHAT } from './messages';
import { fillTemplate } from '../../compute/template';

/** 一、收入支出决算总体情况: J1's 总计 and its change against last year's 决算. */
export function overviewSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  return grandTotalSection(ctx, heading, {
    key: 'overview',
    table: 'J1',
    tableNumber: 1,
    subjects: ['收入支出总计', '收支总计', '收入总计', '支出总计'],
    missing: '收入支出总计（未识别到收入支出决算总表）',
    messages: M.overview,
  });
}

/** 四、财政拨款收入支出决算总体情况: J4's 总计 and its change. */
export function fiscalSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  return grandTotalSection(ctx, heading, {
    key: 'fiscal',
    table: 'J4',
    tableNumber: 4,
    subjects: ['财政拨款收入支出总计', '财政拨款收支总计'],
    missing: '财政拨款收入支出总计（未识别到财政拨款收入支出决算总表）',
    messages: M.fiscal,
  });
}

/** A 收支总表's 总计 (J1, J4) and its change against last year's 决算, in one paragraph. */
function grandTotalSection(
  ctx: NarrativeContext,
  heading: string,
  spec: { key: 'overview' | 'fiscal'; table: string; tableNumber: number; subjects: string[]; missing: string; messages: { total: string; change: string } },
): NarrativeSection {
  const { key, table, tableNumber, subjects } = spec;
  const total = item(ctx, table, 'income', 'total', 'amount');
  if (!total) return missing(ctx, key, heading, spec.missing);
  ctx.figure({ section: key, subjects, kind: 'amount', value: total.amount, cells: total.cells });
  const change = changeFromPrior(ctx, key, { table, tableNumber, block: 'income', row: 'total', col: 'amount', label: '总计', subjects }, total);
  return {
    key,
    heading,
    paragraphs: [{ kind: 'body', text: ctx.t(spec.messages.total, { total: ctx.amount(total.amount, total.printed) }) + ctx.t(spec.messages.change, { change }) }],
  };
}

/** 二、收入决算 / 三、支出决算: J2's or J3's 合计 row by source or kind, each with its share (不涉及的不列). */
export function partsSection(ctx: NarrativeContext, key: 'income' | 'expense', heading: string): NarrativeSection {
  const id = key === 'income' ? 'J2' : 'J3';
  const total = totalAmount(ctx, id, 'total');
  const whole = key === 'income' ? '本年收入合计' : '本年支出合计';
  if (!total) return missing(ctx, key, heading, `${whole}（未识别到${key === 'income' ? '收入决算表' : '支出决算表'}）`);
  ctx.figure({ section: key, subjects: [whole], kind: 'amount', value: total.amount, cells: total.cells });
  const t = key === 'income' ? M.income : M.expense;
  if (total.amount.isZero()) return { key, heading, paragraphs: [{ kind: 'body', text: ctx.t(t.none) }] };
  const parts: ShareInput[] = [];
  const amounts = new Map<string, Amount>();
  for (const [col, name] of key === 'income' ? INCOME_PARTS : EXPENSE_PARTS) {
    const a = totalAmount(ctx, id, col);
    if (!a) continue;
    ctx.figure({ section: key, subjects: [name], kind: 'amount', value: a.amount, cells: a.cells, stated: !a.amount.isZero() });
    if (a.amount.isZero()) continue;
    amounts.set(col, a);
    parts.push({ key: col, subjects: [name], amount: a.amount, cells: a.cells });
  }
  const shares = ctx.shares(key, parts, total.amount);
  const list = parts
    .map((p) => fillTemplate(M.part, { name: p.subjects[0], amount: ctx.amount(p.amount, amounts.get(p.key)!.printed), share: pct(ctx, shares.get(p.key)!.final) }))
    .join('；');
  return { key, heading, paragraphs: [{ kind: 'body', text: ctx.t(t.lead, { total: ctx.amount(total.amount, total.printed), list }) }] };
}

/**
 * 五、一般公共预算财政拨款支出决算: （一） J5 合计, its share of J3 本年支出合计 and its change; （二） each 类's
 * share of J5 合计; （三） 年初预算 against 决算 in total and per 项 (年初预算 from J5's own column or the clerk's
 * 素材, else a placeholder; 完成年初预算的x% only where 年初预算 is not 0).
 */
export function gpbSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const found = block(ctx, 'J5');
  const total = totalAmount(ctx, 'J5', 'total');
  if (!found || !total) return missing(ctx, 'gpb', heading, '一般公共预算财政拨款支出（未识别到一般公共预算财政拨款支出决算表）');
  const g = M.gpb;
  const subject = '一般公共预算财政拨款支出';
  const totalText = ctx.amount(total.amount, total.printed);
  ctx.figure({ section: 'gpb', subjects: [subject], kind: 'amount', value: total.amount, cells: total.cells });
  const paragraphs: Paragraph[] = [{ kind: 'subheading', text: g.scaleHeading }];
  const spending = totalAmount(ctx, 'J3', 'total');
  let scale = '';
  if (spending && !spending.amount.isZero()) {
    const share = ctx.shares('gpb', [{ key: 'gpb', subjects: ['本年支出合计'], amount: total.amount, cells: total.cells }], spending.amount).get('gpb')!;
    scale = ctx.t(g.scale, { total: totalText, share: pct(ctx, share.final) });
  } else scale = `${subject}${totalText}万元。`;
  const change = changeFromPrior(ctx, 'gpb', { table: 'J5', tableNumber: 5, row: 'total', col: 'total', label: '合计', subjects: [subject] }, total);
  paragraphs.push({ kind: 'body', text: scale + ctx.t(g.change, { change }) });

  paragraphs.push({ kind: 'subheading', text: g.structureHeading });
  const classes = found.block.rows.filter((r) => r.kind === 'class').map((r) => ({ r, a: cellAmount(found.table, r, 'total') })).filter((c) => !c.a.amount.isZero());
  const classParts: ShareInput[] = classes.map((c) => {
    const name = cleanName(c.r.name);
    ctx.figure({ section: 'gpb', subjects: [`${name}（类）`], kind: 'amount', value: c.a.amount, cells: c.a.cells });
    return { key: c.r.code ?? name, subjects: [`${name}（类）`], amount: c.a.amount, cells: c.a.cells };
  });
  const classShares = total.amount.isZero() ? new Map() : ctx.shares('gpb', classParts, total.amount);
  const list = classes
    .map((c, i) => ctx.t(g.structureItem, { name: cleanName(c.r.name), amount: ctx.amount(c.a.amount, c.a.printed), share: pct(ctx, classShares.get(classParts[i].key)!.final) }))
    .join('；');
  paragraphs.push({ kind: 'body', text: ctx.t(g.structure, { total: totalText, list: list || ctx.placeholder('gpb', '一般公共预算财政拨款支出结构') }) });

  paragraphs.push({ kind: 'subheading', text: g.detailHeading });
  const budgetOf = (row: (typeof found.block.rows)[number] | undefined, names: string[]): Amount | undefined => {
    if (row && found.block.columns.some((c) => c.role === 'initialBudget')) return cellAmount(found.table, row, 'initialBudget');
    const n = clerkNumber(ctx, names, JUESUAN_CLERK.initialBudget);
    return n ? { amount: n, cells: [] } : undefined;
  };
  const budgetTotal = budgetOf(found.block.total, [subject, '合计']);
  const detail = (name: string, subjects: string[], final: Amount, budget: Amount | undefined) => {
    if (!budget) {
      return {
        budget: ctx.placeholder('gpb', fillTemplate(JUESUAN_WHAT.initialBudget, { name })),
        completion: '',
        compare: ctx.placeholder('gpb', fillTemplate(JUESUAN_WHAT.reason, { name })),
      };
    }
    ctx.figure({ section: 'gpb', subjects, kind: 'budget', value: budget.amount, cells: budget.cells });
    const rate = completion(ctx, 'gpb', subjects, final, budget);
    return {
      budget: ctx.amount(budget.amount),
      completion: rate ? ctx.t(g.completion, { rate }) : '',
      compare: compareWithBudget(ctx, 'gpb', name, subjects, final.amount, budget.amount, g),
    };
  };
  paragraphs.push({ kind: 'body', text: ctx.t(g.detailTotal, { final: totalText, ...detail(subject, [subject], total, budgetTotal) }) });
  const items = found.block.rows.filter((r) => r.kind === 'xiang');
  if (items.length) paragraphs.push({ kind: 'body', text: g.detailLead });
  items.forEach((r, i) => {
    const a = cellAmount(found.table, r, 'total');
    const name = cleanName(r.name);
    const names = [r.code ?? '', name].filter(Boolean);
    const budget = budgetOf(r, names);
    const subjects = [`${name}（项）`];
    // The 项's own 决算 is a figure only beside its 年初预算: without it, its line's amounts are the clerk's.
    if (budget) ctx.figure({ section: 'gpb', subjects, kind: 'amount', value: a.amount, cells: a.cells });
    const path = classPath(found.block.rows, r.code ?? '', r.name);
    const use = ctx.clerkOr('gpb', names, '主要用于', fillTemplate(JUESUAN_WHAT.mainUse, { name }));
    paragraphs.push({ kind: 'item', text: ctx.t(g.detailItem, { n: String(i + 1), path, use, final: ctx.amount(a.amount, a.printed), ...detail(name, subjects, a, budget) }) });
  });
  return { key: 'gpb', heading, paragraphs };
}

export function missing(ctx: NarrativeContext, key: NarrativeSection['key'], heading: string, what: string): NarrativeSection {
  return { key, heading, paragraphs: [{ kind: 'body', text: ctx.placeholder(key, what) }] };
}
