import type { Analysis } from '../analyze';
import { NarrativeContext, type GenerateOptions } from './context';
import { chineseNumber } from './messages';
import { basicSection } from './sections/basic';
import { expenseSection } from './sections/expense';
import { fiscalSection } from './sections/fiscal';
import { fundTableSection } from './sections/fund-tables';
import { glossarySection } from './sections/glossary';
import { gpbSection } from './sections/gpb';
import { incomeSection } from './sections/income';
import { clerkOnlySection, otherSection } from './sections/other';
import { overviewSection } from './sections/overview';
import { projectsSection } from './sections/projects';
import { threePublicSection } from './sections/three-public';
import type { NarrativeDocument, NarrativeSection } from './types';
import { generateJuesuanNarrative } from './juesuan/generate';

type Builder = (ctx: NarrativeContext, heading: string) => NarrativeSection;

const BUILDERS: Record<string, Builder> = {
  functions: (ctx, h) => clerkOnlySection(ctx, 'functions', h),
  units: (ctx, h) => clerkOnlySection(ctx, 'units', h),
  overview: overviewSection,
  income: incomeSection,
  expense: expenseSection,
  fiscal: fiscalSection,
  gpb: gpbSection,
  basic: basicSection,
  projects: projectsSection,
  govFund: (ctx, h) => fundTableSection(ctx, 'govFund', h),
  soe: (ctx, h) => fundTableSection(ctx, 'soe', h),
  threePublic: threePublicSection,
  other: otherSection,
};

/**
 * The whole 情况说明 from the recognized tables, last year's figures and the clerk's reasons and
 * texts. Every number comes from a cell or a computation on cells (see `figures`); text only the
 * clerk knows is theirs or a 【待填写：…】 placeholder (see `placeholders`). Host-free.
 */
export function generateNarrative(analysis: Analysis, prior?: GenerateOptions['prior'], options: Omit<GenerateOptions, 'prior'> = {}): NarrativeDocument {
  // A 决算 workbook gets the 决算 情况说明 (juesuan/), never a 预算 one written from 决算 figures.
  if (analysis.kind === '决算') return generateJuesuanNarrative(analysis, { ...options, ...(prior ? { prior } : {}) });
  const ctx = new NarrativeContext(analysis, { ...options, ...(prior ? { prior } : {}) });
  const m = ctx.m;
  const sections = m.order.map((key, i) => {
    const heading = `${chineseNumber(i + m.firstNumber)}、${ctx.t(m.headings[key]!)}`;
    return BUILDERS[key](ctx, heading);
  });
  if (m.glossary) sections.push(glossarySection(ctx, m.glossary));
  if (!prior) ctx.notes.push('未提供上年数：与上年比较处留有待填写标记。可在表旁加“上年数”列，或提供上年的公开表工作簿。');
  ctx.noteShareAdjustments();
  for (const c of ctx.priorChanges) {
    ctx.notes.push(c.kind === 'new' ? `本年新增（上年为0）：${c.code ? c.code + ' ' : ''}${c.name}` : `本年取消（本年为0）：${c.code ? c.code + ' ' : ''}${c.name}`);
  }
  return ctx.document(ctx.t(m.title), sections);
}
