import { COMMON_MESSAGES } from '../../compute/messages';
import { fillTemplate } from '../../compute/template';
import { shareSentence } from '../../compute/wording';
import { compareItem, compareRows, type RowComparison } from '../../prior/compare';
import type { NarrativeContext } from '../context';
import { CLERK_TOPICS, PLACEHOLDER_WHAT } from '../messages';
import type { NarrativeSection, Paragraph } from '../types';
import { block, cellAmount, classPath, cleanName, totalAmount } from '../tables';

const PARTS = [
  { col: 'basic', name: '基本支出' },
  { col: 'project', name: '项目支出' },
];

/** 五、一般公共预算当年拨款: (一) 规模变化, (二) 结构 by 类, (三) one line per 项 of 表5. */
export function gpbSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const found = block(ctx, 'T5');
  const total = totalAmount(ctx, 'T5', 'total');
  if (!found || !total) return { key: 'gpb', heading, paragraphs: [{ kind: 'body', text: ctx.placeholder('gpb', '一般公共预算当年拨款（未识别到表5）') }] };
  const zhaohua = ctx.settings.wordingStyle === 'zhaohua';
  const g = ctx.m.gpb;
  const paragraphs: Paragraph[] = [{ kind: 'subheading', text: g.scaleHeading }];
  ctx.figure({ section: 'gpb', subjects: ['一般公共预算拨款合计', '一般公共预算当年拨款', '一般公共预算拨款'], kind: 'amount', value: total.amount, cells: total.cells });
  const totalText = ctx.amount(total.amount, total.printed);

  const changeOf = (col: string, subjects: string[], stated: boolean, parts: 'amount-and-rate' | 'amount' = 'amount-and-rate') => {
    const a = totalAmount(ctx, 'T5', col) ?? { amount: ctx.zero, cells: [] };
    const compared = compareItem(ctx.analysis, ctx.prior, { table: 'T5', row: 'total', col });
    return ctx.change(
      'gpb',
      {
        subjects,
        label: `表5合计行「${subjects[0]}」`,
        table: 'T5',
        tableNumber: 5,
        current: a.amount,
        ...(compared?.prior !== undefined ? { prior: compared.prior, priorCells: compared.priorRow?.cells[col] ? [compared.priorRow.cells[col]] : [] } : {}),
        cells: a.cells,
        reason: { table: 5, names: col === 'total' ? [...subjects, 'total'] : subjects },
        comparedWith: zhaohua ? 'budget-amount' : 'budget',
        parts,
      },
      stated,
    );
  };

  const partTexts = PARTS.map((p) => {
    const a = totalAmount(ctx, 'T5', p.col) ?? { amount: ctx.zero, cells: [] };
    ctx.figure({ section: 'gpb', subjects: [p.name], kind: 'amount', value: a.amount, cells: a.cells, stated: !zhaohua });
    const change = changeOf(p.col, [p.name], !zhaohua);
    return `${p.name}${ctx.amount(a.amount, a.printed)}万元，${change}。`;
  });
  const totalChange = changeOf('total', ['一般公共预算当年拨款', '一般公共预算拨款合计'], zhaohua, 'amount');
  paragraphs.push({ kind: 'body', text: ctx.t(g.scale, { total: totalText, parts: partTexts.join(''), change: totalChange }) });

  paragraphs.push({ kind: 'subheading', text: g.structureHeading });
  const classes = found.block.rows.filter((r) => r.kind === 'class').map((r) => ({ row: r, name: cleanName(r.name), a: cellAmount(found.table, r, 'total') })).filter((c) => !c.a.amount.isZero());
  // Keyed by position: two 类 rows may share a code (a row copied, a 类 printed once per 单位), each has its own share.
  const shares = ctx.shares(
    'gpb',
    classes.map((c, i) => ({ key: String(i), subjects: [c.name, c.row.code ?? ''], amount: c.a.amount, cells: c.a.cells })),
    total.amount,
  );
  const structure = classes.map((c, i) => {
    ctx.figure({ section: 'gpb', subjects: [c.name, c.row.code ?? ''], kind: 'amount', value: c.a.amount, cells: c.a.cells });
    const share = shareSentence(shares.get(String(i))!.final, ctx.settings.percentDecimals);
    return ctx.t(g.structureItem, { n: String(i + 1), name: c.name, amount: ctx.amount(c.a.amount, c.a.printed), share });
  });
  if (zhaohua) paragraphs.push({ kind: 'body', text: structure.join('；') + '。' });
  else paragraphs.push(...structure.map((text) => ({ kind: 'item' as const, text })));

  paragraphs.push({ kind: 'subheading', text: g.detailHeading });
  const compared = compareRows(ctx.analysis, ctx.prior, { table: 'T5', col: 'total', kinds: ['xiang'] });
  const priorRows = ctx.prior?.blocks.find((b) => b.table === 'T5' && b.block === found.block.def.id)?.rows ?? [];
  (compared?.rows ?? []).forEach((row, i) => paragraphs.push({ kind: 'item', text: detailLine(ctx, row, i + 1, [...found.block.rows, ...priorRows], Boolean(compared?.available)) }));
  for (const r of compared?.newItems ?? []) ctx.priorChanges.push({ section: 'gpb', kind: 'new', name: r.name, ...(r.code ? { code: r.code } : {}) });
  for (const r of compared?.droppedItems ?? []) ctx.priorChanges.push({ section: 'gpb', kind: 'dropped', name: r.name, ...(r.code ? { code: r.code } : {}) });
  return { key: 'gpb', heading, paragraphs };
}

function detailLine(ctx: NarrativeContext, row: RowComparison, n: number, rows: Array<{ kind: string; code?: string; name: string }>, havePrior: boolean): string {
  const zhaohua = ctx.settings.wordingStyle === 'zhaohua';
  const name = cleanName(row.name);
  const path = row.code ? classPath(rows, row.code, row.name) : `${name}（项）`;
  const cells = row.currentRow?.amounts.total ? [row.currentRow.amounts.total.ref] : [];
  const printed = row.currentRow?.amounts.total?.raw;
  const subjects = [name, row.code ?? ''].filter(Boolean);
  ctx.figure({ section: 'gpb', subjects, kind: 'amount', value: row.current, cells });
  const budget = fillTemplate(COMMON_MESSAGES.budgetAmount, {
    year: ctx.yearText,
    amount: ctx.amount(row.current, typeof printed === 'number' || typeof printed === 'string' ? String(printed) : undefined),
  });
  const change = ctx.change(
    'gpb',
    {
      subjects,
      label: `表5「${row.code ? row.code + ' ' : ''}${name}」`,
      table: 'T5',
      tableNumber: 5,
      current: row.current,
      ...(havePrior ? { prior: row.prior, priorCells: row.priorRow?.cells.total ? [row.priorRow.cells.total] : [] } : {}),
      cells,
      reason: { table: 5, code: row.code, names: [name] },
      comparedWith: 'budget-amount',
    },
    !zhaohua,
  );
  if (zhaohua) {
    const use = ctx.clerkOr('gpb', subjects, CLERK_TOPICS.mainUse, ctx.t(PLACEHOLDER_WHAT.mainUse, { name }));
    return ctx.t(ctx.m.gpb.detailItemWithUse, { n: String(n), path, budget, use });
  }
  return ctx.t(ctx.m.gpb.detailItem, { n: String(n), path, budget, change });
}
