import type { TableDefinition } from '../types';
import { col, FUNCTIONAL_ANCHORS, FUNCTIONAL_NAMES, optionalCol, TOTAL_LABELS } from './common';

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
        optionalCol('currentIncome', '本年收入', ['本年收入', '本年收入小计', '本年收入合计'], CARRY_GROUP),
        col('fiscal', '财政拨款(补助)小计', ['财政拨款(补助)小计', '财政拨款小计', '小计', '财政拨款(补助)', '财政拨款'], CARRY_GROUP),
        col('gpb', '一般公共预算', ['一般公共预算', '一般公共预算拨款'], CARRY_GROUP),
        col('gpbTransfer', '上级一般公共预算安排的转移支付', ['上级一般公共预算安排的转移支付', '上级一般公共预算安排转移支付'], CARRY_GROUP),
        col('fund', '政府性基金预算', ['政府性基金预算', '政府性基金预算拨款'], CARRY_GROUP),
        col('fundTransfer', '上级政府性基金安排的转移支付', ['上级政府性基金安排的转移支付', '上级政府性基金安排转移支付'], CARRY_GROUP),
        col('soe', '国有资本经营预算', ['国有资本经营预算', '国有资本经营预算拨款'], CARRY_GROUP),
        col('soeTransfer', '上级国有资本经营预算安排的转移支付', ['上级国有资本经营预算安排的转移支付', '上级国有资本经营预算安排转移支付'], CARRY_GROUP),
        col('specialAccount', '财政专户', ['财政专户(教育收费)', '财政专户', '财政专户管理资金', '财政专户核拨'], CARRY_GROUP),
        col('unitFunds', '单位资金', ['单位资金'], CARRY_GROUP),
        // Templates that print the sources of 单位资金 and of 财政专户 one by one (重庆, 广州, 杭州, 深圳, 上海).
        optionalCol('bizIncome', '事业收入', ['事业收入'], CARRY_GROUP),
        optionalCol('operatingIncome', '事业单位经营收入', ['事业单位经营收入', '经营收入'], CARRY_GROUP),
        optionalCol('superiorIncome', '上级补助收入', ['上级补助收入'], CARRY_GROUP),
        optionalCol('affiliatedIncome', '附属单位上缴收入', ['附属单位上缴收入'], CARRY_GROUP),
        optionalCol('otherIncome', '其他收入', ['其他收入'], CARRY_GROUP),
        optionalCol('eduFees', '教育收费', ['教育收费'], CARRY_GROUP),
        optionalCol('otherSpecial', '其他专户收入', ['其他专户收入拨款', '其他专户收入'], CARRY_GROUP),
        optionalCol('carryover', '上年结转结余', ['上年结转结余', '上年结余、结转', '上年结转']),
        // 杭州 splits 上年结转结余 by source under its own group.
        { ...optionalCol('carryGpb', '上年结转结余中的一般公共预算', ['一般公共预算', '一般公共预算拨款']), under: CARRY_GROUP },
        { ...optionalCol('carryFund', '上年结转结余中的政府性基金预算', ['政府性基金预算', '政府性基金预算拨款']), under: CARRY_GROUP },
        { ...optionalCol('carrySoe', '上年结转结余中的国有资本经营预算', ['国有资本经营预算', '国有资本经营预算拨款']), under: CARRY_GROUP },
        { ...optionalCol('carrySpecial', '上年结转结余中的财政专户', ['财政专户管理资金', '财政专户']), under: CARRY_GROUP },
        { ...optionalCol('carryUnit', '上年结转结余中的单位资金', ['单位资金']), under: CARRY_GROUP },
        col('fiscalCarryover', '财政拨款结转', ['财政拨款结转', '财政拨款结转结余']),
        col('nonFiscalCarryover', '非财政拨款结转结余', ['非财政拨款结转结余', '非财政拨款结转']),
      ],
      sums: {
        fiscal: ['gpb', 'gpbTransfer', 'fund', 'fundTransfer', 'soe', 'soeTransfer'],
        specialAccount: ['eduFees', 'otherSpecial'],
        unitFunds: ['bizIncome', 'operatingIncome', 'superiorIncome', 'affiliatedIncome', 'otherIncome'],
        carryover: ['fiscalCarryover', 'nonFiscalCarryover'],
      },
      totalLabels: TOTAL_LABELS,
    },
  ],
  identities: [
    {
      kind: 'row-sum',
      block: 'body',
      target: 'total',
      parts: ['fiscal', 'specialAccount', 'unitFunds', 'carryover'],
    },
    { kind: 'row-sum', block: 'body', target: 'currentIncome', parts: ['fiscal', 'specialAccount', 'unitFunds'] },
    { kind: 'row-sum', block: 'body', target: 'unitFunds', parts: ['bizIncome', 'operatingIncome', 'superiorIncome', 'affiliatedIncome', 'otherIncome'] },
    { kind: 'row-sum', block: 'body', target: 'specialAccount', parts: ['eduFees', 'otherSpecial'] },
    { kind: 'row-sum', block: 'body', target: 'carryover', parts: ['fiscalCarryover', 'nonFiscalCarryover'] },
    { kind: 'row-sum', block: 'body', target: 'carryover', parts: ['carryGpb', 'carryFund', 'carrySoe', 'carrySpecial', 'carryUnit'] },
    {
      kind: 'row-sum',
      block: 'body',
      target: 'fiscal',
      parts: ['gpb', 'gpbTransfer', 'fund', 'fundTransfer', 'soe', 'soeTransfer'],
    },
    { kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};
