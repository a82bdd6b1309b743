import type { Analysis } from './analyze';
import { findSideColumns } from './prior/side-columns';
import { tableName } from './tables/table-name';

/**
 * What the checks stand on, in the clerk's words: the amount columns no role was found for, what the columns of
 * last year's figures and of reasons beside a table are read as, and each check that stood aside with its reason.
 */
export function analysisNotes(analysis: Analysis): string[] {
  const out: string[] = [];
  const side = findSideColumns(analysis.workbook, analysis);
  const sideOf = (sheet: string, col: number) => side.find((s) => s.table.sheet === sheet && s.col === col);
  const leaf = (header: string) => header.split('/').pop();
  for (const t of analysis.tables) {
    if (t.def.unchecked) out.push(`${tableName(t.def)}「${t.sheet}」已识别，${t.def.unchecked}。`);
    for (const b of t.blocks) {
      const unmapped = b.unmappedColumns.filter((u) => !sideOf(t.sheet, u.col));
      if (unmapped.length) out.push(`${tableName(t.def)}「${t.sheet}」中“${unmapped.map((u) => leaf(u.header)).join('”“')}”列未能对应到表定义，未参与校验。`);
      const prior = side.filter((s) => s.block === b && s.kind === 'prior');
      if (prior.length) out.push(`${tableName(t.def)}「${t.sheet}」中“${prior.map((s) => leaf(s.header)).join('”“')}”列按上年数读取，用于比上年增减，不参与本年数的校验。`);
    }
  }
  for (const s of analysis.skipped) out.push(`未执行的检查：${s.reason}。`);
  return out;
}
