import { compareItem } from '../../prior/compare';
import type { NarrativeContext } from '../context';
import { CLERK_SUBJECTS, CLERK_TOPICS, PLACEHOLDER_WHAT } from '../messages';
import type { NarrativeSection, Paragraph, SectionKey } from '../types';
import { totalAmount } from '../tables';

export const RUNNING_COST_NOTE = '机关运行经费取表6公用经费合计：部门含非参公事业单位时，请改为行政单位和参公事业单位的公用经费。';

/** 十一、其他重要事项: 机关运行经费 from 表6 公用经费 with its change; 政府采购, 国有资产, 绩效 are the clerk's. */
export function otherSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const o = ctx.m.other;
  const paragraphs: Paragraph[] = [{ kind: 'subheading', text: o.runningHeading }];
  const running = totalAmount(ctx, 'T6', 'public');
  if (running) {
    ctx.notes.push(RUNNING_COST_NOTE);
    ctx.figure({ section: 'other', subjects: ['机关运行经费'], kind: 'amount', value: running.amount, cells: running.cells });
    const c = compareItem(ctx.analysis, ctx.prior, { table: 'T6', row: 'total', col: 'public' });
    const change = ctx.change('other', {
      subjects: ['机关运行经费'],
      label: '表6合计行「公用经费」（机关运行经费）',
      table: 'T6',
      tableNumber: 6,
      current: running.amount,
      ...(c?.prior !== undefined ? { prior: c.prior, priorCells: c.priorRow?.cells.public ? [c.priorRow.cells.public] : [] } : {}),
      cells: running.cells,
      reason: { table: 6, names: ['机关运行经费', '公用经费', 'total'] },
    });
    paragraphs.push({ kind: 'body', text: ctx.t(o.running, { amount: ctx.amount(running.amount, running.printed), change }) });
  } else {
    paragraphs.push({ kind: 'body', text: ctx.placeholder('other', '机关运行经费（未识别到表6）') });
  }
  const clerkParagraph = (head: string, subject: string, what: string) => {
    paragraphs.push({ kind: 'subheading', text: head });
    paragraphs.push({ kind: 'body', text: ctx.clerkOr('other', [subject], CLERK_TOPICS.content, what) });
  };
  clerkParagraph(o.procurementHeading, CLERK_SUBJECTS.procurement, PLACEHOLDER_WHAT.procurement);
  clerkParagraph(o.assetsHeading, CLERK_SUBJECTS.assets, PLACEHOLDER_WHAT.assets);
  clerkParagraph(o.performanceHeading, CLERK_SUBJECTS.performance, PLACEHOLDER_WHAT.performance);
  return { key: 'other', heading, paragraphs };
}

/** 000's 一、二: 职能 and 单位构成, the clerk's text only. */
export function clerkOnlySection(ctx: NarrativeContext, key: 'functions' | 'units', heading: string): NarrativeSection {
  const subject = key === 'functions' ? CLERK_SUBJECTS.functions : CLERK_SUBJECTS.units;
  const what = key === 'functions' ? PLACEHOLDER_WHAT.functions : PLACEHOLDER_WHAT.units;
  const section: SectionKey = key;
  return { key: section, heading, paragraphs: [{ kind: 'body', text: ctx.clerkOr(section, [subject], CLERK_TOPICS.content, what) }] };
}
