import type { Analysis } from '../../analyze';
import { NarrativeContext, type GenerateOptions } from '../context';
import { chineseNumber } from '../messages';
import type { NarrativeDocument, NarrativeSection } from '../types';
import { JUESUAN_GLOSSARY, JUESUAN_MESSAGES, JUESUAN_ORDER, JUESUAN_WHAT, type JuesuanSectionKey } from './messages';
import { glossarySection } from '../sections/glossary';
import { basicSection, fundSection, otherSection, performanceSection, threePublicSection } from './spending';
import { fiscalSection, gpbSection, overviewSection, partsSection } from './totals';

type Builder = (ctx: NarrativeContext, heading: string) => NarrativeSection;

const BUILDERS: Record<JuesuanSectionKey, Builder> = {
  overview: overviewSection,
  income: (ctx, h) => partsSection(ctx, 'income', h),
  expense: (ctx, h) => partsSection(ctx, 'expense', h),
  fiscal: fiscalSection,
  gpb: gpbSection,
  basic: basicSection,
  threePublic: threePublicSection,
  govFund: (ctx, h) => fundSection(ctx, 'govFund', h),
  soe: (ctx, h) => fundSection(ctx, 'soe', h),
  performance: performanceSection,
  other: otherSection,
};

/**
 * The 部门决算 情况说明 (juesuan.md §4): the Shanghai 2024 template's eleven sections from the 决算 tables, last
 * year's 决算 where given, and the clerk's texts and counts; placeholders where only the clerk knows.
 */
export function generateJuesuanNarrative(analysis: Analysis, options: GenerateOptions): NarrativeDocument {
  const ctx = new NarrativeContext(analysis, options);
  const sections = JUESUAN_ORDER.map((key, i) => BUILDERS[key](ctx, `${chineseNumber(i + 1)}、${JUESUAN_MESSAGES.headings[key]}`));
  sections.push(glossarySection(ctx, JUESUAN_GLOSSARY));
  if (!options.prior) ctx.notes.push(`未提供上年数：与上年度决算比较处留有待填写标记（${JUESUAN_WHAT.priorYear}）。可提供上年的决算公开表工作簿。`);
  ctx.noteShareAdjustments();
  return ctx.document(ctx.t(JUESUAN_MESSAGES.title), sections);
}
