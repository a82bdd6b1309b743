import { col } from '../national/common';
import type { TableDefinition } from '../types';

/**
 * 政府采购预算表 (重庆 表九 政府采购预算明细表, 苏州 公开13表 政府采购支出表): 合计 = 货物 + 工程 + 服务, and
 * 总计 = the funding sources. 苏州 lists each 单位's 品目 under 货物 and 服务: each 单位 = Σ its 品目, 货物 = Σ its 单位.
 */
export const PROCUREMENT: TableDefinition = {
  id: 'S-procurement',
  number: 0,
  name: '政府采购预算表',
  title: '政府采购预算表',
  aliases: ['政府采购预算明细表', '政府采购预算表', '政府采购支出预算表', '政府采购支出表', '政府采购预算情况表', '政府采购情况表'],
  titleWords: { all: [['政府采购']], none: ['决算', '三公'] },
  signature: [],
  required: false,
  blocks: [
    {
      id: 'body',
      kind: 'items',
      label: '政府采购',
      anchorHeaders: ['采购品目大类', '项目', '采购项目', '项目名称', '采购类别', '品目'],
      detailRows: true,
      outline: true,
      columns: [
        col('total', '总计', ['总计', '合计', '金额', '采购预算', '政府采购预算', '预算金额', '预算数']),
        col('gpb', '一般公共预算', ['一般公共预算拨款收入', '一般公共预算拨款', '一般公共预算资金', '一般公共预算']),
        col('fund', '政府性基金预算', ['政府性基金预算拨款收入', '政府性基金预算拨款', '政府性基金预算', '政府性基金']),
        col('soe', '国有资本经营预算', ['国有资本经营预算拨款收入', '国有资本经营预算拨款', '国有资本经营预算']),
        col('specialAccount', '财政专户管理资金', ['财政专户管理资金收入', '财政专户管理资金', '财政专户']),
        col('business', '事业收入', ['事业收入']),
        col('superior', '上级补助收入', ['上级补助收入']),
        col('affiliated', '附属单位上缴收入', ['附属单位上缴收入']),
        col('operating', '事业单位经营收入', ['事业单位经营收入']),
        col('other', '其他收入', ['其他收入', '其他资金']),
        col('carryover', '上年结转', ['上年结转和结余资金', '上年结转结余', '上年结转']),
      ],
      totalLabels: ['合计', '总计', '政府采购预算合计'],
      rows: [
        { role: 'goods', label: '货物', labels: ['货物', '货物类', '政府采购货物', '货物采购'] },
        { role: 'works', label: '工程', labels: ['工程', '工程类', '政府采购工程', '工程采购'] },
        { role: 'services', label: '服务', labels: ['服务', '服务类', '政府采购服务', '服务采购'] },
      ],
    },
  ],
  identities: [
    { kind: 'item-sum', block: 'body', target: 'total', parts: ['goods', 'works', 'services'], op: 'eq', complete: true },
    // 苏州: 货物 = Σ the 单位 listed under it, each 单位 = Σ its 品目.
    { kind: 'hierarchy', block: 'body', columns: '*' },
    {
      kind: 'row-sum',
      block: 'body',
      target: 'total',
      parts: ['gpb', 'fund', 'soe', 'specialAccount', 'business', 'superior', 'affiliated', 'operating', 'other', 'carryover'],
    },
  ],
};
