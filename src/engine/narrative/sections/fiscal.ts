import { compareItem } from '../../prior/compare';
import type { NarrativeContext } from '../context';
import { CLERK_TOPICS, PLACEHOLDER_WHAT } from '../messages';
import type { NarrativeSection, Paragraph } from '../types';
import { block, cellAmount, cleanName, item, type Amount } from '../tables';

const FUNDS = [
  { role: 'gpb', income: '一般公共预算拨款', expense: '一般公共预算' },
  { role: 'fund', income: '政府性基金预算拨款', expense: '政府性基金预算' },
  { role: 'soe', income: '国有资本经营预算拨款', expense: '国有资本经营预算' },
];
const CARRY = [
  { role: 'carryGpb', name: '上年结转一般公共预算拨款收入' },
  { role: 'carryFund', name: '上年结转政府性基金预算拨款收入' },
  { role: 'carrySoe', name: '上年结转国有资本经营预算拨款收入' },
];

/** 四、财政拨款收支总体情况: 表4's totals, income by fund, each 类 with what it mainly pays for. */
export function fiscalSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const total = item(ctx, 'T4', 'income', 'total', 'total');
  if (!total) return { key: 'fiscal', heading, paragraphs: [{ kind: 'body', text: ctx.placeholder('fiscal', '财政拨款收支总预算（未识别到表4）') }] };
  ctx.figure({ section: 'fiscal', subjects: ['财政拨款收支总预算', '财政拨款收支预算', '财政拨款收入总计'], kind: 'amount', value: total.amount, cells: total.cells });
  const totalText = ctx.amount(total.amount, total.printed);
  const incomes = FUNDS.map((f) => ({ ...f, a: item(ctx, 'T4', 'income', f.role, 'total') }));
  for (const i of incomes) if (i.a) ctx.figure({ section: 'fiscal', subjects: [i.income, i.expense, `本年${i.income}收入`], kind: 'amount', value: i.a.amount, cells: i.a.cells, stated: !i.a.amount.isZero() });
  const carries = CARRY.map((c) => ({ ...c, a: item(ctx, 'T4', 'income', c.role, 'total') }));
  // An absent 上年结转 row is 0: the sentence "上年结转…收入0万元" is still checkable.
  for (const c of carries) ctx.figure({ section: 'fiscal', subjects: [c.name], kind: 'amount', value: c.a?.amount ?? ctx.zero, cells: c.a?.cells ?? [], stated: Boolean(c.a && !c.a.amount.isZero()) });
  const classes = expenseClasses(ctx);
  const paragraphs: Paragraph[] = [];

  if (ctx.settings.wordingStyle === 'zhaohua') {
    const compared = compareItem(ctx.analysis, ctx.prior, { table: 'T4', block: 'income', row: 'total', col: 'total' });
    const change = ctx.change('fiscal', {
      subjects: ['财政拨款收支总预算'],
      label: '表4「收入总计」',
      table: 'T4',
      tableNumber: 4,
      current: total.amount,
      ...(compared?.prior !== undefined ? { prior: compared.prior, priorCells: Object.values(compared.priorRow?.cells ?? {}) } : {}),
      cells: total.cells,
      reason: { table: 4, names: ['财政拨款收支总预算', '财政拨款收支预算', 'total'] },
      parts: 'amount',
    });
    paragraphs.push({ kind: 'body', text: ctx.t(ctx.m.fiscal.totalChange!, { lead: ctx.t(ctx.m.fiscal.total, { total: totalText }), change }) });
    const income = [
      ...incomes.filter((i, n) => n === 0 || (i.a && !i.a.amount.isZero())).map((i) => `本年${i.income}收入${ctx.amount(i.a?.amount ?? ctx.zero, i.a?.printed)}万元`),
      ...carries.filter((c, n) => n === 0 || (c.a && !c.a.amount.isZero())).map((c) => `${c.name}${ctx.amount(c.a?.amount ?? ctx.zero, c.a?.printed)}万元`),
    ];
    const expense = classes.flatMap((c) => c.items.map((i) => ctx.t(ctx.m.fiscal.expenseItem, { name: i.name, amount: ctx.amount(i.a.amount, i.a.printed) })));
    paragraphs.push({ kind: 'body', text: ctx.t(ctx.m.fiscal.incomeList, { income: income.join('、'), expense: expense.join('、') }) });
    return { key: 'fiscal', heading, paragraphs };
  }

  paragraphs.push({ kind: 'body', text: ctx.t(ctx.m.fiscal.total, { total: totalText }) });
  const withMoney = incomes.filter((i) => i.a && !i.a.amount.isZero());
  const carryMoney = carries.filter((c) => c.a && !c.a.amount.isZero());
  if (withMoney.length === 1 && withMoney[0].role === 'gpb' && carryMoney.length === 0) paragraphs.push({ kind: 'body', text: ctx.m.fiscal.onlyGpb });
  const list = [
    ...withMoney.map((i) => `${i.income}${ctx.amount(i.a!.amount, i.a!.printed)}万元`),
    ...carryMoney.map((c) => `${c.name}${ctx.amount(c.a!.amount, c.a!.printed)}万元`),
  ];
  paragraphs.push({ kind: 'body', text: ctx.t(ctx.m.fiscal.incomeList, { list: list.join('、') || ctx.amount(ctx.zero) + '万元' }) });
  for (const c of classes) {
    if (c.items.length === 0) continue;
    const sentences = c.items.map((i) =>
      ctx.t(ctx.m.fiscal.expenseItem, {
        name: i.name,
        amount: ctx.amount(i.a.amount, i.a.printed),
        use: ctx.clerkOr('fiscal', [i.name, i.code], CLERK_TOPICS.mainUse, ctx.t(PLACEHOLDER_WHAT.mainUse, { name: i.name })),
      }),
    );
    paragraphs.push({ kind: 'body', text: ctx.t(ctx.m.fiscal.expenseLead, { name: c.fund }) + sentences.join('') });
  }
  return { key: 'fiscal', heading, paragraphs };
}

/** 表4's 支出 类 by funding column, with money. */
function expenseClasses(ctx: NarrativeContext): Array<{ fund: string; items: Array<{ name: string; code: string; a: Amount }> }> {
  const found = block(ctx, 'T4', 'expense');
  if (!found) return [];
  return FUNDS.map((f) => {
    const items = found.block.rows
      .filter((r) => r.kind === 'class')
      .map((r) => ({ name: cleanName(r.name), code: r.code ?? '', a: cellAmount(found.table, r, f.role) }))
      .filter((i) => !i.a.amount.isZero());
    for (const i of items) ctx.figure({ section: 'fiscal', subjects: [i.name, i.code], kind: 'amount', value: i.a.amount, cells: i.a.cells });
    return { fund: f.expense, items };
  });
}
