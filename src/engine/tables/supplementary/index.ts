import type { CrossRelation, TableDefinition } from '../types';
import { BASIC_BY_SOURCE } from './basic-by-source';
import { FISCAL_BASIC, FISCAL_EXPENSE } from './fiscal-expense';
import { GPB_ECONOMIC } from './gpb-economic';
import { OPERATING_COST } from './operating';
import { PROJECT_PERFORMANCE } from './performance';
import { PROJECT_ALL_FUNDS } from './project-all-funds';
import { PROCUREMENT } from './procurement';

/**
 * Tables regions publish beside the national ten (number 0: each region numbers them its own way). Any
 * 预算 profile recognizes them, checks them inside, and holds them against the national tables where a
 * relation holds by construction.
 */
export const SUPPLEMENTARY_TABLES: TableDefinition[] = [FISCAL_EXPENSE, FISCAL_BASIC, GPB_ECONOMIC, BASIC_BY_SOURCE, OPERATING_COST, PROCUREMENT, PROJECT_PERFORMANCE, PROJECT_ALL_FUNDS];

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
    kind: 'cells',
    id: 's-gpb-economic-t5',
    description: '一般公共预算支出经济分类表合计应与表5合计一致',
    left: [{ table: 'S-gpb-economic', row: 'total', col: 'total' }],
    right: [{ table: 'T5', row: 'total', col: 'total' }],
    op: 'eq',
  },
  {
    kind: 'cells',
    id: 's-gpb-economic-t5-basic',
    description: '一般公共预算支出经济分类表基本支出合计应与表5基本支出合计一致',
    left: [{ table: 'S-gpb-economic', row: 'total', col: 'basic' }],
    right: [{ table: 'T5', row: 'total', col: 'basic' }],
    op: 'eq',
  },
  {
    kind: 'by-code',
    id: 's-gpb-economic-t6',
    description: '一般公共预算支出经济分类表各经济科目的基本支出应与表6一致',
    left: { table: 'S-gpb-economic', col: 'basic' },
    right: { table: 'T6', col: 'total' },
    levels: ['class', 'kuan', 'total'],
    op: 'eq',
  },
  {
    kind: 'cells',
    id: 's-basic-t3',
    description: '基本支出表总计应与表3基本支出合计一致',
    left: [{ table: 'S-basic', row: 'total', col: 'total' }],
    right: [{ table: 'T3', row: 'total', col: 'basic' }],
    op: 'eq',
  },
  {
    kind: 'by-code',
    id: 's-basic-t6',
    description: '基本支出表一般公共预算各经济科目应与表6一致',
    left: { table: 'S-basic', col: 'gpb' },
    right: { table: 'T6', col: 'total' },
    // 广州 prints 基本支出 by 类 only.
    levels: ['class', 'total'],
    op: 'eq',
  },
  {
    kind: 'by-code',
    id: 's-basic-gpb-economic',
    description: '基本支出表一般公共预算各经济科目应与一般公共预算支出经济分类表的基本支出一致',
    left: { table: 'S-basic', col: 'gpb' },
    right: { table: 'S-gpb-economic', col: 'basic' },
    // 广州 prints 基本支出 by 类 only.
    levels: ['class', 'total'],
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
