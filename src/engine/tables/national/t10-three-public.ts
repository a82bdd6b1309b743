import type { TableDefinition } from '../types';
import { col } from './common';

export const T10: TableDefinition = {
  id: 'T10',
  number: 10,
  title: '财政拨款“三公”经费支出情况表',
  aliases: [
    '财政拨款"三公"经费支出情况表',
    '财政拨款三公经费支出情况表',
    '"三公"经费支出情况表',
    '三公经费支出情况表',
    '"三公"经费支出预算表',
    '三公经费预算表',
    '一般公共预算"三公"经费支出情况表',
  ],
  titleWords: { all: [['三公']], none: ['决算'] },
  signature: ['因公出国(境)费', '公务接待费'],
  required: true,
  blocks: [
    {
      id: 'body',
      kind: 'items',
      label: '“三公”经费',
      anchorHeaders: ['三公支出内容', '项目', '三公经费', '支出内容'],
      columns: [
        col('total', '合计', ['合计', '小计', '总计']),
        col('gpb', '一般公共预算', ['一般公共预算', '一般公共预算拨款']),
        col('fund', '政府性基金', ['政府性基金', '政府性基金预算']),
        col('soe', '国有资本经营预算', ['国有资本经营预算', '国有资本经营']),
      ],
      totalLabels: ['合计', '总计', '三公经费合计', '"三公"经费合计', '三公经费', '"三公"经费'],
      // 深圳 prints each item by source of funds only: the item's amount is their sum.
      sums: { total: ['gpb', 'fund', 'soe'] },
      totalFirst: true,
      rows: [
        { role: 'abroad', label: '因公出国（境）费', labels: ['因公出国(境)费', '因公出国(境)费用', '因公出国费', '因公出国(境)支出'] },
        // 长春 splits 因公出国（境）费 into its own name and 科研因公出国（境）费用 under one group with a 小计.
        { role: 'abroadOrdinary', label: '因公出国（境）费（不含科研）', labels: ['因公出国(境)费', '因公出国(境)费用'], parent: 'abroad', namedAsParent: true },
        { role: 'abroadResearch', label: '科研因公出国（境）费', labels: ['科研因公出国(境)费用', '科研因公出国(境)费', '科研人员因公出国(境)费'], parent: 'abroad' },
        { role: 'reception', label: '公务接待费', labels: ['公务接待费', '公务接待费支出'] },
        {
          role: 'vehicle',
          label: '公务用车购置及运行费',
          labels: ['公务用车购置及运行费(小计)', '公务用车购置及运行费', '公务用车购置及运行维护费', '公务用车购置及运行维护费(小计)', '公务用车购置及运行维护支出', '公务用车购置及运行支出'],
        },
        // 上海 prints them short under 公务用车购置及运行费: 购置费 | 运行费.
        { role: 'vehiclePurchase', label: '公务用车购置费', labels: ['公务用车购置费', '公务用车购置', '购置费'], parent: 'vehicle' },
        { role: 'vehicleOperation', label: '公务用车运行费', labels: ['公务用车运行费', '公务用车运行维护费', '公务用车运行', '运行费', '运行维护费'], parent: 'vehicle' },
        // 广州 prints the 行政经费 the 三公 are part of above them: a line of the table, in no sum of it.
        { role: 'adminCost', label: '行政经费', labels: ['行政经费'] },
        // 苏州, 陕西 print 会议费 and 培训费 beside the 三公: lines of the table outside the 三公 合计.
        // 上海's “三公”经费和机关运行经费预算表 prints 机关运行经费 beside them: a line outside the 三公 合计.
        { role: 'operatingCost', label: '机关运行经费', labels: ['机关运行经费', '机关运行经费预算数', '机关运行经费预算'] },
        { role: 'meeting', label: '会议费', labels: ['会议费', '会议费支出'] },
        { role: 'training', label: '培训费', labels: ['培训费', '培训费支出'] },
      ],
    },
  ],
  identities: [
    { kind: 'item-sum', block: 'body', target: 'total', parts: ['abroad', 'reception', 'vehicle'], op: 'eq' },
    { kind: 'item-sum', block: 'body', target: 'vehicle', parts: ['vehiclePurchase', 'vehicleOperation'], op: 'eq' },
    { kind: 'item-sum', block: 'body', target: 'abroad', parts: ['abroadOrdinary', 'abroadResearch'], op: 'eq' },
    { kind: 'row-sum', block: 'body', target: 'total', parts: ['gpb', 'fund', 'soe'] },
  ],
};
