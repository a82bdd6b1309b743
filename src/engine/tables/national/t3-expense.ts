import type { TableDefinition } from '../types';
import { basicProjectBlock } from './common';

export const T3: TableDefinition = {
  id: 'T3',
  number: 3,
  title: '部门支出总体情况表',
  aliases: ['部门支出总体情况表', '支出总体情况表', '部门支出总表', '支出预算总表', '部门支出预算表'],
  titleWords: { all: [['支出'], ['总', '部门支出预算表', '单位支出预算表']], none: ['收支', '收入', '财政拨款', '一般公共预算', '政府性基金', '国有资本', '三公', '基本支出', '项目支出', '决算', '采购'] },
  signature: ['基本支出', '项目支出', '功能分类科目'],
  required: true,
  blocks: [basicProjectBlock('支出')],
  identities: [
    { kind: 'row-sum', block: 'body', target: 'total', parts: ['basic', 'project'] },
    { kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};
