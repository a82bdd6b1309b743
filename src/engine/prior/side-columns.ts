import type { Analysis } from '../analyze';
import { SheetView } from '../grid/sheet-view';
import { normalizeLabel } from '../grid/text';
import type { SheetGrid, WorkbookGrid } from '../grid/types';
import { bestHeaderScore, PRIOR_HEADER, REASON_HEADER } from '../recognize/match';

export { PRIOR_HEADER, REASON_HEADER };
import type { RecognizedBlock, RecognizedTable } from '../recognize/types';


/** A column the clerk added beside a recognized table: last year's figures or reasons for changes. */
export interface SideColumn {
  table: RecognizedTable;
  block: RecognizedBlock;
  col: number;
  header: string;
  kind: 'prior' | 'reason';
  /** prior columns: the column role they give last year's figure for (the block's first column unless the header names another). */
  role?: string;
}

/**
 * Finds 上年数 / 上年预算数 and 变动原因 columns: header cells of a table's header rows that no
 * recognized column claimed. "上年基本支出" or a 上年预算数 group over 合计/基本支出/项目支出 gives
 * the figure of that column; a bare 上年数 gives the block's first column (合计, 预算数).
 */
export function findSideColumns(grid: WorkbookGrid, analysis: Analysis): SideColumn[] {
  const out: SideColumn[] = [];
  const views = new Map<string, SheetView>();
  const viewOf = (sheet: SheetGrid) => {
    let v = views.get(sheet.name);
    if (!v) views.set(sheet.name, (v = new SheetView(sheet)));
    return v;
  };
  for (const table of analysis.tables) {
    const sheet = grid.sheets.find((s) => s.name === table.sheet);
    if (!sheet) continue;
    const view = viewOf(sheet);
    const spans = blockSpans(table, view.right);
    const yearBefore = yearBeforeHeaders(table.year);
    table.blocks.forEach((block, i) => {
      const { left, right } = spans[i];
      const claimed = new Set<number>([...block.columns.map((c) => c.col), ...block.codeCols, block.nameCol]);
      for (let col = left; col <= right; col++) {
        if (claimed.has(col)) continue;
        const stack: string[] = [];
        for (let r = table.headerRows.top; r <= table.headerRows.bottom; r++) {
          const t = normalizeLabel(view.shown(r, col));
          if (t && stack[stack.length - 1] !== t) stack.push(t);
        }
        const header = stack.join('/');
        if (stack.some((t) => REASON_HEADER.test(t))) {
          out.push({ table, block, col, header, kind: 'reason' });
        } else if (stack.some((t) => PRIOR_HEADER.test(t) || yearBefore?.whole.test(t))) {
          out.push({ table, block, col, header, kind: 'prior', role: priorRole(block, stack, yearBefore?.lead) });
        }
      }
    });
  }
  return out;
}

/**
 * Last year's figures named by that year, in a table of a known year (重庆 2026年表 | 2025年预算数): the header as a
 * whole, and as the lead of a header naming a column (2025年基本支出).
 */
function yearBeforeHeaders(year: number | undefined): { whole: RegExp; lead: RegExp } | undefined {
  return year === undefined ? undefined : { whole: new RegExp(`^${year - 1}年(度)?(预算数?)?$`), lead: new RegExp(`^${year - 1}年度?(预算)?(数)?`) };
}

function priorRole(block: RecognizedBlock, stack: string[], yearLead: RegExp | undefined): string {
  const rest = stack.map((t) => t.replace(/^上年度?(预算)?(数)?/, '').replace(yearLead ?? /^$/, '').replace(/^(的|中)/, '')).filter((t) => t !== '');
  let best: { role: string; score: number } | undefined;
  for (const c of block.def.columns) {
    const score = rest.length ? bestHeaderScore(rest, c.headers) : 0;
    if (score > 0 && (!best || score > best.score)) best = { role: c.role, score };
  }
  return best?.role ?? block.columns[0]?.role ?? block.def.columns[0].role;
}

/** Each block's columns: from its first own column to the column before the next block, the last one to the sheet's edge. */
function blockSpans(table: RecognizedTable, sheetRight: number): Array<{ left: number; right: number }> {
  const lefts = table.blocks.map((b) => Math.min(b.nameCol, ...b.codeCols, ...b.columns.map((c) => c.col)));
  return lefts.map((left, i) => ({ left, right: i + 1 < lefts.length ? lefts[i + 1] - 1 : sheetRight }));
}
