import type { TableDefinition } from './types';

/** How a clerk is told which table: 表6 for the numbered ones, the name of a table a region adds. */
export function tableName(def: Pick<TableDefinition, 'number' | 'name' | 'title'>): string {
  return def.number > 0 ? `表${def.number}` : def.name ?? def.title;
}

/** 表6「一般公共预算基本支出情况表」, or 「政府采购预算表」 for a table a region adds. */
export function tableWithTitle(def: Pick<TableDefinition, 'number' | 'name' | 'title'>): string {
  return def.number > 0 ? `表${def.number}「${def.title}」` : `「${def.title}」`;
}
