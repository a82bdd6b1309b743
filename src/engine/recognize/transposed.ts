import { parseAmount } from '../grid/amount';
import type { SheetView } from '../grid/sheet-view';
import { displayText, normalizeLabel } from '../grid/text';
import type { BlockDef } from '../tables/types';
import { readAmount } from './body';
import type { BlockLayout, HeaderInfo } from './header';
import { itemLabel, labelMatches } from './match';
import type { RecognizedRow } from './types';

const SUBTOTAL = new Set(['小计', '合计', '计']);
/** The body row that carries the table's own figures when it lists several (上年 / 本年, or one row per 单位). */
const OWN_ROW = /^(合计|总计|本年|本年预算|\d{4}年(预算数?)?|预算数)$/;

export interface TransposedBlock {
  layout: BlockLayout;
  rows: RecognizedRow[];
  total?: RecognizedRow;
  bodyRow: number;
}

/** The item role a header column names: its last text, or the group over a 小计. */
function roleOf(stack: string[], block: BlockDef): string | undefined {
  const leaf = stack[stack.length - 1];
  const texts = SUBTOTAL.has(leaf) && stack.length > 1 ? [stack[stack.length - 2]] : [leaf];
  if (SUBTOTAL.has(leaf) && stack.length === 1) texts.push(leaf);
  for (const t of texts) {
    const label = itemLabel(t);
    if (labelMatches(label, block.totalLabels)) return 'total';
    const row = (block.rows ?? []).find((r) => labelMatches(label, r.labels));
    if (row) return row.role;
  }
  return undefined;
}

/**
 * An items block printed across (三公 as 合计 | 因公出国（境）费 | 公务接待费 | 公务用车 … over one row of
 * amounts): each header column that names a row of the definition becomes that row, with its amount in
 * the block's first column role. Undefined when the header names fewer than two of the block's rows, or
 * when the body has several rows and none says which is the table's own.
 */
export function readTransposed(view: SheetView, header: HeaderInfo, block: BlockDef, bottomBound: number): TransposedBlock | undefined {
  const byCol = new Map<number, string>();
  const seen = new Set<string>();
  for (const [col, stack] of header.stacks) {
    const role = roleOf(stack, block);
    if (role && !seen.has(role)) {
      byCol.set(col, role);
      seen.add(role);
    }
  }
  if ([...seen].filter((r) => r !== 'total').length < 2) return undefined;
  const cols = [...byCol.keys()];
  const numeric: number[] = [];
  for (let r = header.bottom + 1; r <= bottomBound; r++) {
    if (cols.some((c) => parseAmount(view.value(r, c)).kind === 'number')) numeric.push(r);
    else if (numeric.length) break;
  }
  let bodyRow = numeric.length === 1 ? numeric[0] : undefined;
  if (bodyRow === undefined) {
    bodyRow = numeric.find((r) => {
      for (let c = header.left; c <= header.right; c++) {
        if (byCol.has(c)) continue;
        const t = normalizeLabel(view.shown(r, c));
        if (t && OWN_ROW.test(t)) return true;
      }
      return false;
    });
  }
  if (bodyRow === undefined) return undefined;
  const valueRole = block.columns[0].role;
  const rows: RecognizedRow[] = [];
  let total: RecognizedRow | undefined;
  for (const [col, role] of [...byCol].sort((a, b) => a[0] - b[0])) {
    const stack = header.stacks.get(col)!;
    const labelRow = header.top + Math.max(0, stack.length - 1);
    const row: RecognizedRow = {
      row: bodyRow,
      kind: role === 'total' ? 'total' : 'item',
      role: role === 'total' ? undefined : role,
      name: displayText(stack[stack.length - 1]),
      labelRef: { sheet: view.name, row: Math.min(labelRow, header.bottom), col },
      amounts: { [valueRole]: readAmount(view, bodyRow, col) },
    };
    if (role === 'total') total = row;
    rows.push(row);
  }
  const first = Math.min(...cols);
  const layout: BlockLayout = {
    def: block,
    left: header.left,
    right: header.right,
    anchorCol: first,
    codeCols: [],
    nameCol: first,
    columns: [{ role: valueRole, col: first, header: header.stacks.get(first)!.join('/') }],
    missingColumns: block.columns.slice(1).map((c) => c.role),
    unplaced: [...header.stacks.keys()].filter((c) => !byCol.has(c)).map((c) => ({ col: c, header: header.stacks.get(c)!.join('/') })),
  };
  return { layout, rows, total, bodyRow };
}
