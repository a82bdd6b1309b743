import type Decimal from 'decimal.js';
import type { CellRange, CellRef, RawCell } from '../grid/types';
import type { BlockDef, TableDefinition } from '../tables/types';

export type Unit = '万元' | '元';

export interface AmountCell {
  ref: CellRef;
  raw: RawCell;
  /** The amount in the table's own unit; 0 for blank, text and errors (see `problem`). */
  value: Decimal;
  blank: boolean;
  /** A column the template prints only as its parts (composites): the cells it is the sum of. */
  parts?: AmountCell[];
  /** The parts are the sheet's own cells (this year's and the carry-over's, RecognizedColumn.plus), in no other role. */
  staged?: boolean;
  /** Set when the cell holds words or an error value where a number belongs. */
  problem?: { kind: 'text' | 'error'; text: string };
}

export type RowKind = 'class' | 'kuan' | 'xiang' | 'project' | 'item' | 'total' | 'other';

export interface RecognizedRow {
  /** Sheet row, 0-based. */
  row: number;
  kind: RowKind;
  /** Digits of the code: '208', '20805', '2080501' (functional) or '301', '30101' (economic). */
  code?: string;
  /** 1 = 类, 2 = 款, 3 = 项, 4 = a project under a 项. */
  level?: number;
  /** Classification name or item label as printed, trimmed. */
  name: string;
  /** items blocks: the matched row role. */
  role?: string;
  /** Every amount column's cell by sheet column, read only where the block has unplaced columns. */
  byCol?: Record<number, AmountCell>;
  /** The code was made up from the name's indentation (a template without codes): unique in its table only. */
  inferred?: boolean;
  /** A line under it by name only could not be placed (a name the 功能分类 catalog does not know): its sum stands aside. */
  partial?: boolean;
  /**
   * A line printed under a 类 named without its code (深圳 表1 "一、教育支出" then "进修及培训"): a detail of that
   * 类 whose level the sheet does not say, never an unknown row.
   */
  detailOf?: string;
  /** A line of a table listed by 单位 (预算单位 / 单位名称 column): the unit's own subtotal. */
  unitRow?: boolean;
  /** A project named without a code (项目支出 tables listed by 单位 and 项目): a line of the table, in no 科目 sum. */
  projectLine?: boolean;
  /** A line listed under a 单位's line (深圳 项目支出总表, 长沙 绩效目标表: the unit, then its projects): that line's sheet row. */
  underUnit?: number;
  /** How deep the name is indented (leading spaces, full-width counted), where the table has names. */
  indent?: number;
  /** Last year's amounts the table prints beside this year's (深圳 三公's 2025年 line, 重庆's 2025年 block), by column role. */
  prior?: Record<string, AmountCell>;
  /** 表7: the project's name. */
  project?: string;
  labelRef: CellRef;
  amounts: Record<string, AmountCell>;
}

export interface RecognizedColumn {
  role: string;
  col: number;
  header: string;
  /**
   * The same column printed again under the carry-over's group (当年预算 | 上年结转结余, 长春): the role's amount is
   * the sum of both cells, as the table's 合计 adds them.
   */
  plus?: number[];
}

export interface RecognizedBlock {
  def: BlockDef;
  columns: RecognizedColumn[];
  /** Column roles of the definition not found in the header. */
  missingColumns: string[];
  /**
   * Columns that hold amounts under a header no role of the block names (事业收入 where the definition has
   * none, a 专项业务经费 beside 人员经费 and 公用经费): rules that need the whole set of columns stand aside.
   */
  unmappedColumns: Array<{ col: number; header: string }>;
  /** Every amount column with its header texts top to bottom (基本支出/小计): the header's own groups. */
  headerColumns: Array<{ col: number; stack: string[] }>;
  rows: RecognizedRow[];
  total?: RecognizedRow;
  /** Code column(s) and name column, for hosts that write beside them. */
  codeCols: number[];
  nameCol: number;
}

export interface TableNote {
  ref: CellRef;
  text: string;
}

export interface RecognizedTable {
  def: TableDefinition;
  sheet: string;
  /** Title row to last body row. */
  range: CellRange;
  foundBy: 'title' | 'signature';
  titleRef?: CellRef;
  titleText?: string;
  /** The title was told by its words, not matched to one of the definition's titles. */
  titleByWords?: boolean;
  /** The 表N printed with the title, when there is one. */
  printedNumber?: number;
  unit: Unit;
  unitRef?: CellRef;
  department?: string;
  year?: number;
  headerRows: { top: number; bottom: number };
  blocks: RecognizedBlock[];
  /** Text lines right under the table: 为空表 notes, 注 lines. */
  notes: TableNote[];
}

export interface RecognitionIssue {
  kind: 'no-table' | 'sheet-too-large' | 'sheet-unreadable';
  sheet?: string;
  message: string;
}

export interface Recognition {
  tables: RecognizedTable[];
  issues: RecognitionIssue[];
}
