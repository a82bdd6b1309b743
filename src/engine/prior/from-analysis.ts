import Decimal from 'decimal.js';
import type { Analysis } from '../analyze';
import { effectiveItem } from '../model/query';
import type { RecognizedBlock, RecognizedRow, RecognizedTable } from '../recognize/types';
import type { PriorBlock, PriorRow, PriorYear } from './types';

const WAN = new Decimal(10000);

/**
 * Last year's workbook as prior-year figures: every recognized table, every row keyed by role,
 * code or project name. A blank item row takes the sum of its parts, as this year's do.
 */
export function priorFromAnalysis(analysis: Analysis, name?: string): PriorYear {
  const blocks: PriorBlock[] = [];
  for (const table of analysis.tables) {
    for (const block of table.blocks) blocks.push(priorBlock(table, block));
  }
  const year = analysis.tables.find((t) => t.year)?.year;
  return { source: 'workbook', ...(name ? { name } : {}), ...(year ? { year } : {}), blocks };
}

function priorBlock(table: RecognizedTable, block: RecognizedBlock): PriorBlock {
  const columns = block.columns.map((c) => c.role);
  const toWan = (d: Decimal) => (table.unit === '元' ? d.div(WAN) : d);
  const rowOf = (row: RecognizedRow): PriorRow => {
    const amounts: PriorRow['amounts'] = {};
    const cells: PriorRow['cells'] = {};
    for (const col of columns) {
      const cell = row.amounts[col];
      if (!cell) continue;
      let value = cell.value;
      if (block.def.kind === 'items' && cell.blank) {
        const e = effectiveItem(block, row.kind === 'total' ? 'total' : row.role ?? '', col, table.def.identities);
        if (e) value = e.amount;
      }
      amounts[col] = toWan(value);
      cells[col] = cell.ref;
    }
    return { ...priorRowShell(row), amounts, cells };
  };
  return {
    table: table.def.id,
    block: block.def.id,
    columns,
    rows: block.rows.filter((r) => r.kind !== 'total').map(rowOf),
    ...(block.total ? { total: rowOf(block.total) } : {}),
  };
}

/** A prior-year row for this row, with no amounts yet. */
export function priorRowShell(row: RecognizedRow): PriorRow {
  return {
    key: rowKey(row),
    kind: row.kind,
    ...(row.code ? { code: row.code } : {}),
    name: row.name,
    ...(row.role ? { role: row.role } : {}),
    ...(row.project ? { project: row.project } : {}),
    amounts: {},
    cells: {},
  };
}

/** The key a row is found by in either year. */
export function rowKey(row: RecognizedRow): string {
  if (row.kind === 'total') return 'total';
  if (row.kind === 'project') return `${row.code ?? ''}|${row.project ?? ''}`;
  if (row.kind === 'item') return row.role ?? row.name;
  return row.code ?? row.name;
}
