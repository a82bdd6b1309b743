import type { NarrativeContext } from '../context';
import type { NarrativeSection, Paragraph } from '../types';
import { block, cellAmount, cleanName, item, itemIsFilled, type Amount } from '../tables';
import { compareItem } from '../../prior/compare';
import { expenseParagraphs } from './expense';
import { incomeParagraphs } from './income';

/** 表1's 收入 items in the order 004's 一 lists them; a blank parent is listed by its filled parts. */
const INCOME_ORDER = ['gpb', 'fund', 'soe', 'specialAccount', 'unitFunds', 'fiscalCarryover', 'nonFiscalCarryover'];

/** 表1 支出 lines by use, listed where the table has no 类. */
const USE_LINES = ['basicExpense', 'projectExpense', 'operatingExpense', 'toSuperior', 'toAffiliated'];

interface Listed {
  name: string;
  amount: Amount;
}

/** 一、收支预算总体说明: 表1's 总计, its sources and its 类. */
export function overviewSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const paragraphs: Paragraph[] = [];
  const total = item(ctx, 'T1', 'income', 'total', 'amount');
  const income = incomeList(ctx);
  const expense = expenseList(ctx);
  if (total) ctx.figure({ section: 'overview', subjects: ['收支总预算', '收支预算', '收入总计', '支出总计'], kind: 'amount', value: total.amount, cells: total.cells });
  const totalText = total ? ctx.amount(total.amount, total.printed) : ctx.placeholder('overview', '收支总预算（未识别到表1）');

  if (ctx.settings.wordingStyle === 'zhaohua') {
    paragraphs.push({
      kind: 'body',
      text: ctx.t(ctx.m.overview.intro, {
        incomeNames: income.map((i) => i.name).join('、'),
        expenseNames: expense.map((e) => e.name).join('、'),
      }),
    });
    const lead = ctx.t(ctx.m.overview.total, { total: totalText });
    const compared = total && compareItem(ctx.analysis, ctx.prior, { table: 'T1', block: 'income', row: 'total', col: 'amount' });
    const change = ctx.change('overview', {
      subjects: ['收支总预算', '收支预算总数'],
      label: '表1「收入总计」',
      table: 'T1',
      tableNumber: 1,
      current: total?.amount ?? compared?.current ?? ctx.zero,
      ...(compared?.prior !== undefined ? { prior: compared.prior, priorCells: Object.values(compared.priorRow?.cells ?? {}) } : {}),
      cells: total?.cells ?? [],
      reason: { table: 1, names: ['收支总预算', '收支预算', '收入总计', 'total'] },
      parts: 'amount',
    });
    paragraphs.push({ kind: 'body', text: ctx.t(ctx.m.overview.totalChange!, { lead, change }) });
    paragraphs.push({ kind: 'subheading', text: ctx.m.overview.incomeList });
    paragraphs.push(...incomeParagraphs(ctx));
    paragraphs.push({ kind: 'subheading', text: ctx.m.overview.expenseList });
    paragraphs.push(...expenseParagraphs(ctx));
    return { key: 'overview', heading, paragraphs };
  }

  paragraphs.push({ kind: 'body', text: ctx.t(ctx.m.overview.intro, { total: totalText }) });
  const listText = (list: Listed[]) => list.map((i) => `${i.name}${ctx.amount(i.amount.amount, i.amount.printed)}万元`).join('、');
  paragraphs.push({ kind: 'body', text: ctx.t(ctx.m.overview.incomeList, { list: listText(income) || ctx.placeholder('overview', '收入预算构成') }) });
  paragraphs.push({ kind: 'body', text: ctx.t(ctx.m.overview.expenseList, { list: listText(expense) || ctx.placeholder('overview', '支出预算构成') }) });
  return { key: 'overview', heading, paragraphs };
}

/** The sources 一 lists, registering every 表1 收入 row as a figure the checker can verify. */
function incomeList(ctx: NarrativeContext): Listed[] {
  const found = block(ctx, 'T1', 'income');
  if (!found) return [];
  const rowsDef = found.block.def.rows ?? [];
  for (const row of found.block.rows) {
    if (row.kind !== 'item' || !row.role) continue;
    const a = item(ctx, 'T1', 'income', row.role, 'amount');
    const def = rowsDef.find((d) => d.role === row.role);
    const names = [cleanName(row.name), def?.label ?? ''].filter(Boolean);
    // 004 writes 一般公共预算 for the row 一般公共预算拨款.
    const short = names.map((n) => n.replace(/(拨款收入|拨款|收入)$/, '')).filter((n) => n.length >= 4 && !names.includes(n));
    if (a) ctx.figure({ section: 'overview', subjects: [...names, ...short], kind: 'amount', value: a.amount, cells: a.cells, stated: false });
  }
  const out: Listed[] = [];
  const visit = (role: string) => {
    const a = item(ctx, 'T1', 'income', role, 'amount');
    if (!a || a.amount.isZero()) return;
    const children = rowsDef.filter((d) => d.parent === role).map((d) => d.role);
    if (!itemIsFilled(ctx, 'T1', 'income', role, 'amount') && children.length) {
      children.forEach(visit);
      return;
    }
    const row = found.block.rows.find((r) => r.kind === 'item' && r.role === role)!;
    out.push({ name: cleanName(row.name), amount: a });
    const figure = ctx.figures.find((f) => f.section === 'overview' && f.cells === a.cells);
    if (figure) figure.stated = true;
  };
  // 财政拨款收入 as one line (广州 预算拨款, 长沙 本级财政拨款收入), 上年结转 as one line: listed where their parts are not.
  const hasAny = (roles: string[]) => roles.some((r) => !(item(ctx, 'T1', 'income', r, 'amount')?.amount.isZero() ?? true));
  if (!hasAny(['gpb', 'fund', 'soe'])) visit('fiscalIncome');
  INCOME_ORDER.forEach(visit);
  if (!hasAny(['fiscalCarryover', 'nonFiscalCarryover'])) visit('carryover');
  return out;
}

/** 表1's 支出 类 with money. */
function expenseList(ctx: NarrativeContext): Listed[] {
  const found = block(ctx, 'T1', 'expense');
  if (!found) return [];
  const out: Listed[] = [];
  // A 表1 that lists 支出 by use, not by 类 (长沙: 基本支出, 项目支出, 事业单位经营支出 …): those lines.
  const byClass = found.block.rows.some((r) => r.kind === 'class');
  for (const row of found.block.rows) {
    if (byClass ? row.kind !== 'class' : !(row.kind === 'item' && row.role && USE_LINES.includes(row.role))) continue;
    const a = cellAmount(found.table, row, 'amount');
    if (a.amount.isZero()) continue;
    const name = cleanName(row.name);
    out.push({ name, amount: a });
    ctx.figure({ section: 'overview', subjects: [name, row.code ?? ''].filter(Boolean), kind: 'amount', value: a.amount, cells: a.cells });
  }
  return out;
}
