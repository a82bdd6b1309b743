import { col, FUNCTIONAL_ANCHORS, FUNCTIONAL_NAMES, TOTAL_LABELS } from '../national/common';
import type { TableDefinition } from '../types';

/**
 * 项目支出绩效目标表 (长沙): each 单位's line, then its projects with the money each asks for (资金总额), beside the
 * goals and indicators in words. Where a region prints no 项目支出表, it is the project list.
 */
export const PROJECT_PERFORMANCE: TableDefinition = {
  id: 'S-performance',
  number: 0,
  name: '项目支出绩效目标表',
  title: '项目支出绩效目标表',
  aliases: ['项目支出绩效目标表', '项目绩效目标表', '项目支出绩效目标申报表'],
  titleWords: { all: [['项目'], ['绩效目标']], none: ['整体', '决算', '自评'] },
  signature: [],
  required: false,
  blocks: [
    {
      id: 'body',
      kind: 'coded',
      label: '项目支出绩效目标',
      codeScheme: 'functional',
      anchorHeaders: ['单位(项目)名称', '项目名称', ...FUNCTIONAL_ANCHORS],
      codeHeaders: FUNCTIONAL_ANCHORS,
      nameHeaders: ['单位(项目)名称', '项目名称', ...FUNCTIONAL_NAMES],
      columns: [col('total', '资金总额', ['资金总额', '项目资金', '预算数', '合计', '金额'])],
      totalLabels: TOTAL_LABELS,
    },
  ],
  // Only the projects with goals may be listed: a unit above the sum of its projects is a 提示.
  identities: [{ kind: 'hierarchy', block: 'body', columns: '*', partialListing: true }],
};
