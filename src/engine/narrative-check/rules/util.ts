import Decimal from 'decimal.js';
import type { Mention } from '../mentions';
import type { NarrativeRuleContext, NarrativeSentence } from '../rule-types';

export function roundHalfUp(d: Decimal, decimals: number): Decimal {
  return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** "1197.15" (no trailing zeros beyond two decimals). */
export function wanText(d: Decimal): string {
  return `${d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed()}`;
}

export function percentText(d: Decimal, decimals: number): string {
  return `${roundHalfUp(d, decimals).toFixed(decimals)}%`;
}

/** A figure of the text: an amount or percentage that is not the clerk's own words nor a bound. */
export function isFigure(m: Mention): boolean {
  return !m.zone && !m.threshold;
}

export interface ChangeTriple {
  sentence: NarrativeSentence;
  /** This year's amount stated before the change in the same sentence. */
  current?: Mention;
  change: Mention;
  rate?: Mention;
}

/** Each 比上年增加/减少 X万元 with this year's amount before it and the rate after it, sentence by sentence. */
export function changeTriples(ctx: NarrativeRuleContext): ChangeTriple[] {
  const out: ChangeTriple[] = [];
  for (const s of ctx.sentences) {
    const ms = s.mentions.filter(isFigure);
    ms.forEach((m, i) => {
      if (m.kind !== 'change' || m.unit === '%') return;
      let current: Mention | undefined;
      for (let j = i - 1; j >= 0; j--) {
        if (ms[j].kind === 'amount') {
          current = ms[j];
          break;
        }
        if (ms[j].kind === 'change' || ms[j].kind === 'rate') break;
      }
      const next = ms[i + 1];
      const rate = next && next.kind === 'rate' ? next : undefined;
      out.push({ sentence: s, change: m, ...(current ? { current } : {}), ...(rate ? { rate } : {}) });
    });
  }
  return out;
}

/** Last year from the sentence: this year − the change (signed by its word). */
export function priorOf(ctx: NarrativeRuleContext, t: ChangeTriple): Decimal | undefined {
  if (!t.current) return undefined;
  const signed = ctx.wan(t.change).abs().mul(t.change.direction ?? 1);
  return ctx.wan(t.current).minus(signed);
}

/** The sentence quoted for a message, cut to a readable length. */
export function quote(text: string): string {
  const t = text.trim();
  return t.length > 80 ? `${t.slice(0, 78)}……` : t;
}
