import { compareItem } from '../../prior/compare';
import type { NarrativeContext } from '../context';
import { chineseNumber, CLERK_SUBJECTS, CLERK_TOPICS, THREE_PUBLIC_NAMES } from '../messages';
import type { NarrativeSection, Paragraph } from '../types';
import { item, type Amount } from '../tables';

interface Part {
  role: string;
  name: string;
  subjects: string[];
  a: Amount;
}

/** 十、财政拨款“三公”经费: 表10's total and parts, each with its change against last year. */
export function threePublicSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const total = item(ctx, 'T10', 'body', 'total', 'total');
  if (!total) return { key: 'threePublic', heading, paragraphs: [{ kind: 'body', text: ctx.placeholder('threePublic', '“三公”经费（未识别到表10）') }] };
  const zhaohua = ctx.settings.wordingStyle === 'zhaohua';
  const part = (role: string, name: string, subjects: string[]): Part => ({ role, name, subjects: [name, ...subjects], a: item(ctx, 'T10', 'body', role, 'total') ?? { amount: ctx.zero, cells: [] } });
  const parts: Part[] = zhaohua
    ? [
        part('reception', THREE_PUBLIC_NAMES.reception, []),
        part('vehicle', THREE_PUBLIC_NAMES.vehicle, ['公务用车购置及运行费']),
        part('abroad', '因公出国（境）经费', [THREE_PUBLIC_NAMES.abroad]),
      ]
    : [
        part('abroad', THREE_PUBLIC_NAMES.abroad, ['因公出国（境）经费']),
        part('vehiclePurchase', THREE_PUBLIC_NAMES.vehiclePurchase, []),
        part('vehicleOperation', THREE_PUBLIC_NAMES.vehicleOperation, ['公务用车运行维护费']),
        part('reception', THREE_PUBLIC_NAMES.reception, []),
      ];
  const totalSubjects = ['“三公”经费', '三公经费', '"三公"经费'];
  ctx.figure({ section: 'threePublic', subjects: totalSubjects, kind: 'amount', value: total.amount, cells: total.cells });
  for (const p of parts) ctx.figure({ section: 'threePublic', subjects: p.subjects, kind: 'amount', value: p.a.amount, cells: p.a.cells });
  const tp = ctx.m.threePublic;
  const changeOf = (role: string, subjects: string[], label: string, a: Amount, parts: 'amount-and-rate' | 'rate' = 'amount-and-rate') => {
    const c = compareItem(ctx.analysis, ctx.prior, { table: 'T10', row: role, col: 'total' });
    return ctx.change('threePublic', {
      subjects,
      label: `表10「${label}」`,
      table: 'T10',
      tableNumber: 10,
      current: a.amount,
      ...(c?.prior !== undefined ? { prior: c.prior, priorCells: c.priorRow?.cells.total ? [c.priorRow.cells.total] : [] } : {}),
      cells: a.cells,
      reason: { table: 10, names: role === 'total' ? [...subjects, 'total'] : subjects },
      parts,
    });
  };
  const list = parts.map((p) => `${p.name}${ctx.amount(p.a.amount, p.a.printed)}万元`).join('，');
  const paragraphs: Paragraph[] = [{ kind: 'body', text: ctx.t(tp.total, { total: ctx.amount(total.amount, total.printed), list }) }];

  if (zhaohua) {
    parts.forEach((p, i) => {
      const change = changeOf(p.role, p.subjects, p.name, p.a, 'rate');
      paragraphs.push({ kind: 'subheading', text: ctx.t(tp.partHeading!, { n: chineseNumber(i + 1), name: p.name, change }) });
      const subject = p.role === 'reception' ? CLERK_SUBJECTS.reception : p.role === 'vehicle' ? CLERK_SUBJECTS.vehicle : undefined;
      const note = subject && ctx.clerk([subject], CLERK_TOPICS.content);
      if (note) paragraphs.push({ kind: 'body', text: note });
    });
    return { key: 'threePublic', heading, paragraphs };
  }

  paragraphs.push({ kind: 'body', text: ctx.t(tp.change, { change: changeOf('total', totalSubjects, '合计', total) }) });
  const partChanges = parts.map((p) => ctx.t(tp.part, { name: p.name, change: changeOf(p.role, p.subjects, p.name, p.a) }));
  paragraphs.push({ kind: 'body', text: partChanges.join('；') + '。' });
  return { key: 'threePublic', heading, paragraphs };
}
