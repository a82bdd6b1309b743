import { select } from '../../model/query';
import type { CrossRelation } from '../../tables/types';
import { crossRelationRule } from '../cross-table';
import { defineRule } from '../types';

/**
 * J-35 (conditional): when the department has no 财政拨款 结转结余 (表4 年初 and 年末 both 0) and spends only
 * 一般公共预算 (表4 政府性基金 and 国有资本经营 支出 0), 表2's 财政拨款收入 equals 表5's 合计 code by code.
 */
const RELATION: CrossRelation = {
  kind: 'by-code',
  id: 'j2-j5-fiscal',
  ruleId: 'J-35',
  description: '本年无财政拨款结转结余且只有一般公共预算财政拨款支出，表2各科目财政拨款收入应与表5合计一致',
  left: { table: 'J2', col: 'fiscal' },
  right: { table: 'J5', col: 'total' },
  levels: ['class', 'kuan', 'xiang', 'total'],
  op: 'eq',
};

const inner = crossRelationRule(RELATION);

export const j35 = defineRule({
  id: 'J-35',
  severity: 'error',
  behaviour: inner.behaviour,
  description: RELATION.description,
  messages: inner.messages,
  check(ctx) {
    const zero = [
      { table: 'J4', block: 'income', row: 'opening', col: 'amount' },
      { table: 'J4', block: 'expense', row: 'closing', col: 'total' },
      { table: 'J4', block: 'expense', row: 'currentExpense', col: 'fund' },
      { table: 'J4', block: 'expense', row: 'currentExpense', col: 'soe' },
    ];
    for (const sel of zero) {
      const s = select(ctx.tables, sel);
      // A line the table does not print is taken as 0 only where the table is there at all.
      if (s && !s.amount.isZero()) return;
    }
    if (!select(ctx.tables, { table: 'J4', block: 'expense', row: 'currentExpense', col: 'gpb' })) return;
    inner.check(ctx);
  },
});
