import { FUNCTIONAL_ANCHORS, FUNCTIONAL_NAMES, TOTAL_LABELS } from '../national/common';
import type { TableDefinition } from '../types';
import { FUNDING_COLUMNS, FUNDING_SUMS, fundingIdentities } from '../funding-columns';

/**
 * 项目支出 of every source of funds by 单位 and 项目 (广州 表12 “部门预算项目支出及其他支出预算表”), beside the 表7 of
 * 一般公共预算 the region also prints: 总计 | 财政拨款 (合计, 一般公共预算, 政府性基金, 国有资本经营) | 财政专户 | 其他资金.
 */
export const PROJECT_ALL_FUNDS: TableDefinition = {
  id: 'S-project-all',
  number: 0,
  name: '项目支出及其他支出表',
  title: '部门预算项目支出及其他支出预算表',
  aliases: ['部门预算项目支出及其他支出预算表', '项目支出及其他支出预算表'],
  signature: [],
  required: false,
  blocks: [
    {
      id: 'body',
      kind: 'coded',
      label: '项目支出',
      codeScheme: 'functional',
      anchorHeaders: ['支出项目类别', '项目名称', ...FUNCTIONAL_ANCHORS],
      codeHeaders: FUNCTIONAL_ANCHORS,
      nameHeaders: ['支出项目类别', '项目名称', ...FUNCTIONAL_NAMES],
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
