import Decimal from 'decimal.js';
import type { Analysis } from '../analyze';
import { computeShares } from '../compute/shares';
import { roundMoney } from '../compute/rounding';
import { yearOverYear } from '../compute/yoy';
import { SheetView } from '../grid/sheet-view';
import { normalizeLabel } from '../grid/text';
import type { WorkbookGrid } from '../grid/types';
import { compareItem, compareRows } from '../prior/compare';
import type { PriorYear } from '../prior/types';
import type { RecognizedBlock, RecognizedTable, RowKind } from '../recognize/types';

/** One cell to write: the same shape as the hosts' CellEdit (src/hosts/host.ts), declared here so the engine imports no host code. */
export interface CellEdit {
  sheet: string;
  row: number;
  col: number;
  value: string | number | null;
}

/** Headers of the columns the fill writes; a column the clerk already added with one of these is reused. */
export const FILL_HEADERS = {
  prior: '上年数',
  change: '增减额',
  rate: '增减率(%)',
  share: '占比(%)',
} as const;

const HEADER_ALIASES: Record<keyof typeof FILL_HEADERS, RegExp> = {
  prior: /^上年(预算)?数$/,
  change: /^(增减额|增减金额|比上年增减)$/,
  rate: /^(增减率|增长率|增减幅度)(\(%\))?$/,
  share: /^(占比|比重|占比例)(\(%\))?$/,
};

/** The tables and the column whose rows get shares and changes. */
export const FILL_TARGETS: Array<{ table: string; block?: string; col: string }> = [
  { table: 'T2', col: 'total' },
  { table: 'T3', col: 'total' },
  { table: 'T5', col: 'total' },
  { table: 'T6', col: 'total' },
  { table: 'T10', col: 'total' },
];

const ROW_KINDS: RowKind[] = ['class', 'kuan', 'xiang', 'project', 'item'];

export interface FillOptions {
  /** The workbook as read, to find columns the clerk added; without it new columns go right of each table. */
  grid?: WorkbookGrid;
  /** Write last year's figures too (when they came from last year's workbook, not from a 上年数 column). */
  writePrior?: boolean;
}

/**
 * The cells to fill beside the tables: each row's 增减额 and 增减率 against last year, each 类's
 * 占比 of the total (largest remainder per the settings) and, from last year's workbook, its 上年数.
 * Values are numbers rounded as the narrative states them; 增长100% for a new item follows the
 * priorZeroWording setting ('not-comparable' writes 无可比性). Headers go in the table's last header row.
 */
export function planFills(analysis: Analysis, prior?: PriorYear, options: FillOptions = {}): CellEdit[] {
  const edits: CellEdit[] = [];
  const s = analysis.settings;
  for (const target of FILL_TARGETS) {
    const table = analysis.tables.find((t) => t.def.id === target.table);
    const block = table && (target.block ? table.blocks.find((b) => b.def.id === target.block) : table.blocks[0]);
    if (!table || !block || !block.columns.some((c) => c.role === target.col)) continue;
    const wanted: Array<keyof typeof FILL_HEADERS> = [
      ...(prior && options.writePrior !== false && prior.source === 'workbook' ? (['prior'] as const) : []),
      ...(prior ? (['change', 'rate'] as const) : []),
      'share',
    ];
    const cols = placeColumns(table, block, wanted, options.grid);
    const headerRow = table.headerRows.bottom;
    for (const key of wanted) edits.push({ sheet: table.sheet, row: headerRow, col: cols[key]!, value: FILL_HEADERS[key] });

    const put = (row: number, key: keyof typeof FILL_HEADERS, value: string | number) => {
      if (cols[key] !== undefined) edits.push({ sheet: table.sheet, row, col: cols[key]!, value });
    };
    const num = (d: Decimal, decimals: number) => Number(d.toFixed(decimals));

    if (prior) {
      const compared = compareRows(analysis, prior, { table: target.table, block: block.def.id, col: target.col, kinds: ROW_KINDS });
      const rows = (compared?.rows ?? []).filter((r) => r.currentRow);
      const total = compareItem(analysis, prior, { table: target.table, block: block.def.id, row: 'total', col: target.col });
      const all = [...rows.map((r) => ({ at: r.currentRow!.row, current: r.current, prior: compared!.available ? r.prior : undefined })), ...(total && block.total ? [{ at: block.total.row, current: total.current, prior: total.prior }] : [])];
      for (const r of all) {
        if (r.prior === undefined) continue;
        const yoy = yearOverYear(r.current, r.prior, s);
        if (cols.prior !== undefined) put(r.at, 'prior', num(roundMoney(r.prior), 2));
        put(r.at, 'change', num(roundMoney(yoy.change), 2));
        put(r.at, 'rate', yoy.statedRate === null ? '无可比性' : num(yoy.statedRate, yoy.rate ? s.percentDecimals : 0));
      }
    }

    const shareRows = block.def.kind === 'items' ? block.rows.filter((r) => r.kind === 'item' && !block.def.rows?.find((d) => d.role === r.role)?.parent) : block.rows.filter((r) => r.kind === 'class');
    const whole = block.total?.amounts[target.col]?.value;
    if (whole && !whole.isZero()) {
      const shares = computeShares(
        shareRows.map((r) => ({ key: String(r.row), amount: r.amounts[target.col]?.value ?? new Decimal(0) })),
        whole,
        { decimals: s.percentDecimals, rounding: s.shareRounding },
      );
      for (const sh of shares.shares) put(Number(sh.key), 'share', num(sh.final, s.percentDecimals));
      if (block.total) put(block.total.row, 'share', 100);
    }
  }
  return edits;
}

function placeColumns(
  table: RecognizedTable,
  block: RecognizedBlock,
  wanted: Array<keyof typeof FILL_HEADERS>,
  grid?: WorkbookGrid,
): Partial<Record<keyof typeof FILL_HEADERS, number>> {
  const out: Partial<Record<keyof typeof FILL_HEADERS, number>> = {};
  const sheet = grid?.sheets.find((g) => g.name === table.sheet);
  const view = sheet ? new SheetView(sheet) : undefined;
  let next = table.range.right + 1;
  if (view) {
    for (let c = table.range.left; c <= view.right; c++) {
      for (let r = table.headerRows.top; r <= table.headerRows.bottom; r++) {
        const text = normalizeLabel(view.shown(r, c));
        const key = wanted.find((k) => HEADER_ALIASES[k].test(text));
        if (key && out[key] === undefined) out[key] = c;
      }
    }
    const used = [block.nameCol, ...block.codeCols, ...block.columns.map((c) => c.col), ...Object.values(out)];
    next = Math.max(table.range.right, view.right, ...used) + 1;
  }
  for (const key of wanted) if (out[key] === undefined) out[key] = next++;
  return out;
}
