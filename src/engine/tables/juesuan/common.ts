import { CLASS_NAMES } from '../class-names';
import type { ColumnDef, ItemRowDef } from '../types';

/** Header texts shared by the 决算 tables (juesuan.md §2). */
export const J_FUNCTIONAL_ANCHORS = ['功能分类科目编码', '支出功能分类科目编码', '支出功能分类', '科目编码', '功能分类科目', '编码'];
export const J_FUNCTIONAL_NAMES = ['功能分类科目名称', '支出功能分类科目名称', '科目名称', '名称'];
export const J_ECONOMIC_NAMES = ['经济分类科目名称', '科目名称', '名称'];
export const J_TOTAL_LABELS = ['合计', '总计'];
/** 决算 money columns: 决算数, or 金额 in the 公开01表 form with 行次. */
export const FINAL_HEADERS = ['决算数', '本年决算数', '决算', '金额'];
/** Budget columns a 决算 table may print beside the 决算数 (云南 一般公共预算表, 三公 预算数/决算数). */
export const BUDGET_GROUPS = ['年初预算', '年初预算数', '调整预算', '调整预算数', '全年预算', '全年预算数', '预算数'];

export const col = (role: string, label: string, headers: string[] = [label], notHeaders?: string[]): ColumnDef => ({
  role,
  label,
  headers,
  ...(notHeaders ? { notHeaders } : {}),
});

/** One row per 功能分类 类, for the 支出 side of 收入支出决算总表 and 财政拨款收入支出决算总表 ("一、一般公共服务支出"). */
export const CLASS_ROWS: ItemRowDef[] = CLASS_NAMES.functional.map(([code, names]) => ({ role: `c${code}`, label: names[0], labels: names }));
export const CLASS_ROLES = CLASS_ROWS.map((r) => r.role);
export const CLASS_CODES = CLASS_NAMES.functional.map(([code]) => code);
