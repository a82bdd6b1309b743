import Decimal from 'decimal.js';
import { tableName } from '../tables/table-name';
import { columnLabel, findBlock, rowLabel } from '../model/query';
import { defineRule } from './types';

const HUNDRED = new Decimal(100);
const HALF = new Decimal(0.5);

/** Decimals of a rate as printed: "-21.9%" → 1, -7.03 → 2. */
function printedDecimals(raw: unknown): number {
  const text = typeof raw === 'number' ? String(raw) : String(raw ?? '').trim().replace(/[%％]$/, '');
  const m = /\.(\d+)$/.exec(text);
  return m ? m[1].length : 0;
}

/**
 * A table's own rate of change (增减幅度, 增减%): (this year − last year) ÷ last year × 100, at the decimals printed. Whole
 * amounts (衢江 73 → 37, printed in whole 万元) stand for any value within ±0.5, so a rate inside the range they allow is right.
 */
export const rateColumn = defineRule({
  id: 'rate-column',
  severity: 'error',
  description: '表中的增减幅度 = （本年数 − 上年数）÷ 上年数',
  messages: {
    rateMismatch: '{{table}}「{{row}}」{{col}}{{stated}}%，按本年{{current}}{{unit}}、上年{{prior}}{{unit}}计算应为{{expected}}%。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      for (const identity of table.def.identities) {
        if (identity.kind !== 'rate') continue;
        if (ctx.only && !ctx.only(identity)) continue;
        const block = findBlock(table, identity.block);
        if (!block) continue;
        for (const row of [...block.rows, ...(block.total ? [block.total] : [])]) {
          const rate = row.amounts[identity.target];
          const current = row.amounts[identity.of];
          const prior = row.prior?.[identity.of];
          if (!rate || rate.blank || rate.problem || !current || current.problem || !prior || prior.problem || prior.value.isZero()) continue;
          const decimals = printedDecimals(rate.raw);
          const exact = current.value.minus(prior.value).div(prior.value.abs()).mul(HUNDRED);
          const expected = exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
          if (rate.value.eq(expected)) continue;
          const whole = current.value.isInteger() && prior.value.isInteger() && prior.value.abs().gt(1);
          if (whole) {
            const p = prior.value.abs();
            const a = current.value.minus(HALF).minus(prior.value.plus(HALF)).div(p.plus(HALF)).mul(HUNDRED);
            const b = current.value.plus(HALF).minus(prior.value.minus(HALF)).div(p.minus(HALF)).mul(HUNDRED);
            const half = new Decimal(10).pow(-decimals).div(2);
            if (rate.value.plus(half).gte(Decimal.min(a, b)) && rate.value.minus(half).lte(Decimal.max(a, b))) continue;
          }
          const money = (d: Decimal) => d.toFixed();
          ctx.report({
            messageId: 'rateMismatch',
            data: {
              table: tableName(table.def),
              row: rowLabel(block, row),
              col: columnLabel(block, identity.target),
              stated: rate.value.toFixed(decimals),
              current: money(current.value),
              prior: money(prior.value),
              expected: expected.toFixed(decimals),
              unit: table.unit,
            },
            tables: [table.def.id],
            unit: table.unit,
            sides: [
              { label: `${columnLabel(block, identity.target)}`, cells: [rate.ref], amount: rate.value },
              { label: '（本年 − 上年）÷ 上年', cells: [current.ref, prior.ref], amount: expected },
            ],
            target: rate.ref,
            difference: rate.value.minus(expected),
          });
        }
      }
    }
  },
});
