import Decimal from 'decimal.js';
import { parseAmount } from '../../../src/engine/grid/amount';
import { formatRef, parseRef } from '../../../src/engine/grid/address';
import type { CellRef, WorkbookGrid } from '../../../src/engine/grid/types';
import { findBlock, findTable, rowsAtLevel, select } from '../../../src/engine/model/query';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize';
import type { RecognizedTable } from '../../../src/engine/recognize/types';
import { NATIONAL_2023 } from '../../../src/engine/tables/national';
import type { CrossRelation, Profile } from '../../../src/engine/tables/types';
import { sampleGrid, withCell } from '../../support/workbooks';

/**
 * The sample's published mistakes (test/engine/sample-findings.test.ts), corrected cell by cell,
 * so that the ten tables agree with each other and every relation can be broken on purpose.
 */
export const SAMPLE_CORRECTIONS: Array<{ at: string; value: number | null; why: string }> = [
  { at: '表2!E7', value: 170.11, why: '款 208 05 = Σ项 (3.9 + 110.81 + 55.40)' },
  { at: '表2!F7', value: 170.11, why: 'same, 财政拨款小计' },
  { at: '表2!G7', value: 170.11, why: 'same, 一般公共预算' },
  { at: '表7项目支出!F7', value: 1763.8, why: '款 220 01 = Σ projects' },
  { at: "'表1 收支总表'!B8", value: 2786.73, why: '一般财力 = 表2 一般公共预算, and 其中 lines add to 4698.73' },
  // 表2 counts the 935.26 carry-over as 单位资金; 表1 is made to say the same.
  { at: "'表1 收支总表'!B6", value: 5813.99, why: '本年收入 = 4698.73 + 1115.26' },
  { at: "'表1 收支总表'!B17", value: 1115.26, why: '单位资金 = 表2 单位资金' },
  { at: "'表1 收支总表'!B22", value: 1115.26, why: '其中 其他收入 carries it' },
  { at: "'表1 收支总表'!B23", value: 314.19, why: '上年结转结余 = 财政拨款结转 only' },
  { at: "'表1 收支总表'!B28", value: null, why: '非财政拨款结转结余 = 表2 (none)' },
  { at: "'表1 收支总表'!B30", value: null, why: 'its 其中 单位资金' },
  { at: "'表4 财政拨款收支总表'!B6", value: 4698.73, why: '财政拨款（补助） = 一般公共预算 + 基金 + 国资' },
];

export function setCell(grid: WorkbookGrid, ref: CellRef, value: string | number | null): WorkbookGrid {
  return withCell(grid, ref.sheet, ref.row, ref.col, value);
}

/** The sample workbook with SAMPLE_CORRECTIONS applied. */
export function consistentSample(): WorkbookGrid {
  return SAMPLE_CORRECTIONS.reduce((g, c) => setCell(g, parseRef(c.at), c.value), sampleGrid());
}

export interface CrossTableCase {
  relation: CrossRelation;
  /** A cell the relation reads on its left side. */
  cell: CellRef;
  at: string;
  /** Its amount in the consistent workbook (0 when blank). */
  before: Decimal;
}

function cellValue(grid: WorkbookGrid, ref: CellRef): Decimal {
  const sheet = grid.sheets.find((s) => s.name === ref.sheet)!;
  const v = sheet.cells[ref.row - (sheet.originRow ?? 0)]?.[ref.col - (sheet.originCol ?? 0)];
  const p = parseAmount(v);
  if (p.kind === 'blank') return new Decimal(0);
  if (p.kind !== 'number') throw new Error(`${formatRef(ref)} holds ${String(v)}, not an amount`);
  return p.value;
}

/** The first cell a relation reads on its left: the selected cell, or the first row of its finest non-total level. */
function leftCell(relation: CrossRelation, tables: RecognizedTable[]): CellRef | undefined {
  if (relation.kind === 'cells') return select(tables, relation.left[0])?.cells[0];
  const table = findTable(tables, relation.left.table);
  const block = table && findBlock(table, relation.left.block);
  if (!block) return undefined;
  const col = Array.isArray(relation.left.col) ? relation.left.col[0] : relation.left.col;
  for (const level of relation.levels) {
    for (const row of rowsAtLevel(block, level).values()) {
      if (row.amounts[col]) return row.amounts[col].ref;
    }
  }
  return undefined;
}

/**
 * One case per relation of the profile that the workbook lets us break: relation id → the left
 * cell to change. A relation missing here has no test.
 */
export function crossTableCases(grid: WorkbookGrid = consistentSample(), profile: Profile = NATIONAL_2023): Map<string, CrossTableCase> {
  const { tables } = recognizeWorkbook(grid, profile);
  const out = new Map<string, CrossTableCase>();
  for (const relation of profile.relations) {
    const cell = leftCell(relation, tables);
    if (cell) out.set(relation.id, { relation, cell, at: formatRef(cell), before: cellValue(grid, cell) });
  }
  return out;
}
