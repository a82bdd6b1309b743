import { compareItem } from '../../prior/compare';
import type { NarrativeContext } from '../context';
import { CLERK_SUBJECTS, CLERK_TOPICS, PLACEHOLDER_WHAT } from '../messages';
import type { NarrativeSection, Paragraph, SectionKey } from '../types';
import { item, totalAmount, type Amount } from '../tables';

export const RUNNING_COST_NOTE = '机关运行经费取表6公用经费合计：部门含非参公事业单位时，请改为行政单位和参公事业单位的公用经费。';

/** 十一、其他重要事项: 机关运行经费 from 表6 公用经费 with its change; 政府采购, 国有资产, 绩效 are the clerk's. */
export function otherSection(ctx: NarrativeContext, heading: string): NarrativeSection {
  const o = ctx.m.other;
  const paragraphs: Paragraph[] = [{ kind: 'subheading', text: o.runningHeading }];
  // A 机关运行经费 table (苏州 公开12表), or its line in the “三公” table (上海: blank for a 事业单位 that has none),
  // gives the figure itself; otherwise 表6's 公用经费 stands for it, with a note.
  const table = totalAmount(ctx, 'S-operating', 'total');
  const line = table ? undefined : item(ctx, 'T10', undefined, 'operatingCost', 'total');
  const source = table
    ? { table: 'S-operating', row: 'total', col: 'total', label: '机关运行经费表合计行', amount: table }
    : line
      ? { table: 'T10', row: 'operatingCost', col: 'total', label: '“三公”经费表「机关运行经费」', amount: line }
      : { table: 'T6', row: 'total', col: 'public', label: '表6合计行「公用经费」（机关运行经费）', amount: totalAmount(ctx, 'T6', 'public') };
  const own = source.table !== 'T6';
  const running = source.amount;
  if (running) {
    if (!own) ctx.notes.push(RUNNING_COST_NOTE);
    ctx.figure({ section: 'other', subjects: ['机关运行经费'], kind: 'amount', value: running.amount, cells: running.cells, ...(own ? {} : { atMost: true }) });
    const c = compareItem(ctx.analysis, ctx.prior, { table: source.table, row: source.row, col: source.col });
    const change = ctx.change('other', {
      subjects: ['机关运行经费'],
      label: source.label,
      table: source.table,
      ...(own ? {} : { tableNumber: 6 }),
      current: running.amount,
      ...(c?.prior !== undefined ? { prior: c.prior, priorCells: c.priorRow?.cells[source.col] ? [c.priorRow.cells[source.col]] : [] } : {}),
      cells: running.cells,
      reason: { table: own ? 0 : 6, names: ['机关运行经费', '公用经费', 'total'] },
    });
    paragraphs.push({ kind: 'body', text: ctx.t(o.running, { amount: ctx.amount(running.amount, running.printed), change }) });
  } else {
    paragraphs.push({ kind: 'body', text: ctx.placeholder('other', '机关运行经费（未识别到表6）') });
  }
  const clerkParagraph = (head: string, subject: string, what: string) => {
    paragraphs.push({ kind: 'subheading', text: head });
    paragraphs.push({ kind: 'body', text: ctx.clerkOr('other', [subject], CLERK_TOPICS.content, what) });
  };
  const procurement = procurementAmounts(ctx);
  if (procurement && !ctx.clerk([CLERK_SUBJECTS.procurement], CLERK_TOPICS.content)) {
    paragraphs.push({ kind: 'subheading', text: o.procurementHeading });
    const kinds = (what: string) => [`政府采购${what}预算`, `政府采购${what}`, `拟采购${what}`, `采购${what}`, what];
    const subjects = { total: ['政府采购支出预算总额', '政府采购预算总额', '政府采购预算', '政府采购'], goods: kinds('货物'), works: kinds('工程'), services: kinds('服务') };
    const values: Record<string, string> = {};
    for (const key of ['total', 'goods', 'works', 'services'] as const) {
      const a = procurement[key];
      ctx.figure({ section: 'other', subjects: subjects[key], kind: 'amount', value: a.amount, cells: a.cells, allFunds: true });
      values[key] = ctx.amount(a.amount, a.printed);
    }
    paragraphs.push({ kind: 'body', text: ctx.t(o.procurement, values) });
  } else clerkParagraph(o.procurementHeading, CLERK_SUBJECTS.procurement, PLACEHOLDER_WHAT.procurement);
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

/** 政府采购 总额, 货物, 工程, 服务 from a 政府采购预算表; a category the table does not print is 0. */
function procurementAmounts(ctx: NarrativeContext): Record<'total' | 'goods' | 'works' | 'services', Amount> | undefined {
  const total = item(ctx, 'S-procurement', undefined, 'total', 'total');
  if (!total) return undefined;
  const part = (role: string): Amount => item(ctx, 'S-procurement', undefined, role, 'total') ?? { amount: ctx.zero, cells: [] };
  return { total, goods: part('goods'), works: part('works'), services: part('services') };
}
