import type { NarrativeContext } from '../context';
import { chineseNumber, type StyleMessages } from '../messages';
import type { NarrativeSection } from '../types';

/** 名词解释: the template's definitions of the terms the tables use, numbered 一、… (预算 004, 决算 Shanghai 2024). */
export function glossarySection(ctx: NarrativeContext, glossary: NonNullable<StyleMessages['glossary']>): NarrativeSection {
  return {
    key: 'glossary',
    heading: glossary.heading,
    paragraphs: glossary.terms.map(([name, text], i) => ({ kind: 'body' as const, text: ctx.t(glossary.term, { n: chineseNumber(i + 1), name, text }) })),
  };
}
