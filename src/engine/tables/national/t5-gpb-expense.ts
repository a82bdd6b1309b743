import type { TableDefinition } from '../types';
import { basicPartsSum, basicProjectBlock } from './common';

export const T5: TableDefinition = {
  id: 'T5',
  number: 5,
  title: '一般公共预算支出情况表',
  aliases: ['一般公共预算支出情况表', '一般公共预算支出预算表', '一般公共预算支出表', '一般公共预算拨款支出情况表'],
  titleWords: { all: [['一般公共预算'], ['支出']], none: ['基本支出', '项目支出', '三公', '收支', '收入', '采购', '经济分类', '决算'] },
  signature: ['一般公共预算支出', '基本支出', '项目支出'],
  required: true,
  blocks: [basicProjectBlock('一般公共预算支出')],
  identities: [
    { kind: 'row-sum', block: 'body', target: 'total', parts: ['basic', 'project'] },
    basicPartsSum(),
    { kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};
