import { parseAmount } from '../../grid/amount';
import { SheetView } from '../../grid/sheet-view';
import { displayText, normalizeLabel } from '../../grid/text';
import type { WorkbookGrid } from '../../grid/types';
import { readAmount } from '../../recognize/body';
import { headerScore, itemLabel, labelMatches } from '../../recognize/match';
import type { Recognition, RecognizedBlock, RecognizedColumn, RecognizedRow, RecognizedTable } from '../../recognize/types';
import type { BlockDef } from '../types';

/**
 * The 决算 “三公” table printed across: 合计 | 因公出国（境）费 | 公务用车购置及运行费（小计 | 购置费 | 运行费）| 公务接待费,
 * each over 预算数 | 决算数, and one body row of amounts (CZ, TPL, 嘉定 2017). The recognizer reads an items block
 * across with one amount per item; here each header column names an item (from the texts above its leaf) and a
 * column role (its leaf), so the block gets one row per item with both amounts.
 *
 * This belongs in src/engine/recognize/transposed.ts (a block with several value columns); it lives here, applied
 * after recognition to the blocks marked `printedAcross`, until the recognizer reads such blocks itself.
 */

const SUBTOTAL = new Set(['小计', '合计', '计']);

function itemRole(stack: string[], def: BlockDef): string | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const text = stack[i];
    // 小计 / 合计 under a group is that group's total (公务用车购置及运行费 / 小计); under no item, the table's.
    if (SUBTOTAL.has(text)) {
      const parent = i > 0 ? itemLabel(stack[i - 1]) : '';
      const row = parent ? (def.rows ?? []).find((r) => labelMatches(parent, r.labels)) : undefined;
      return row ? row.role : 'total';
    }
    const label = itemLabel(text);
    if (labelMatches(label, def.totalLabels)) return 'total';
    const row = (def.rows ?? []).find((r) => labelMatches(label, r.labels));
    if (row) return row.role;
  }
  return undefined;
}

function valueRole(leaf: string, def: BlockDef): string | undefined {
  let best: { role: string; score: number } | undefined;
  for (const c of def.columns) {
    for (const h of c.headers) {
      const s = headerScore(leaf, h);
      if (s > 0 && (!best || s > best.score)) best = { role: c.role, score: s };
    }
  }
  return best?.role;
}

/** Re-reads one table's printedAcross block when its header names items over value columns; otherwise the table as it was. */
export function readAcrossTable(view: SheetView, table: RecognizedTable): RecognizedTable {
  const bi = table.blocks.findIndex((b) => b.def.printedAcross && b.def.kind === 'items');
  if (bi < 0) return table;
  const block = table.blocks[bi];
  // Printed down (item rows found), the block is as the recognizer read it.
  if (block.rows.some((r) => r.kind === 'item')) return table;
  // The header runs from the table's first header row down to the first row with an amount: the recognizer may
  // have stopped it at 合计, which here names a column, not a row.
  const top = table.headerRows.top;
  const right = Math.max(table.range.right, view.right);
  let firstNumber: number | undefined;
  for (let r = top + 1; r <= Math.min(view.bottom, top + 8) && firstNumber === undefined; r++)
    for (let c = table.range.left; c <= right; c++)
      if (parseAmount(view.value(r, c)).kind === 'number') {
        firstNumber = r;
        break;
      }
  let bottom = firstNumber !== undefined ? firstNumber - 1 : Math.max(table.headerRows.bottom, table.range.bottom);
  // Without a body row (an empty table), the header ends where its rows stop naming 预算数 / 决算数.
  if (firstNumber === undefined) {
    for (let r = top; r <= Math.min(view.bottom, top + 8); r++) {
      let values = false;
      for (let c = table.range.left; c <= right; c++) if (valueRole(normalizeLabel(view.value(r, c)), table.blocks[bi].def)) values = true;
      if (values) bottom = r;
    }
  }
  const cells: Array<{ col: number; item: string; value: string; labelRow: number }> = [];
  for (let c = table.range.left; c <= right; c++) {
    const stack: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = normalizeLabel(view.shown(r, c));
      if (t && stack[stack.length - 1] !== t) stack.push(t);
    }
    if (stack.length < 2) continue;
    const value = valueRole(stack[stack.length - 1], block.def);
    const item = value ? itemRole(stack.slice(0, -1), block.def) : undefined;
    if (!value || !item || cells.some((x) => x.item === item && x.value === value)) continue;
    cells.push({ col: c, item, value, labelRow: top + stack.length - 2 });
  }
  if (new Set(cells.map((x) => x.item).filter((i) => i !== 'total')).size < 2) return table;
  const bodyRow = firstNumber !== undefined && cells.some((x) => parseAmount(view.value(firstNumber!, x.col)).kind === 'number') ? firstNumber : undefined;
  const rows: RecognizedRow[] = [];
  let total: RecognizedRow | undefined;
  const order = [...new Set(cells.map((x) => x.item))];
  if (bodyRow !== undefined) {
    for (const item of order) {
      const mine = cells.filter((x) => x.item === item);
      const first = mine[0];
      const amounts: RecognizedRow['amounts'] = {};
      for (const x of mine) amounts[x.value] = readAmount(view, bodyRow, x.col);
      const row: RecognizedRow = {
        row: bodyRow,
        kind: item === 'total' ? 'total' : 'item',
        role: item === 'total' ? undefined : item,
        name: displayText(view.shown(first.labelRow, first.col)),
        labelRef: { sheet: view.name, row: first.labelRow, col: first.col },
        amounts,
      };
      if (item === 'total') total = row;
      rows.push(row);
    }
  }
  const roles = [...new Set(cells.map((x) => x.value))];
  const columns: RecognizedColumn[] = roles.map((role) => {
    const x = cells.find((c) => c.value === role)!;
    return { role, col: x.col, header: normalizeLabel(view.shown(bottom, x.col)) };
  });
  const read: RecognizedBlock = {
    def: block.def,
    columns,
    missingColumns: block.def.columns.map((c) => c.role).filter((r) => !roles.includes(r)),
    unmappedColumns: [],
    headerColumns: [],
    rows,
    total,
    codeCols: [],
    nameCol: cells[0].col,
  };
  const blocks = [...table.blocks];
  blocks[bi] = read;
  return { ...table, blocks, headerRows: { top, bottom }, range: { ...table.range, bottom: Math.max(table.range.bottom, bodyRow ?? table.range.bottom) } };
}

/** Applies readAcrossTable to every recognized table with a printedAcross block. */
export function readAcross(workbook: WorkbookGrid, recognition: Recognition): Recognition {
  if (!recognition.tables.some((t) => t.blocks.some((b) => b.def.printedAcross))) return recognition;
  const views = new Map<string, SheetView>();
  const tables = recognition.tables.map((t) => {
    if (!t.blocks.some((b) => b.def.printedAcross)) return t;
    const sheet = workbook.sheets.find((s) => s.name === t.sheet);
    if (!sheet) return t;
    let view = views.get(t.sheet);
    if (!view) views.set(t.sheet, (view = new SheetView(sheet)));
    return readAcrossTable(view, t);
  });
  return { ...recognition, tables };
}
