import { NATIONAL_RELATIONS } from '../national/relations';
import { T1, T2, T3, T4, T5, T6, T7, T8, T10 } from '../national';
import { SUPPLEMENTARY_RELATIONS, SUPPLEMENTARY_TABLES } from '../supplementary';
import type { CrossRelation, Profile, TableDefinition } from '../types';

/**
 * A nine-table set as counties publish it: the national core (表1–6, 政府性基金, 三公) plus a
 * 项目支出预算表 as 表7 listing every project, whatever funds it; no 国有资本经营预算 table, so
 * 三公 moves up to 表9. Only data differs from the national set: each table is the national
 * definition with its number, title or aliases changed.
 */

const PROJECTS: TableDefinition = {
  ...T7,
  title: '项目支出预算表',
  aliases: ['项目支出预算表', '部门项目支出预算表', '项目支出预算明细表', '项目支出表', '项目支出情况表'],
  required: true,
  blocks: T7.blocks.map((b) => ({ ...b, label: '项目支出' })),
};

const THREE_PUBLIC: TableDefinition = { ...T10, number: 9 };

/** 表7 lists all projects, so it matches 表3's 项目支出 (not 表5's, which is 一般公共预算 only). */
const RELATIONS: CrossRelation[] = [
  ...NATIONAL_RELATIONS.filter((r) => r.id !== 't4-t9-class' && r.id !== 't5-t7-project'),
  {
    kind: 'by-code',
    id: 't3-t7-project',
    description: '表3项目支出应与表7项目支出预算表合计一致',
    left: { table: 'T3', col: 'project' },
    right: { table: 'T7', col: 'total' },
    levels: ['class', 'kuan', 'xiang', 'total'],
    op: 'eq',
  },
];

export const COUNTY_9: Profile = {
  id: 'county-9',
  name: '部门预算公开九张表（表7为项目支出预算表，无国有资本经营预算表）',
  tables: [T1, T2, T3, T4, T5, T6, PROJECTS, T8, THREE_PUBLIC, ...SUPPLEMENTARY_TABLES],
  relations: [...RELATIONS, ...SUPPLEMENTARY_RELATIONS],
};
