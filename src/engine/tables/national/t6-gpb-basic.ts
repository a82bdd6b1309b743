import type { TableDefinition } from '../types';
import { col, ECONOMIC_ANCHORS, ECONOMIC_NAMES, TOTAL_LABELS } from './common';

const PERSONNEL_CLASSES = ['301', '303'];

export const T6: TableDefinition = {
  id: 'T6',
  number: 6,
  title: '一般公共预算基本支出情况表',
  aliases: ['一般公共预算基本支出情况表', '一般公共预算基本支出预算表', '一般公共预算基本支出表', '一般公共预算基本支出经济分类情况表'],
  titleWords: { all: [['一般公共预算'], ['基本支出']], none: ['项目支出', '三公', '决算'] },
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
        col('total', '合计', ['合计', '小计', '总计', '预算数', '预算']),
        col('personnel', '人员经费', ['人员经费', '人员经费支出', '人员支出', '人员类']),
        col('public', '公用经费', ['公用经费', '公用经费支出', '日常公用支出', '日常公用经费', '公用类']),
      ],
      totalLabels: TOTAL_LABELS,
    },
  ],
  identities: [
    { kind: 'row-sum', block: 'body', target: 'total', parts: ['personnel', 'public'] },
    { kind: 'hierarchy', block: 'body', columns: '*' },
    // 人员经费 is 工资福利支出 and 对个人和家庭的补助; 公用经费 is every other 类 of 基本支出.
    { kind: 'class-column', block: 'body', col: 'personnel', source: 'total', classes: PERSONNEL_CLASSES, classesLabel: '301工资福利支出、303对个人和家庭的补助' },
    { kind: 'class-column', block: 'body', col: 'public', source: 'total', classes: { except: PERSONNEL_CLASSES }, classesLabel: '302商品和服务支出等公用类科目' },
  ],
};
