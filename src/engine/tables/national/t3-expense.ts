import type { TableDefinition } from '../types';
import { basicProjectBlock } from './common';

export const T3: TableDefinition = {
  id: 'T3',
  number: 3,
  title: '部门支出总体情况表',
  aliases: ['部门支出总体情况表', '支出总体情况表', '部门支出总表', '支出预算总表', '部门支出预算表'],
  signature: ['基本支出', '项目支出', '功能分类科目'],
  required: true,
  blocks: [basicProjectBlock('支出')],
  identities: [
    { kind: 'row-sum', block: 'body', target: 'total', parts: ['basic', 'project'] },
    { kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};
