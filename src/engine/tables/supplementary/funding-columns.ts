import { col } from '../national/common';
import type { ColumnDef } from '../types';

/**
 * The columns of a table by source of funds (深圳 基本支出总表, 广州 表11/表12): 总计 | 财政拨款 (小计 or 合计,
 * 一般公共预算, 政府性基金, 国有资本经营) | 财政专户 | 其他资金.
 */
export const FUNDING_COLUMNS: ColumnDef[] = [
  // 合计 under 财政拨款 (广州) is that group's subtotal, not the table's.
  col('total', '总计', ['总计', '合计'], ['财政拨款']),
  col('fiscal', '财政拨款', ['财政拨款']),
  col('gpb', '一般公共预算', ['一般公共预算拨款', '一般公共预算']),
  col('fund', '政府性基金预算', ['政府性基金预算拨款', '政府性基金预算']),
  col('soe', '国有资本经营预算', ['国有资本经营预算拨款', '国有资本经营预算']),
  col('specialAccount', '财政专户', ['财政专户管理资金', '财政专户拨款', '财政专户']),
  col('otherFunds', '其他资金', ['其他资金']),
];
