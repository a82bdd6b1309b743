import Decimal from 'decimal.js';
import { shareSentence } from '../../compute/wording';
import { compareItem } from '../../prior/compare';
import type { NarrativeContext } from '../context';
import { FISCAL_INCOME_NAME, FISCAL_SOURCES, INCOME_SOURCE_NAMES } from '../messages';
import type { NarrativeSection, Paragraph } from '../types';
import { hasColumn } from '../../model/query';
import { block, totalAmount, type Amount } from '../tables';

const SOURCES = Object.keys(INCOME_SOURCE_NAMES);
/** 000 names 一般公共预算 as 一般公共预算拨款收入 and puts both carry-overs together as 上年结转. */
const ZHAOHUA_NAMES: Record<string, string> = { gpb: '一般公共预算拨款收入' };
const CARRY = ['fiscalCarryover', 'nonFiscalCarryover'];

interface Source {
  key: string;
  name: string;
  subjects: string[];
  amount: Amount;
  cols: string[];
  /** The table prints the column (or the parts it is the sum of): a source it does not print is never "未安排". */
  printed: boolean;
}

/** 表2's 合计 row by source: amounts, shares of 总计 and the change against last year. */
function sources(ctx: NarrativeContext): { total: Amount; list: Source[] } | undefined {
  const total = totalAmount(ctx, 'T2', 'total');
  if (!total) return undefined;
  const t2 = block(ctx, 'T2');
  // 上海 表2 prints 财政拨款收入 as one column, not by 预算: that column is the source.
  const fiscalOnly = t2 !== undefined && hasColumn(t2.block, 'fiscal') && !FISCAL_SOURCES.some((c) => hasColumn(t2.block, c));
  const keys = fiscalOnly ? ['fiscal', ...SOURCES.filter((k) => !FISCAL_SOURCES.includes(k))] : SOURCES;
  const list: Source[] = keys.map((col) => {
    const a = totalAmount(ctx, 'T2', col) ?? { amount: ctx.zero, cells: [] };
    const printed = t2 ? hasColumn(t2.block, col) : false;
    const name = col === 'fiscal' ? FISCAL_INCOME_NAME : INCOME_SOURCE_NAMES[col];
    return { key: col, name, subjects: [name], amount: a, cols: [col], printed };
  });
  return { total, list };
}

function sourceChange(ctx: NarrativeContext, s: Source, stated: boolean, parts: 'amount-and-rate' | 'amount' = 'amount-and-rate'): string {
  let current = new Decimal(0);
  let prior: Decimal | undefined;
  const priorCells = [];
  for (const col of s.cols) {
    const c = compareItem(ctx.analysis, ctx.prior, { table: 'T2', row: 'total', col });
    if (!c) continue;
    current = current.plus(c.current);
    if (c.prior !== undefined) {
      prior = (prior ?? new Decimal(0)).plus(c.prior);
      if (c.priorRow?.cells[col]) priorCells.push(c.priorRow.cells[col]);
    }
  }
  return ctx.change(
    'income',
    {
      subjects: s.subjects,
      label: `表2合计行「${s.name}」`,
      table: 'T2',
      tableNumber: 2,
      current,
      ...(prior !== undefined ? { prior, priorCells } : {}),
      cells: s.amount.cells,
      reason: { table: 2, names: [...s.subjects, ...s.cols] },
      parts,
    },
    stated,
  );
}

/** 二、收入预算 (004): one sentence per source with money; 财政拨款 sources without money "未安排". */
export function incomeSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const found = sources(ctx);
  if (!found) return { key: 'income', heading, paragraphs: [{ kind: 'body', text: ctx.placeholder('income', '收入预算（未识别到表2）') }] };
  const { total, list } = found;
  ctx.figure({ section: 'income', subjects: ['收入预算', '收入预算合计', '收入总计'], kind: 'amount', value: total.amount, cells: total.cells });
  const shares = ctx.shares(
    'income',
    list.map((s) => ({ key: s.key, subjects: s.subjects, amount: s.amount.amount, cells: s.amount.cells })),
    total.amount,
    (key) => !list.find((s) => s.key === key)!.amount.amount.isZero(),
  );
  const paragraphs: Paragraph[] = [{ kind: 'body', text: ctx.t(ctx.m.income.lead, { total: ctx.amount(total.amount, total.printed) }) }];
  const shown = list.filter((s) => !s.amount.amount.isZero() || (FISCAL_SOURCES.includes(s.key) && s.printed));
  const lastWithMoney = [...shown].reverse().find((s) => !s.amount.amount.isZero());
  for (const s of shown) {
    if (s.amount.amount.isZero()) {
      sourceChange(ctx, s, false);
      paragraphs.push({ kind: 'item', text: ctx.t(ctx.m.income.notArranged, { name: s.name }) });
      continue;
    }
    ctx.figure({ section: 'income', subjects: s.subjects, kind: 'amount', value: s.amount.amount, cells: s.amount.cells });
    const share = shares.get(s.key)!;
    const text = `${s.name}${ctx.amount(s.amount.amount, s.amount.printed)}万元，${shareSentence(share.final, ctx.settings.percentDecimals)}，${sourceChange(ctx, s, true)}`;
    paragraphs.push({ kind: 'item', text: text + (s === lastWithMoney ? '。' : '；') });
  }
  for (const s of list.filter((x) => !shown.includes(x))) sourceChange(ctx, s, false);
  return { key: 'income', heading, paragraphs };
}

/** 000's （一）收入预算情况: 上年结转 first, then each source with money, with shares. */
export function incomeParagraphs(ctx: NarrativeContext): Paragraph[] {
  const found = sources(ctx);
  if (!found) return [{ kind: 'body', text: ctx.placeholder('income', '收入预算（未识别到表2）') }];
  const { total, list } = found;
  ctx.figure({ section: 'income', subjects: ['收入预算', '收入预算合计'], kind: 'amount', value: total.amount, cells: total.cells });
  const carry = list.filter((s) => CARRY.includes(s.key));
  const carrySource: Source = {
    key: 'carryover',
    name: '上年结转',
    subjects: ['上年结转', '上年结转结余'],
    amount: {
      amount: carry.reduce((sum, s) => sum.plus(s.amount.amount), new Decimal(0)),
      cells: carry.flatMap((s) => s.amount.cells),
    },
    cols: CARRY,
    printed: carry.some((c) => c.printed),
  };
  const others = list
    .filter((s) => !CARRY.includes(s.key) && !s.amount.amount.isZero())
    .map((s) => ({ ...s, name: ZHAOHUA_NAMES[s.key] ?? s.name, subjects: [ZHAOHUA_NAMES[s.key] ?? s.name, ...s.subjects] }));
  const parts = [carrySource, ...others];
  const shares = ctx.shares(
    'income',
    parts.map((s) => ({ key: s.key, subjects: s.subjects, amount: s.amount.amount, cells: s.amount.cells })),
    total.amount,
  );
  const items = parts.map((s) => {
    ctx.figure({ section: 'income', subjects: s.subjects, kind: 'amount', value: s.amount.amount, cells: s.amount.cells });
    sourceChange(ctx, s, false);
    return `${s.name}${ctx.amount(s.amount.amount, s.amount.printed)}万元，${shareSentence(shares.get(s.key)!.final, ctx.settings.percentDecimals)}`;
  });
  return [{ kind: 'body', text: ctx.t(ctx.m.income.lead, { total: ctx.amount(total.amount, total.printed), list: items.join('；') }) }];
}
