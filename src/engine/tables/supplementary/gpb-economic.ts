import { col, ECONOMIC_ANCHORS, ECONOMIC_NAMES, TOTAL_LABELS } from '../national/common';
import type { TableDefinition } from '../types';

/**
 * 一般公共预算支出表 by 经济分类 (深圳 表8 “一般公共预算支出表（按经济分类）”): 合计 | 基本支出 | 项目支出 of the whole
 * 一般公共预算 by 经济科目. 表5 is the same money by 功能分类; 表6 is its 基本支出 column.
 */
export const GPB_ECONOMIC: TableDefinition = {
  id: 'S-gpb-economic',
  number: 0,
  name: '一般公共预算支出经济分类表',
  title: '一般公共预算支出经济分类预算表',
  aliases: ['一般公共预算支出表(按经济分类)', '一般公共预算支出经济分类预算表', '一般公共预算支出经济分类表', '一般公共预算支出经济分类情况表', '一般公共预算支出预算表(按经济分类)'],
  titleWords: { all: [['一般公共预算'], ['支出'], ['经济分类', '经济科目']], none: ['基本支出', '三公', '决算', '政府性基金', '收支', '收入'] },
  signature: [],
  required: false,
  // Its 基本支出 column is 表6 (一般公共预算基本支出 by 经济科目) without the 人员经费 / 公用经费 split.
  covers: ['T6'],
  blocks: [
    {
      id: 'body',
      kind: 'coded',
      label: '一般公共预算支出',
      codeScheme: 'economic',
      anchorHeaders: ECONOMIC_ANCHORS,
      codeHeaders: ECONOMIC_ANCHORS,
      nameHeaders: ECONOMIC_NAMES,
      columns: [col('total', '合计', ['合计', '支出总计', '小计', '总计']), col('basic', '基本支出'), col('project', '项目支出')],
      totalLabels: TOTAL_LABELS,
    },
  ],
  identities: [
    { kind: 'row-sum', block: 'body', target: 'total', parts: ['basic', 'project'] },
    { kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};
