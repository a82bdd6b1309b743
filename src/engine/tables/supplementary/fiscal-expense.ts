import { basicProjectBlock, col, ECONOMIC_ANCHORS, ECONOMIC_NAMES, TOTAL_LABELS } from '../national/common';
import type { TableDefinition } from '../types';

/**
 * 财政拨款支出预算表 by 功能分类 (上海 单位预算05表, 苏州 公开05表): every 财政拨款 (一般公共预算, 政府性基金,
 * 国有资本经营), 合计 | 基本支出 (人员经费, 公用经费) | 项目支出. 表5 is its 一般公共预算 part.
 */
export const FISCAL_EXPENSE: TableDefinition = {
  id: 'S-fiscal-expense',
  number: 0,
  name: '财政拨款支出表',
  title: '财政拨款支出预算表',
  aliases: ['财政拨款支出预算表', '财政拨款支出表(功能科目)', '财政拨款支出表(功能分类)', '财政拨款支出表'],
  titleWords: { all: [['财政拨款'], ['支出']], none: ['收支', '收入', '基本支出', '项目支出', '经济', '三公', '一般公共预算', '政府性基金', '国有资本', '决算', '机关运行'] },
  signature: [],
  required: false,
  blocks: [basicProjectBlock('财政拨款支出')],
  identities: [
    { kind: 'row-sum', block: 'body', target: 'total', parts: ['basic', 'project'] },
    { kind: 'row-sum', block: 'body', target: 'basic', parts: ['personnel', 'public'] },
    { kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};

/** 财政拨款基本支出表 by 经济分类 (苏州 公开06表): 合计 | 人员经费 | 公用经费 of every 财政拨款; 表6 is its 一般公共预算 part. */
export const FISCAL_BASIC: TableDefinition = {
  id: 'S-fiscal-basic',
  number: 0,
  name: '财政拨款基本支出表',
  title: '财政拨款基本支出预算表',
  aliases: ['财政拨款基本支出预算表', '财政拨款基本支出表(经济科目)', '财政拨款基本支出表(经济分类)', '财政拨款基本支出表'],
  titleWords: { all: [['财政拨款'], ['基本支出']], none: ['一般公共预算', '政府性基金', '国有资本', '项目支出', '三公', '决算', '功能'] },
  signature: [],
  required: false,
  blocks: [
    {
      id: 'body',
      kind: 'coded',
      label: '财政拨款基本支出',
      codeScheme: 'economic',
      anchorHeaders: ECONOMIC_ANCHORS,
      codeHeaders: ECONOMIC_ANCHORS,
      nameHeaders: ECONOMIC_NAMES,
      columns: [
        col('total', '合计', ['合计', '小计', '总计', '预算数']),
        col('personnel', '人员经费', ['人员经费', '人员经费支出']),
        col('public', '公用经费', ['公用经费', '公用经费支出']),
      ],
      totalLabels: TOTAL_LABELS,
    },
  ],
  identities: [
    { kind: 'row-sum', block: 'body', target: 'total', parts: ['personnel', 'public'] },
    { kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};
