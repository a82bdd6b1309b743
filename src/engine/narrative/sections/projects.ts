import type { NarrativeContext } from '../context';
import { CLERK_TOPICS, PLACEHOLDER_WHAT } from '../messages';
import type { NarrativeSection, Paragraph } from '../types';
import { titleMeets } from '../../model/query';
import { block, cellAmount, cleanName, totalAmount } from '../tables';

/**
 * 七、一般公共预算项目支出: each project of 表7 with its amount; its policy basis, undertaker,
 * allocation and period are the clerk's (情况说明素材) or placeholders.
 */
export function projectsSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const found = block(ctx, 'T7');
  const p = ctx.m.projects;
  const only = (text: string) => ({ key: 'projects' as const, heading, paragraphs: [{ kind: 'body' as const, text }] });
  if (!found) return only(ctx.placeholder('projects', '一般公共预算项目支出（未识别到表7）'));
  // A 项目支出表 of all funds (深圳, 杭州) gives each project's 一般公共预算 in its own column, or nothing this section can say.
  const allFunds = !titleMeets(found.table, { has: ['一般公共预算', '财政拨款'] });
  const col = allFunds ? (found.block.columns.some((c) => c.role === 'gpb') ? 'gpb' : undefined) : 'total';
  if (!col) return only(ctx.placeholder('projects', '一般公共预算项目支出（表7为全部资金的项目支出表，未列一般公共预算）'));
  // Projects with a code (表7), or named under their 单位 without one (深圳 项目支出总表, 杭州 by 单位 and 项目).
  const lines = found.block.rows.filter((r) => r.kind === 'project' || r.projectLine || r.underUnit !== undefined);
  const projects = lines.filter((r) => r.kind === 'project' || !cellAmount(found.table, r, col).amount.isZero());
  if (projects.length === 0) {
    // 没有安排 only of a table with nothing in it; a table by 经济分类 (广州) gives the sum, its projects are the clerk's.
    const empty = found.block.rows.every((r) => Object.values(r.amounts).every((a) => a.blank || a.value.isZero()));
    if (empty) return only(ctx.t(p.none));
    const total = totalAmount(ctx, 'T7', col);
    if (!total) return only(ctx.placeholder('projects', PLACEHOLDER_WHAT.projectList));
    ctx.figure({ section: 'projects', subjects: ['一般公共预算项目支出', '项目支出'], kind: 'amount', value: total.amount, cells: total.cells });
    return {
      key: 'projects',
      heading,
      paragraphs: [
        { kind: 'body', text: ctx.t(p.total, { amount: ctx.amount(total.amount, total.printed) }) },
        { kind: 'body', text: ctx.placeholder('projects', PLACEHOLDER_WHAT.projectList) },
      ],
    };
  }
  const paragraphs: Paragraph[] = [];
  for (const row of projects) {
    const name = cleanName(row.project ?? row.name);
    const a = cellAmount(found.table, row, col);
    if (col === 'total') ctx.figure({ section: 'projects', subjects: [name], kind: 'amount', value: a.amount, cells: a.cells });
    // Of a table of all funds a text may give the project's total or its 一般公共预算: either confirms it, neither is judged.
    else
      for (const c of ['total', col])
        if (found.block.columns.some((x) => x.role === c)) {
          const v = cellAmount(found.table, row, c);
          ctx.figure({ section: 'projects', subjects: [name], kind: 'amount', value: v.amount, cells: v.cells, confirmOnly: true, stated: false });
        }
    const clerk = (topic: string, what: string) => ctx.clerkOr('projects', [name], topic, ctx.t(what, { name }));
    paragraphs.push(
      { kind: 'subheading', text: ctx.t(p.name, { name }) },
      { kind: 'body', text: ctx.t(p.basis, { text: clerk(CLERK_TOPICS.policyBasis, PLACEHOLDER_WHAT.policyBasis) }) },
      { kind: 'body', text: ctx.t(p.amount, { amount: ctx.amount(a.amount, a.printed) }) },
      { kind: 'body', text: ctx.t(p.undertaker, { text: clerk(CLERK_TOPICS.undertaker, PLACEHOLDER_WHAT.undertaker) }) },
      { kind: 'body', text: ctx.t(p.allocation, { text: clerk(CLERK_TOPICS.allocation, PLACEHOLDER_WHAT.allocation) }) },
      { kind: 'body', text: ctx.t(p.period, { text: clerk(CLERK_TOPICS.period, PLACEHOLDER_WHAT.period) }) },
    );
  }
  return { key: 'projects', heading, paragraphs };
}
