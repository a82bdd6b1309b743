import type { NarrativeContext } from '../context';
import type { NarrativeSection, Paragraph } from '../types';
import { PLACEHOLDER_WHAT } from '../messages';
import { block, cellAmount, cleanName, totalAmount } from '../tables';

/** 六、一般公共预算基本支出: 表6's 人员经费 and 公用经费 with their 款 items. */
export function basicSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const found = block(ctx, 'T6');
  const total = totalAmount(ctx, 'T6', 'total');
  if (!found || !total) return byEconomicClass(ctx, heading) ?? { key: 'basic', heading, paragraphs: [{ kind: 'body', text: ctx.placeholder('basic', '一般公共预算基本支出（未识别到表6）') }] };
  ctx.figure({ section: 'basic', subjects: ['一般公共预算基本支出', '基本支出'], kind: 'amount', value: total.amount, cells: total.cells });
  const b = ctx.m.basic;
  const totalText = ctx.amount(total.amount, total.printed);
  const part = (col: 'personnel' | 'public', name: string) => {
    const a = totalAmount(ctx, 'T6', col) ?? { amount: ctx.zero, cells: [] };
    ctx.figure({ section: 'basic', subjects: [name], kind: 'amount', value: a.amount, cells: a.cells });
    // 款 rows carry the items; a 类 printed without its 款 stands for itself.
    const rows = found.block.rows.filter((r) => r.kind === 'kuan' || (r.kind === 'class' && !found.block.rows.some((k) => k.kind === 'kuan' && k.code?.startsWith(r.code ?? '-'))));
    const items = rows
      .map((r) => ({ name: cleanName(r.name), code: r.code ?? '', a: cellAmount(found.table, r, col) }))
      .filter((i) => !i.a.amount.isZero());
    for (const i of items) ctx.figure({ section: 'basic', subjects: [i.name, i.code], kind: 'amount', value: i.a.amount, cells: i.a.cells });
    const list = items.map((i) => ctx.t(b.itemAmount, { name: i.name, amount: ctx.amount(i.a.amount, i.a.printed) })).join('、');
    return { amount: ctx.amount(a.amount, a.printed), items: list || ctx.placeholder('basic', `${name}构成`) };
  };
  const personnel = part('personnel', '人员经费');
  const publicPart = part('public', '公用经费');
  const paragraphs: Paragraph[] = [];
  if (b.lead) paragraphs.push({ kind: 'body', text: ctx.t(b.lead, { total: totalText }) });
  paragraphs.push({ kind: b.lead ? 'item' : 'body', text: ctx.t(b.personnel, { total: totalText, ...personnel }) });
  paragraphs.push({ kind: b.lead ? 'item' : 'body', text: ctx.t(b.public, publicPart) });
  return { key: 'basic', heading, paragraphs };
}

/**
 * Where a region publishes 一般公共预算支出 by 经济分类 instead of 表6 (深圳): the 基本支出 and its 类 as that table
 * prints them; the split into 人员经费 and 公用经费 follows each region's own definition, so the clerk writes it.
 */
function byEconomicClass(ctx: NarrativeContext, heading: string): NarrativeSection | undefined {
  const found = block(ctx, 'S-gpb-economic');
  const total = totalAmount(ctx, 'S-gpb-economic', 'basic');
  if (!found || !total) return undefined;
  ctx.figure({ section: 'basic', subjects: ['一般公共预算基本支出', '基本支出'], kind: 'amount', value: total.amount, cells: total.cells });
  const items = found.block.rows
    .filter((r) => r.kind === 'class')
    .map((r) => ({ name: cleanName(r.name), code: r.code ?? '', a: cellAmount(found.table, r, 'basic') }))
    .filter((i) => !i.a.amount.isZero());
  for (const i of items) ctx.figure({ section: 'basic', subjects: [i.name, i.code], kind: 'amount', value: i.a.amount, cells: i.a.cells });
  const b = ctx.m.basic;
  const list = items.map((i) => ctx.t(b.itemAmount, { name: i.name, amount: ctx.amount(i.a.amount, i.a.printed) })).join('、');
  const lead = ctx.t(b.lead || '{{dept}}{{year}}年一般公共预算基本支出{{total}}万元，其中：', { total: ctx.amount(total.amount, total.printed) });
  return {
    key: 'basic',
    heading,
    paragraphs: [
      { kind: 'body', text: `${lead}${list}。` },
      { kind: 'body', text: ctx.placeholder('basic', PLACEHOLDER_WHAT.basicSplit) },
    ],
  };
}
