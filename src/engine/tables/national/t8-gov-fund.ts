import type { TableDefinition } from '../types';
import { basicPartsSum, basicProjectBlock } from './common';

export const T8: TableDefinition = {
  id: 'T8',
  number: 8,
  title: '政府性基金预算支出情况表',
  aliases: ['政府性基金预算支出情况表', '政府性基金预算支出预算表', '政府性基金预算支出表', '政府性基金支出情况表'],
  titleWords: { all: [['政府性基金'], ['支出']], none: ['三公', '收支', '决算'] },
  signature: ['政府性基金预算支出', '基本支出', '项目支出'],
  required: true,
  emptyNoteSubject: '政府性基金预算',
  blocks: [basicProjectBlock('政府性基金预算支出')],
  identities: [
    { kind: 'row-sum', block: 'body', target: 'total', parts: ['basic', 'project'] },
    basicPartsSum(),
    { kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};
