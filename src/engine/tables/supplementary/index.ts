import type { CrossRelation, TableDefinition } from '../types';
import { FISCAL_BASIC, FISCAL_EXPENSE } from './fiscal-expense';
import { OPERATING_COST } from './operating';
import { PROCUREMENT } from './procurement';

/**
 * Tables regions publish beside the national ten (number 0: each region numbers them its own way). Any
 * 预算 profile recognizes them, checks them inside, and holds them against the national tables where a
 * relation holds by construction.
 */
export const SUPPLEMENTARY_TABLES: TableDefinition[] = [FISCAL_EXPENSE, FISCAL_BASIC, OPERATING_COST, PROCUREMENT];

export const SUPPLEMENTARY_RELATIONS: CrossRelation[] = [
  {
    kind: 'by-code',
    id: 's-t5-fiscal-expense',
    description: '表5一般公共预算支出不应超过财政拨款支出表同一科目的支出',
    left: { table: 'T5', col: 'total' },
    right: { table: 'S-fiscal-expense', col: 'total' },
    levels: ['class', 'kuan', 'xiang', 'total'],
    op: 'le',
  },
  {
    kind: 'by-code',
    id: 's-t4-fiscal-expense',
    description: '表4财政拨款支出各类应与财政拨款支出表一致',
    left: { table: 'T4', block: 'expense', col: 'total' },
    right: { table: 'S-fiscal-expense', col: 'total' },
    levels: ['class', 'total'],
    op: 'eq',
  },
  {
    kind: 'by-code',
    id: 's-t6-fiscal-basic',
    description: '表6一般公共预算基本支出不应超过财政拨款基本支出表同一科目的支出',
    left: { table: 'T6', col: 'total' },
    right: { table: 'S-fiscal-basic', col: 'total' },
    levels: ['class', 'kuan', 'total'],
    op: 'le',
  },
  {
    kind: 'cells',
    id: 's-fiscal-basic-total',
    description: '财政拨款基本支出表合计应与财政拨款支出表基本支出合计一致',
    left: [{ table: 'S-fiscal-basic', row: 'total', col: 'total' }],
    right: [{ table: 'S-fiscal-expense', row: 'total', col: 'basic' }],
    op: 'eq',
  },
  {
    // 机关运行经费 is the 公用经费 of 行政单位 and 参公事业单位: at most 表6's 公用经费 (the region may count it
    // from all 财政拨款, so a 提示).
    kind: 'by-code',
    id: 's-operating-t6',
    severity: 'warning',
    description: '机关运行经费不应超过表6同一经济科目的公用经费',
    left: { table: 'S-operating', col: 'total' },
    right: { table: 'T6', col: 'public' },
    levels: ['class', 'kuan', 'total'],
    op: 'le',
  },
];
