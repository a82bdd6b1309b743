import { foldSubject } from '../mentions';
import { defineNarrativeRule } from '../rule-types';
import { quote } from './util';

/**
 * A 项目名称 that matches no row of the project table: 提示 with the closest row, so the clerk
 * can make the text and the table use one name ("国土变更调查工作项目" vs "国土变更调查项目经费").
 */
export const unknownName = defineNarrativeRule({
  id: 'narrative/unknown-name',
  severity: 'warning',
  description: '文中的项目名称应与公开表一致',
  messages: {
    closest: '“{{quote}}”：项目“{{name}}”在公开表中找不到，最接近的是表{{table}}的“{{closest}}”，请统一名称。',
    none: '“{{quote}}”：项目“{{name}}”在公开表中找不到，其金额未核对。',
  },
  check(ctx) {
    const rows = ctx.figures.filter((f) => f.section === 'projects' && f.kind === 'amount' && f.subjects[0]);
    if (rows.length === 0) return;
    const names = Array.from(new Map(rows.map((f) => [foldSubject(f.subjects[0]), f])).entries());
    for (const l of ctx.lines) {
      const m = /^\s*项目名称\s*[:：]\s*(.+?)\s*$/.exec(l.raw);
      if (!m) continue;
      const name = foldSubject(m[1]);
      if (names.some(([n]) => n === name)) continue;
      let best: [number, string, (typeof rows)[number]] | undefined;
      for (const [n, f] of names) {
        const score = similarity(name, n);
        if (!best || score > best[0]) best = [score, f.subjects[0], f];
      }
      if (best && best[0] >= 0.5) {
        const tableNo = /表(\d+)/.exec(best[2].cells[0]?.sheet ?? '')?.[1] ?? '7';
        ctx.report({ messageId: 'closest', data: { quote: quote(l.raw), name: m[1].trim(), table: tableNo, closest: best[1] }, line: l.line, sentence: l.raw.trim(), cells: best[2].cells, stated: m[1].trim(), expected: best[1] });
      } else {
        ctx.report({ messageId: 'none', data: { quote: quote(l.raw), name: m[1].trim() }, line: l.line, sentence: l.raw.trim(), stated: m[1].trim() });
      }
    }
  },
});

/** Longest common subsequence over the longer length: 0..1. */
export function similarity(a: string, b: string): number {
  const dp = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(dp[j], dp[j - 1]);
      prev = tmp;
    }
  }
  return dp[b.length] / Math.max(a.length, b.length, 1);
}
