import type { TableDefinition } from '../types';
import { col, FUNCTIONAL_ANCHORS, FUNCTIONAL_NAMES, TOTAL_LABELS } from './common';

/** The same source names repeat under 上年结转结余 in templates that split this year's income from carry-over. */
const CARRY_GROUP = ['上年结转结余', '上年结转', '结转结余', '上年结余结转', '上年结转结余资金'];

export const T2: TableDefinition = {
  id: 'T2',
  number: 2,
  title: '部门收入总体情况表',
  aliases: ['部门收入总体情况表', '收入总体情况表', '部门收入总表', '收入预算总表', '部门收入预算表'],
  titleWords: { all: [['收入']], none: ['收支', '收入支出', '支出', '财政拨款', '决算', '非税'] },
  signature: ['单位资金', '财政拨款结转', '上级一般公共预算安排的转移支付'],
  required: true,
  blocks: [
    {
      id: 'body',
      kind: 'coded',
      label: '收入',
      codeScheme: 'functional',
      anchorHeaders: FUNCTIONAL_ANCHORS,
      codeHeaders: FUNCTIONAL_ANCHORS,
      nameHeaders: FUNCTIONAL_NAMES,
      columns: [
        col('total', '总计', ['总计', '合计', '收入总计']),
        col('fiscal', '财政拨款(补助)小计', ['财政拨款(补助)小计', '财政拨款小计', '小计', '财政拨款(补助)', '财政拨款'], CARRY_GROUP),
        col('gpb', '一般公共预算', ['一般公共预算', '一般公共预算拨款'], CARRY_GROUP),
        col('gpbTransfer', '上级一般公共预算安排的转移支付', ['上级一般公共预算安排的转移支付', '上级一般公共预算安排转移支付'], CARRY_GROUP),
        col('fund', '政府性基金预算', ['政府性基金预算', '政府性基金预算拨款'], CARRY_GROUP),
        col('fundTransfer', '上级政府性基金安排的转移支付', ['上级政府性基金安排的转移支付', '上级政府性基金安排转移支付'], CARRY_GROUP),
        col('soe', '国有资本经营预算', ['国有资本经营预算', '国有资本经营预算拨款'], CARRY_GROUP),
        col('soeTransfer', '上级国有资本经营预算安排的转移支付', ['上级国有资本经营预算安排的转移支付', '上级国有资本经营预算安排转移支付'], CARRY_GROUP),
        col('specialAccount', '财政专户', ['财政专户(教育收费)', '财政专户', '财政专户管理资金', '财政专户核拨'], CARRY_GROUP),
        col('unitFunds', '单位资金', ['单位资金'], CARRY_GROUP),
        col('fiscalCarryover', '财政拨款结转', ['财政拨款结转', '财政拨款结转结余']),
        col('nonFiscalCarryover', '非财政拨款结转结余', ['非财政拨款结转结余', '非财政拨款结转']),
      ],
      totalLabels: TOTAL_LABELS,
    },
  ],
  identities: [
    {
      kind: 'row-sum',
      block: 'body',
      target: 'total',
      parts: ['fiscal', 'specialAccount', 'unitFunds', 'fiscalCarryover', 'nonFiscalCarryover'],
    },
    {
      kind: 'row-sum',
      block: 'body',
      target: 'fiscal',
      parts: ['gpb', 'gpbTransfer', 'fund', 'fundTransfer', 'soe', 'soeTransfer'],
    },
    { kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};
