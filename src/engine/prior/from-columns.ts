import Decimal from 'decimal.js';
import type { Analysis } from '../analyze';
import { parseAmount } from '../grid/amount';
import { SheetView } from '../grid/sheet-view';
import type { WorkbookGrid } from '../grid/types';
import type { RecognizedRow } from '../recognize/types';
import { priorRowShell, rowKey } from './from-analysis';
import { findSideColumns } from './side-columns';
import type { PriorBlock, PriorRow, PriorYear } from './types';

const ZERO = new Decimal(0);
const WAN = new Decimal(10000);

/**
 * Last year's figures a table prints itself (三公 with its 2025年 line or block): rows read with their prior amounts.
 */
function priorInTables(analysis: Analysis): PriorBlock[] {
  const out: PriorBlock[] = [];
  for (const table of analysis.tables)
    for (const block of table.blocks) {
      const withPrior = block.rows.filter((r) => r.prior);
      if (withPrior.length === 0) continue;
      const toPrior = (row: RecognizedRow): PriorRow => {
        const pr = priorRowShell(row);
        for (const [role, cell] of Object.entries(row.prior ?? {})) {
          pr.amounts[role] = table.unit === '元' ? cell.value.div(WAN) : cell.value;
          pr.cells[role] = cell.ref;
        }
        return pr;
      };
      const columns = [...new Set(withPrior.flatMap((r) => Object.keys(r.prior!)))];
      out.push({
        table: table.def.id,
        block: block.def.id,
        columns,
        rows: withPrior.filter((r) => r.kind !== 'total').map(toPrior),
        ...(block.total?.prior ? { total: toPrior(block.total) } : {}),
      });
    }
  return out;
}

/**
 * Last year's figures from 上年数 columns beside this year's tables, and those a table prints itself; undefined when
 * there is none.
 * Rows are this year's, so they match by key; a blank item row of an items block (单位资金) takes
 * the sum of its parts, as in the table itself.
 */
export function priorFromColumns(grid: WorkbookGrid, analysis: Analysis): PriorYear | undefined {
  const side = findSideColumns(grid, analysis).filter((s) => s.kind === 'prior');
  const blocks: PriorBlock[] = priorInTables(analysis);
  if (side.length === 0 && blocks.length === 0) return undefined;
  for (const s of side) {
    const sheet = grid.sheets.find((g) => g.name === s.table.sheet)!;
    const view = new SheetView(sheet);
    let pb = blocks.find((b) => b.table === s.table.def.id && b.block === s.block.def.id);
    if (!pb) {
      pb = { table: s.table.def.id, block: s.block.def.id, columns: [], rows: s.block.rows.filter((r) => r.kind !== 'total').map(priorRowShell) };
      if (s.block.total) pb.total = priorRowShell(s.block.total);
      blocks.push(pb);
    }
    if (pb.columns.includes(s.role!)) continue;
    const role = s.role!;
    pb.columns.push(role);
    const read = (row: RecognizedRow, target: PriorRow) => {
      const parsed = parseAmount(view.value(row.row, s.col));
      const value = parsed.kind === 'number' ? parsed.value : ZERO;
      target.amounts[role] = s.table.unit === '元' ? value.div(WAN) : value;
      target.cells[role] = { sheet: s.table.sheet, row: row.row, col: s.col };
      return parsed.kind === 'number';
    };
    const filled = new Set<string>();
    s.block.rows.forEach((row, i) => {
      if (row.kind === 'total') return;
      const target = pb!.rows.find((r) => r.key === rowKey(row)) ?? pb!.rows[i];
      if (read(row, target)) filled.add(target.key);
    });
    if (s.block.total && pb.total && read(s.block.total, pb.total)) filled.add('total');
    if (s.block.def.kind === 'items') fillBlankParents(pb, role, filled, s.table.def.identities);
  }
  return { source: 'columns', ...(grid.name ? { name: grid.name } : {}), blocks };
}

function fillBlankParents(
  pb: PriorBlock,
  role: string,
  filled: Set<string>,
  identities: Analysis['tables'][number]['def']['identities'],
): void {
  const byKey = (key: string) => (key === 'total' ? pb.total : pb.rows.find((r) => r.key === key));
  const resolve = (key: string, depth: number): Decimal | undefined => {
    const row = byKey(key);
    if (filled.has(key) && row) return row.amounts[role];
    const identity = identities.find((i) => i.kind === 'item-sum' && i.block === pb.block && i.target === key && i.op === 'eq');
    if (!identity || identity.kind !== 'item-sum' || depth > 5) return undefined;
    let sum: Decimal | undefined;
    for (const part of identity.parts) {
      const v = resolve(part, depth + 1);
      if (v !== undefined) sum = (sum ?? ZERO).plus(v);
    }
    if (sum !== undefined && row) row.amounts[role] = sum;
    return sum;
  };
  for (const row of [...pb.rows, ...(pb.total ? [pb.total] : [])]) if (!filled.has(row.key)) resolve(row.key, 0);
}
