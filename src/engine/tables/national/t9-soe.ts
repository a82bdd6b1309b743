import type { TableDefinition } from '../types';
import { basicPartsSum, basicProjectBlock } from './common';

export const T9: TableDefinition = {
  id: 'T9',
  number: 9,
  title: '国有资本经营预算支出情况表',
  aliases: ['国有资本经营预算支出情况表', '国有资本经营预算支出预算表', '国有资本经营预算支出表'],
  titleWords: { all: [['国有资本经营'], ['支出']], none: ['三公', '收支', '决算'] },
  signature: ['国有资本经营预算支出', '基本支出', '项目支出'],
  required: false,
  emptyNoteSubject: '国有资本经营预算',
  blocks: [basicProjectBlock('国有资本经营预算支出')],
  identities: [
    { kind: 'row-sum', block: 'body', target: 'total', parts: ['basic', 'project'] },
    basicPartsSum(),
    { kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};
