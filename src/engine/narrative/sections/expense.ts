import { shareSentence } from '../../compute/wording';
import { compareItem } from '../../prior/compare';
import type { NarrativeContext } from '../context';
import type { NarrativeSection, Paragraph } from '../types';
import { totalAmount } from '../tables';

const PARTS = [
  { col: 'basic', name: '基本支出' },
  { col: 'project', name: '项目支出' },
];

/** 表3's 合计 row: 基本支出 and 项目支出 with their shares; the change against last year when `withChange`. */
function expenseParts(ctx: NarrativeContext, withChange: boolean): { total?: string; items: string[] } {
  const total = totalAmount(ctx, 'T3', 'total');
  if (!total) return { items: [] };
  ctx.figure({ section: 'expense', subjects: ['支出预算', '支出预算合计', '支出总计'], kind: 'amount', value: total.amount, cells: total.cells });
  const amounts = PARTS.map((p) => ({ ...p, a: totalAmount(ctx, 'T3', p.col) ?? { amount: ctx.zero, cells: [] } }));
  const shares = ctx.shares(
    'expense',
    amounts.map((p) => ({ key: p.col, subjects: [p.name], amount: p.a.amount, cells: p.a.cells })),
    total.amount,
  );
  const items = amounts.map((p) => {
    ctx.figure({ section: 'expense', subjects: [p.name], kind: 'amount', value: p.a.amount, cells: p.a.cells });
    const compared = compareItem(ctx.analysis, ctx.prior, { table: 'T3', row: 'total', col: p.col });
    const change = ctx.change(
      'expense',
      {
        subjects: [p.name],
        label: `表3合计行「${p.name}」`,
        table: 'T3',
        tableNumber: 3,
        current: p.a.amount,
        ...(compared?.prior !== undefined ? { prior: compared.prior, priorCells: compared.priorRow?.cells[p.col] ? [compared.priorRow.cells[p.col]] : [] } : {}),
        cells: p.a.cells,
        reason: { table: 3, names: [p.name] },
      },
      withChange,
    );
    const head = `${p.name}${ctx.amount(p.a.amount, p.a.printed)}万元，${shareSentence(shares.get(p.col)!.final, ctx.settings.percentDecimals)}`;
    return withChange ? `${head}，${change}` : head;
  });
  return { total: ctx.amount(total.amount, total.printed), items };
}

/** 三、支出预算 (004). */
export function expenseSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const { total, items } = expenseParts(ctx, true);
  if (total === undefined) return { key: 'expense', heading, paragraphs: [{ kind: 'body', text: ctx.placeholder('expense', '支出预算（未识别到表3）') }] };
  return {
    key: 'expense',
    heading,
    paragraphs: [{ kind: 'body', text: ctx.t(ctx.m.expense.lead, { total }) }, ...items.map((text) => ({ kind: 'item' as const, text: text + '。' }))],
  };
}

/** 000's （二）支出预算情况, one sentence. */
export function expenseParagraphs(ctx: NarrativeContext): Paragraph[] {
  const { total, items } = expenseParts(ctx, false);
  if (total === undefined) return [{ kind: 'body', text: ctx.placeholder('expense', '支出预算（未识别到表3）') }];
  return [{ kind: 'body', text: ctx.t(ctx.m.expense.lead, { total, list: items.join('；') }) }];
}
