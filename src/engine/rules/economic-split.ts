import Decimal from 'decimal.js';
import { findTable } from '../model/query';
import { compareAmounts, money } from './compare';
import { defineRule } from './types';

/** 人员经费 = 工资福利支出(301) + 对个人和家庭的补助(303); 公用经费 = the other 经济分类 类 of 基本支出. */
const PERSONNEL_CLASSES = ['301', '303'];

export const economicSplit = defineRule({
  id: 'economic-split',
  severity: 'warning',
  description: '表6人员经费应等于工资福利支出与对个人和家庭的补助之和，公用经费应等于其余经济分类之和',
  messages: {
    personnel: '表6人员经费合计 {{left}}{{unit}}，与301工资福利支出、303对个人和家庭的补助之和 {{right}}{{unit}}不一致，相差 {{diff}}{{unit}}。',
    public: '表6公用经费合计 {{left}}{{unit}}，与302商品和服务支出等公用类科目之和 {{right}}{{unit}}不一致，相差 {{diff}}{{unit}}。',
  },
  check(ctx) {
    const table = findTable(ctx.tables, 'T6');
    const block = table?.blocks[0];
    if (!table || !block?.total) return;
    const classes = block.rows.filter((r) => r.kind === 'class' && r.code);
    if (classes.length === 0) return;
    for (const [messageId, col, pick] of [
      ['personnel', 'personnel', (c: string) => PERSONNEL_CLASSES.includes(c)],
      ['public', 'public', (c: string) => !PERSONNEL_CLASSES.includes(c)],
    ] as const) {
      const totalCell = block.total.amounts[col];
      if (!totalCell) continue;
      const rows = classes.filter((r) => pick(r.code!));
      const sum = rows.reduce((s, r) => s.plus(r.amounts.total?.value ?? 0), new Decimal(0));
      const cmp = compareAmounts(totalCell.value, sum, table.unit, ctx.settings);
      if (cmp.equal) continue;
      ctx.report({
        messageId,
        data: { left: money(totalCell.value, table.unit), right: money(sum, table.unit), diff: money(cmp.difference, table.unit), unit: table.unit },
        tables: ['T6'],
        unit: table.unit,
        sides: [
          { label: messageId === 'personnel' ? '人员经费合计' : '公用经费合计', cells: [totalCell.ref], amount: totalCell.value },
          { label: rows.map((r) => `${r.code} ${r.name}`).join('+') || '（无）', cells: rows.map((r) => r.amounts.total.ref), amount: sum },
        ],
        difference: cmp.difference,
        rounding: cmp.rounding,
      });
    }
  },
});
