import type { TableDefinition } from '../types';
import { col, ECONOMIC_ANCHORS, ECONOMIC_NAMES, TOTAL_LABELS } from './common';

export const T6: TableDefinition = {
  id: 'T6',
  number: 6,
  title: '一般公共预算基本支出情况表',
  aliases: ['一般公共预算基本支出情况表', '一般公共预算基本支出预算表', '一般公共预算基本支出表', '一般公共预算基本支出经济分类情况表'],
  signature: ['人员经费', '公用经费'],
  required: true,
  blocks: [
    {
      id: 'body',
      kind: 'coded',
      label: '一般公共预算基本支出',
      codeScheme: 'economic',
      anchorHeaders: ECONOMIC_ANCHORS,
      codeHeaders: ECONOMIC_ANCHORS,
      nameHeaders: ECONOMIC_NAMES,
      columns: [
        col('total', '合计', ['合计', '小计', '总计']),
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
