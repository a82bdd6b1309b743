import type { TableDefinition } from '../types';
import { basicPartsSum, basicProjectBlock, optionalCol } from './common';

/** 表3 of templates that print every use of funds (深圳, 杭州): in 杭州's 总计 beside 基本支出 and 项目支出, in 深圳's inside them. */
const OTHER_USES = [
  optionalCol('operating', '事业单位经营支出', ['事业单位经营支出', '经营支出']),
  optionalCol('toAffiliated', '对附属单位补助支出', ['对附属单位补助支出']),
  optionalCol('toSuperior', '上缴上级支出', ['上缴上级支出']),
];

/** 深圳 表3 shows the 政府采购 in each 科目 beside it: columns of the table, in no sum of the 合计. */
const PROCUREMENT = [
  optionalCol('procurement', '政府采购', ['政府采购项目', '政府采购']),
  optionalCol('procurementSme', '预留给中小企业', ['中小企业']),
  optionalCol('procurementSmall', '预留给小型、微型企业', ['小型,微型企业', '小微企业']),
];

const block = basicProjectBlock('支出');

export const T3: TableDefinition = {
  id: 'T3',
  number: 3,
  title: '部门支出总体情况表',
  aliases: ['部门支出总体情况表', '支出总体情况表', '部门支出总表', '支出预算总表', '部门支出预算表'],
  titleWords: { all: [['支出'], ['总', '部门支出预算表', '单位支出预算表']], none: ['收支', '收入', '财政拨款', '一般公共预算', '政府性基金', '国有资本', '三公', '基本支出', '项目支出', '决算', '采购'] },
  signature: ['基本支出', '项目支出', '功能分类科目'],
  required: true,
  blocks: [{ ...block, columns: [...block.columns, ...OTHER_USES, ...PROCUREMENT] }],
  identities: [
    { kind: 'row-sum', block: 'body', target: 'total', parts: ['basic', 'project'], optionalParts: OTHER_USES.map((c) => c.role) },
    basicPartsSum(),
    { kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};
