import type { TableDefinition } from '../types';
import { col, FISCAL_EXPENSE_LABEL_ROWS, TOTAL_LABELS } from './common';

export const T4: TableDefinition = {
  id: 'T4',
  number: 4,
  title: '财政拨款收支预算总体情况表',
  aliases: ['财政拨款收支预算总体情况表', '财政拨款收支总体情况表', '财政拨款收支预算总表', '财政拨款收支总表'],
  titleWords: { all: [['财政拨款'], ['收支', '收入支出']], none: ['决算'] },
  signature: ['财政拨款收入', '财政拨款支出'],
  required: true,
  blocks: [
    {
      id: 'income',
      kind: 'items',
      label: '财政拨款收入',
      anchorHeaders: ['项目', '收入项目'],
      columns: [col('total', '合计', ['合计', '预算数', '金额', '本年预算', '预算'])],
      totalLabels: ['收入总计', '收入合计'],
      rows: [
        { role: 'fiscal', label: '财政拨款(补助)', labels: ['财政拨款(补助)', '财政拨款', '本年收入'] },
        { role: 'currentIncome', label: '本年收入合计', labels: ['本年收入合计'] },
        { role: 'gpb', label: '一般公共预算', labels: ['一般公共预算', '一般公共预算拨款', '一般公共预算拨款收入'] },
        { role: 'fund', label: '政府性基金预算', labels: ['政府性基金预算', '政府性基金预算拨款'] },
        { role: 'soe', label: '国有资本经营预算', labels: ['国有资本经营预算', '国有资本经营预算拨款'] },
        { role: 'carryover', label: '上年结转', labels: ['上年结转', '上年结转结余', '上年结余、结转'] },
        { role: 'carryGpb', label: '上年结转中的一般公共预算', labels: ['一般公共预算', '一般公共预算拨款', '一般公共预算拨款结余、结转'], parent: 'carryover' },
        { role: 'carryFund', label: '上年结转中的政府性基金预算', labels: ['政府性基金预算', '政府性基金预算拨款', '政府性基金预算拨款结余、结转'], parent: 'carryover' },
        { role: 'carrySoe', label: '上年结转中的国有资本经营预算', labels: ['国有资本经营预算', '国有资本经营预算拨款', '国有资本经营预算拨款结余、结转'], parent: 'carryover' },
      ],
    },
    {
      id: 'expense',
      kind: 'coded',
      label: '财政拨款支出',
      codeScheme: 'functional',
      anchorHeaders: ['功能分类', '支出功能分类', '项目(按功能分类)', '支出项目', '功能分类科目'],
      columns: [
        col('total', '合计', ['合计', '小计', '总计', '预算数', '本年预算', '预算']),
        col('gpb', '一般公共预算', ['一般公共预算', '一般公共预算拨款']),
        col('fund', '政府性基金预算', ['政府性基金预算', '政府性基金']),
        col('soe', '国有资本经营预算', ['国有资本经营预算', '国有资本经营']),
      ],
      totalLabels: ['支出总计', '支出合计', ...TOTAL_LABELS],
      labelRows: FISCAL_EXPENSE_LABEL_ROWS,
    },
  ],
  identities: [
    { kind: 'item-sum', block: 'income', target: 'fiscal', parts: ['gpb', 'fund', 'soe'], op: 'eq' },
    { kind: 'item-sum', block: 'income', target: 'currentIncome', parts: ['gpb', 'fund', 'soe'], op: 'eq' },
    { kind: 'item-sum', block: 'income', target: 'carryover', parts: ['carryGpb', 'carryFund', 'carrySoe'], op: 'eq' },
    { kind: 'item-sum', block: 'income', target: 'total', parts: ['fiscal', 'carryover'], op: 'eq' },
    { kind: 'row-sum', block: 'expense', target: 'total', parts: ['gpb', 'fund', 'soe'] },
    { kind: 'hierarchy', block: 'expense', columns: '*' },
    {
      kind: 'balance',
      label: '收入总计与支出总计',
      left: { block: 'income', row: 'total', col: 'total' },
      right: { block: 'expense', row: 'total', col: 'total' },
    },
  ],
};
