import type { Profile } from '../types';
import { T1 } from './t1-income-expense';
import { T2 } from './t2-income';
import { T3 } from './t3-expense';
import { T4 } from './t4-fiscal';
import { T5 } from './t5-gpb-expense';
import { T6 } from './t6-gpb-basic';
import { T7 } from './t7-gpb-project';
import { T8 } from './t8-gov-fund';
import { T9 } from './t9-soe';
import { T10 } from './t10-three-public';
import { NATIONAL_RELATIONS } from './relations';
import { SUPPLEMENTARY_RELATIONS, SUPPLEMENTARY_TABLES } from '../supplementary';

export const NATIONAL_TABLES = [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10];

/** 部门预算公开 national set of ten tables, as 004 (昌吉州 2023) publishes them. */
export const NATIONAL_2023: Profile = {
  id: 'national-2023',
  name: '部门预算公开十张表（2023版）',
  tables: [...NATIONAL_TABLES, ...SUPPLEMENTARY_TABLES],
  relations: [...NATIONAL_RELATIONS, ...SUPPLEMENTARY_RELATIONS],
};

export { T1, T2, T3, T4, T5, T6, T7, T8, T9, T10 };
