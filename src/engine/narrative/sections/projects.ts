import type { NarrativeContext } from '../context';
import { CLERK_TOPICS, PLACEHOLDER_WHAT } from '../messages';
import type { NarrativeSection, Paragraph } from '../types';
import { block, cellAmount, cleanName } from '../tables';

/**
 * 七、一般公共预算项目支出: each project of 表7 with its amount; its policy basis, undertaker,
 * allocation and period are the clerk's (情况说明素材) or placeholders.
 */
export function projectsSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const found = block(ctx, 'T7');
  const p = ctx.m.projects;
  const projects = found ? found.block.rows.filter((r) => r.kind === 'project') : [];
  if (projects.length === 0) {
    const text = found ? ctx.t(p.none) : ctx.placeholder('projects', '一般公共预算项目支出（未识别到表7）');
    return { key: 'projects', heading, paragraphs: [{ kind: 'body', text }] };
  }
  const paragraphs: Paragraph[] = [];
  for (const row of projects) {
    const name = cleanName(row.project ?? row.name);
    const a = cellAmount(found!.table, row, 'total');
    ctx.figure({ section: 'projects', subjects: [name], kind: 'amount', value: a.amount, cells: a.cells });
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
