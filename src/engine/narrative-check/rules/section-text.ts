import type { SectionKey } from '../../narrative/types';
import type { NarrativeRuleContext } from '../rule-types';

/**
 * One section's lines joined as they were before the document was wrapped (PDF copies break sentences and
 * names across lines): folded text, and the line each offset came from.
 */
export interface SectionText {
  text: string;
  lineAt(offset: number): number;
  /** The sentence (up to 。；) around an offset, as joined. */
  sentenceAt(offset: number): string;
}

export function sectionText(ctx: NarrativeRuleContext, section: SectionKey): SectionText {
  let text = '';
  const starts: Array<{ at: number; line: number }> = [];
  for (const l of ctx.lines) {
    if (l.section !== section || l.heading || l.folded.trim() === '') continue;
    starts.push({ at: text.length, line: l.line });
    text += l.folded.replace(/[\s\u3000]+/g, '');
  }
  return {
    text,
    lineAt(offset) {
      let line = starts[0]?.line ?? 1;
      for (const s of starts) if (s.at <= offset) line = s.line;
      return line;
    },
    sentenceAt(offset) {
      let a = offset;
      while (a > 0 && !/[。；;]/.test(text[a - 1])) a--;
      let b = offset;
      while (b < text.length && !/[。；;]/.test(text[b])) b++;
      return text.slice(a, Math.min(text.length, b + 1));
    },
  };
}

/** Where the sentence holding `offset` starts. */
export function sentenceStart(text: string, offset: number): number {
  let a = offset;
  while (a > 0 && !/[。；;]/.test(text[a - 1])) a--;
  return a;
}
