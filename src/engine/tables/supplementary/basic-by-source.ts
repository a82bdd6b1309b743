import { ECONOMIC_ANCHORS, ECONOMIC_NAMES, TOTAL_LABELS } from '../national/common';
import type { TableDefinition } from '../types';
import { FUNDING_COLUMNS, FUNDING_SUMS, fundingIdentities } from '../funding-columns';

/**
 * 基本支出 of every source of funds by 经济分类 (深圳 表4 “基本支出总表”, 广州 表11 “部门预算基本支出预算表”): 总计 |
 * 财政拨款 (小计, 一般公共预算, 政府性基金, 国有资本经营) | 财政专户 | 单位资金 … Its 一般公共预算 column is 表6.
 */
export const BASIC_BY_SOURCE: TableDefinition = {
  id: 'S-basic',
  number: 0,
  name: '基本支出表',
  title: '基本支出预算表',
  aliases: ['基本支出总表', '部门预算基本支出预算表', '基本支出预算表', '部门基本支出预算表'],
  titleWords: { all: [['基本支出']], none: ['一般公共预算', '财政拨款', '政府性基金', '国有资本', '项目支出', '三公', '决算', '收支'] },
  signature: [],
  required: false,
  blocks: [
    {
      id: 'body',
      kind: 'coded',
      label: '基本支出',
      codeScheme: 'economic',
      anchorHeaders: ECONOMIC_ANCHORS,
      codeHeaders: ECONOMIC_ANCHORS,
      nameHeaders: ECONOMIC_NAMES,
      columns: FUNDING_COLUMNS,
      sums: FUNDING_SUMS,
      totalLabels: TOTAL_LABELS,
    },
  ],
  identities: [
    ...fundingIdentities('body'),
    { kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};
