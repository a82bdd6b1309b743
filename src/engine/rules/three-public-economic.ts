import { select } from '../model/query';
import { compareAcross, money, toWan } from './compare';
import { defineRule } from './types';

/**
 * 三公 against 经济分类, item by item. 表10 counts 三公 paid from 基本支出 and 项目支出 alike, 表6 only
 * 基本支出, so each 表6 item may not exceed the 表10 item (一般公共预算): above it is an error; below it is
 * legitimate when projects pay for the rest, and is not reported.
 */
export const THREE_PUBLIC_ITEMS: ReadonlyArray<{ code: string; row: string; name: string }> = [
  { code: '30212', row: 'abroad', name: '因公出国（境）费' },
  { code: '30217', row: 'reception', name: '公务接待费' },
  { code: '30231', row: 'vehicleOperation', name: '公务用车运行维护费' },
  { code: '31013', row: 'vehiclePurchase', name: '公务用车购置费' },
  // Where the table prints them beside the 三公 (苏州): the same holds for 会议费 and 培训费.
  { code: '30215', row: 'meeting', name: '会议费' },
  { code: '30216', row: 'training', name: '培训费' },
];

export const threePublicEconomic = defineRule({
  id: 'three-public-economic',
  severity: 'error',
  behaviour: { roundingStated: 'warning' },
  description: '表6“三公”（及表中列出的会议费、培训费）对应的经济分类科目（基本支出）不应超过表10同一项目（一般公共预算）',
  messages: {
    exceeds:
      '表6「{{code}} {{name}}」{{left}}万元，超过表10“三公”经费表「{{name}}」{{column}}{{right}}万元，超出{{diff}}万元：表10含基本支出和项目支出安排的“三公”经费，不应小于表6的基本支出。',
  },
  check(ctx) {
    for (const item of THREE_PUBLIC_ITEMS) {
      const t6 = select(ctx.tables, { table: 'T6', row: item.code, col: 'total' });
      // A table of one amount column is read as its 合计: 表6 above it is above the 一般公共预算 part too.
      const gpb = select(ctx.tables, { table: 'T10', row: item.row, col: 'gpb' });
      const t10 = gpb ?? select(ctx.tables, { table: 'T10', row: item.row, col: 'total' });
      if (!t6 || !t10 || t6.blank) continue;
      const cmp = compareAcross(t6.amount, t6.unit, t10.amount, t10.unit, ctx.settings);
      if (cmp.equal || cmp.difference.lt(0)) continue;
      const left = toWan(t6.amount, t6.unit);
      const right = toWan(t10.amount, t10.unit);
      ctx.report({
        messageId: 'exceeds',
        data: { code: item.code, name: item.name, column: gpb ? '一般公共预算' : '', left: money(left), right: money(right), diff: money(cmp.difference) },
        tables: ['T6', 'T10'],
        unit: '万元',
        sides: [
          { label: t6.label, cells: t6.cells, amount: left },
          { label: t10.label, cells: t10.cells, amount: right },
        ],
        difference: cmp.difference,
        rounding: cmp.rounding,
        roundingLimit: cmp.roundingLimit,
      });
    }
  },
});
