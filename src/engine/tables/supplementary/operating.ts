import { col, ECONOMIC_ANCHORS, ECONOMIC_NAMES, TOTAL_LABELS } from '../national/common';
import type { TableDefinition } from '../types';

/** 机关运行经费支出预算表 (苏州 公开12表): 经济分类 302 and its 款, one 机关运行经费 column. */
export const OPERATING_COST: TableDefinition = {
  id: 'S-operating',
  number: 0,
  name: '机关运行经费表',
  title: '机关运行经费支出预算表',
  aliases: ['一般公共预算机关运行经费支出预算表', '机关运行经费支出预算表', '机关运行经费预算表', '机关运行经费支出表'],
  titleWords: { all: [['机关运行经费']], none: ['三公', '决算'] },
  signature: ['机关运行经费支出'],
  required: false,
  blocks: [
    {
      id: 'body',
      kind: 'coded',
      label: '机关运行经费',
      codeScheme: 'economic',
      anchorHeaders: ECONOMIC_ANCHORS,
      codeHeaders: ECONOMIC_ANCHORS,
      nameHeaders: ECONOMIC_NAMES,
      columns: [col('total', '机关运行经费', ['机关运行经费支出', '机关运行经费', '合计', '金额', '预算数', '本年预算数'])],
      totalLabels: TOTAL_LABELS,
    },
  ],
  identities: [{ kind: 'hierarchy', block: 'body', columns: '*' }],
};
