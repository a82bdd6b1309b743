import { blockIsEmpty } from '../../model/query';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../types';
import { block, cellAmount, cleanName, totalAmount } from '../tables';

/**
 * 八 / 九: 表8 政府性基金 and 表9 国有资本经营. An empty table gets the fixed 为空表
 * sentence; a table with money states its total and its 类.
 */
export function fundTableSection(ctx: NarrativeContext, key: 'govFund' | 'soe', heading: string): NarrativeSection {
  const tableId = key === 'govFund' ? 'T8' : 'T9';
  const found = block(ctx, tableId);
  const empty = key === 'govFund' ? ctx.m.emptyFund : ctx.m.emptySoe;
  // A table that was not recognized is not found, never empty: no 为空表 sentence is made up for it.
  if (!found) {
    const n = key === 'govFund' ? 8 : 9;
    ctx.notes.push(`未识别到表${n}，此节留待经办人填写。`);
    const what = key === 'govFund' ? '政府性基金预算支出（未识别到表8）' : '国有资本经营预算支出（未识别到表9）';
    return { key, heading, paragraphs: [{ kind: 'body', text: ctx.placeholder(key, what) }] };
  }
  if (blockIsEmpty(found.block)) return { key, heading, paragraphs: [{ kind: 'body', text: ctx.t(empty) }] };
  const total = totalAmount(ctx, tableId, 'total') ?? { amount: ctx.zero, cells: [] };
  const subjects = key === 'govFund' ? ['政府性基金预算拨款安排的支出', '政府性基金预算支出'] : ['国有资本经营预算拨款安排的支出', '国有资本经营预算支出'];
  ctx.figure({ section: key, subjects, kind: 'amount', value: total.amount, cells: total.cells });
  const classes = found.block.rows
    .filter((r) => r.kind === 'class')
    .map((r) => ({ name: cleanName(r.name), code: r.code ?? '', a: cellAmount(found.table, r, 'total') }))
    .filter((c) => !c.a.amount.isZero());
  for (const c of classes) ctx.figure({ section: key, subjects: [c.name, c.code], kind: 'amount', value: c.a.amount, cells: c.a.cells });
  const list = classes.map((c) => `${c.name}${ctx.amount(c.a.amount, c.a.printed)}万元`).join('、');
  const template = key === 'govFund' ? ctx.m.fundUsed : ctx.m.soeUsed;
  return { key, heading, paragraphs: [{ kind: 'body', text: ctx.t(template, { total: ctx.amount(total.amount, total.printed), list }) }] };
}
