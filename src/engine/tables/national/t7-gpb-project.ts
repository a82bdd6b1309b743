import type { TableDefinition } from '../types';
import { ALL_FUNDS_SOURCE_COLUMNS, FUNDING_SUMS, fundingIdentities } from '../funding-columns';
import { col, FUNCTIONAL_ANCHORS, FUNCTIONAL_NAMES, optionalCol, TOTAL_LABELS } from './common';

/** 经济分类 columns of 项目支出, as 表7 prints them. */
export const PROJECT_ECONOMIC_COLUMNS = [
  col('wages', '工资福利支出'),
  col('goods', '商品和服务支出'),
  col('family', '对个人和家庭的补助'),
  col('debt', '债务利息及费用支出'),
  col('capitalBuild', '资本性支出(基本建设)', ['资本性支出(基本建设)']),
  col('capital', '资本性支出'),
  col('enterpriseBuild', '对企业补助(基本建设)', ['对企业补助(基本建设)']),
  col('enterprise', '对企业补助'),
  col('socialFund', '对社会保障基金补助'),
  col('other', '其他支出'),
];

export const T7: TableDefinition = {
  id: 'T7',
  number: 7,
  title: '一般公共预算项目支出情况表',
  aliases: ['一般公共预算项目支出情况表', '一般公共预算项目支出预算表', '一般公共预算项目支出表', '项目支出情况表'],
  // 项目支出 tables of all funds (项目支出总表, 项目支出预算表) are this table too; relations read its title for its scope.
  titleWords: { all: [['项目支出']], none: ['基本支出', '三公', '绩效', '决算', '收支'] },
  signature: ['项目名称', '项目支出合计', '商品和服务支出'],
  required: false,
  blocks: [
    {
      id: 'body',
      kind: 'coded',
      label: '一般公共预算项目支出',
      codeScheme: 'functional',
      anchorHeaders: FUNCTIONAL_ANCHORS,
      codeHeaders: FUNCTIONAL_ANCHORS,
      nameHeaders: FUNCTIONAL_NAMES,
      projectColumn: col('projectName', '项目名称', ['项目名称']),
      columns: [
        col('total', '项目支出合计', ['项目支出合计', '合计', '项目支出', '总计', '预算数', '预算']),
        ...PROJECT_ECONOMIC_COLUMNS,
        // A 项目支出表 of all funds (深圳 项目支出总表, 杭州 表10) shows each project's 一般公共预算 beside its total.
        optionalCol('gpb', '一般公共预算', ['一般公共预算拨款', '一般公共预算'], ['上年结转', '上年结余,结转', '上年结转结余']),
        // …and its other sources (深圳 项目支出总表: 财政拨款, 财政专户, 单位资金 by source, 上年结余结转).
        ...ALL_FUNDS_SOURCE_COLUMNS,
      ],
      sums: FUNDING_SUMS,
      totalLabels: TOTAL_LABELS,
    },
  ],
  identities: [
    { kind: 'row-sum', block: 'body', target: 'total', parts: PROJECT_ECONOMIC_COLUMNS.map((c) => c.role) },
    ...fundingIdentities('body'),
    { kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};
