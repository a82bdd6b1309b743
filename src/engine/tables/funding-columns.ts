import { col, optionalCol } from './national/common';
import type { BlockDef, ColumnDef, TableDefinition } from './types';

/** 单位资金's own sources, where a table prints them one by one (深圳 基本支出总表, 项目支出总表). */
const UNIT_FUND_PARTS = ['bizIncome', 'operatingIncome', 'superiorIncome', 'affiliatedIncome', 'otherIncome'];

/**
 * The columns of a table by source of funds (深圳 基本支出总表 and 项目支出总表, 广州 表11/表12): 总计 | 财政拨款 (小计
 * or 合计, 一般公共预算, 政府性基金, 国有资本经营) | 财政专户 | 单位资金 (事业收入 …) or 其他资金 | 上年结余结转.
 */
export const FUNDING_COLUMNS: ColumnDef[] = [
  // 合计 under 财政拨款 (广州) is that group's subtotal, not the table's.
  col('total', '总计', ['总计', '合计'], ['财政拨款']),
  col('fiscal', '财政拨款', ['财政拨款']),
  col('gpb', '一般公共预算', ['一般公共预算拨款', '一般公共预算']),
  ...sourceColumns(),
];

/** The sources beside 一般公共预算, shared with 表7 where it is a table of all funds (深圳 项目支出总表). */
function sourceColumns(): ColumnDef[] {
  return [
    col('fund', '政府性基金预算', ['政府性基金预算拨款', '政府性基金预算', '政府性基金']),
    col('soe', '国有资本经营预算', ['国有资本经营预算拨款', '国有资本经营预算', '国有资本经营']),
    col('specialAccount', '财政专户', ['财政专户管理资金', '财政专户拨款', '财政专户']),
    col('otherFunds', '其他资金', ['其他资金']),
    optionalCol('unitFunds', '单位资金', ['单位资金']),
    optionalCol('bizIncome', '事业收入', ['事业收入']),
    optionalCol('operatingIncome', '事业单位经营收入', ['事业单位经营收入', '经营收入']),
    optionalCol('superiorIncome', '上级补助收入', ['上级补助收入']),
    optionalCol('affiliatedIncome', '附属单位上缴收入', ['附属单位上缴收入']),
    optionalCol('otherIncome', '其他收入', ['其他收入']),
    optionalCol('carryover', '上年结余结转', ['上年结余、结转', '上年结余,结转', '上年结转结余', '上年结转']),
  ];
}

/** 表7's source columns when it is a table of all funds: none is looked for in a 表7 of 一般公共预算. */
export const ALL_FUNDS_SOURCE_COLUMNS: ColumnDef[] = [
  optionalCol('fiscal', '财政拨款', ['财政拨款']),
  ...sourceColumns().map((c) => ({ ...c, optional: true })),
];

/** A group printed without its subtotal (深圳: 财政拨款 over its three sources, 单位资金 over its five) is their sum. */
export const FUNDING_SUMS: NonNullable<BlockDef['sums']> = { fiscal: ['gpb', 'fund', 'soe'], unitFunds: UNIT_FUND_PARTS };

/**
 * 总计 = Σ sources, 财政拨款 = Σ its three, 单位资金 = Σ its five, over the sources a table prints, where it prints two
 * or more (a 表7 of 合计 | 一般公共预算 shows one source of several: its 合计 is no sum of it).
 */
export function fundingIdentities(block: string): TableDefinition['identities'] {
  return [
    { kind: 'row-sum', block, target: 'total', parts: ['fiscal', 'specialAccount', 'unitFunds', 'otherFunds', 'carryover'], minParts: 2 },
    { kind: 'row-sum', block, target: 'fiscal', parts: ['gpb', 'fund', 'soe'], minParts: 2 },
    { kind: 'row-sum', block, target: 'unitFunds', parts: UNIT_FUND_PARTS, minParts: 2 },
  ];
}
