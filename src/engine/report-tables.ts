import type { Analysis } from './analyze';
import { formatRange } from './grid/address';
import type { CellRange } from './grid/types';
import type { Unit } from './recognize/types';
import { tableName } from './tables/table-name';

/** A recognized table as every surface lists it (the CLI's text and JSON, the pane's 表格 tab). */
export interface TableSummary {
  id: string;
  number: number;
  /** 表6, or the name of a table a region adds (政府采购预算表). */
  name: string;
  title: string;
  /** The title as printed, when the table was found by it. */
  titleText?: string;
  sheet: string;
  range: CellRange;
  /** "'表1 收支总表'!A2:D37". */
  address: string;
  unit: Unit;
  foundBy: 'title' | 'signature';
  /** Body rows, total included. */
  rows: number;
  department?: string;
  year?: number;
}

export function summarizeTables(analysis: Pick<Analysis, 'tables'>): TableSummary[] {
  return analysis.tables.map((t) => {
    const rows = new Set<number>();
    for (const b of t.blocks) {
      for (const r of b.rows) rows.add(r.row);
      if (b.total) rows.add(b.total.row);
    }
    return {
      id: t.def.id,
      number: t.def.number,
      name: tableName(t.def),
      title: t.def.title,
      ...(t.titleText ? { titleText: t.titleText } : {}),
      sheet: t.sheet,
      range: t.range,
      address: formatRange(t.sheet, t.range),
      unit: t.unit,
      foundBy: t.foundBy,
      rows: rows.size,
      ...(t.department ? { department: t.department } : {}),
      ...(t.year ? { year: t.year } : {}),
    };
  });
}

/** Tables of the profile not found in the workbook, as "表9 国有资本经营预算支出情况表". */
export function missingTables(analysis: Pick<Analysis, 'tables' | 'profile'>): string[] {
  const found = new Set(analysis.tables.map((t) => t.def.id));
  return analysis.profile.tables.filter((t) => !found.has(t.id) && t.number > 0).map((t) => `表${t.number} ${t.title}`);
}
