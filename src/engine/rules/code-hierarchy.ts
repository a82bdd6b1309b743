import Decimal from 'decimal.js';
import type { RecognizedBlock, RecognizedRow } from '../recognize/types';
import { columnLabel, findBlock, rowLabel } from '../model/query';
import { compareAmounts, money } from './compare';
import { defineRule } from './types';

const LEVEL_NAME: Record<string, string> = { class: '类', kuan: '款', xiang: '项', project: '项目' };

/** The rows one level down (or, when that level is skipped, the nearest level below) under a code. */
export function childrenOf(block: RecognizedBlock, parent: RecognizedRow): RecognizedRow[] {
  if (!parent.code || parent.level === undefined) return [];
  const below = block.rows.filter(
    (r) => r.code && r.level !== undefined && r.level > parent.level! && r.code.startsWith(parent.code!) && r !== parent,
  );
  if (below.length === 0) return [];
  const next = Math.min(...below.map((r) => r.level!));
  return below.filter((r) => r.level === next);
}

export function topRows(block: RecognizedBlock): RecognizedRow[] {
  const coded = block.rows.filter((r) => r.code && r.level !== undefined);
  if (coded.length === 0) return [];
  const top = Math.min(...coded.map((r) => r.level!));
  return coded.filter((r) => r.level === top);
}

function sum(rows: RecognizedRow[], col: string): Decimal {
  return rows.reduce((s, r) => s.plus(r.amounts[col]?.value ?? 0), new Decimal(0));
}

/** Sum of the leaves under a row, following the hierarchy down to rows with no children. */
function leafSum(block: RecognizedBlock, row: RecognizedRow, col: string): Decimal {
  const kids = childrenOf(block, row);
  if (kids.length === 0) return row.amounts[col]?.value ?? new Decimal(0);
  return kids.reduce((s, k) => s.plus(leafSum(block, k, col)), new Decimal(0));
}

export const codeHierarchy = defineRule({
  id: 'code-hierarchy',
  severity: 'error',
  description: '科目层级：类 = 其下各款之和，款 = 其下各项之和，项 = 其下各项目之和；合计 = 各类之和',
  messages: {
    parent:
      '表{{table}}「{{row}}」{{col}} {{left}} 与其下各{{childLevel}}之和 {{right}} 不相等，相差 {{diff}}{{unit}}。',
    total: '表{{table}}合计行{{col}} {{left}} 与各{{childLevel}}之和 {{right}} 不相等，相差 {{diff}}{{unit}}。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      for (const identity of table.def.identities) {
        if (identity.kind !== 'hierarchy') continue;
        const block = findBlock(table, identity.block);
        if (!block || block.def.kind !== 'coded') continue;
        const cols = identity.columns === '*' ? block.columns.map((c) => c.role) : identity.columns;
        const kidsOf = new Map(block.rows.map((r) => [r, childrenOf(block, r)]));
        const childrenCached = (r: RecognizedRow) => kidsOf.get(r) ?? [];
        for (const col of cols) {
          for (const parent of block.rows) {
            const kids = childrenCached(parent);
            if (kids.length === 0 || !parent.amounts[col]) continue;
            const own = parent.amounts[col];
            const total = sum(kids, col);
            const cmp = compareAmounts(own.value, total, table.unit, ctx.settings);
            if (cmp.equal) continue;
            // A parent that matches its leaves is right; the wrong child below reports itself.
            const kidsWrong = kids.some((k) => childrenCached(k).length > 0 && !compareAmounts(k.amounts[col].value, sum(childrenCached(k), col), table.unit, ctx.settings).equal);
            if (kidsWrong && compareAmounts(own.value, leafSum(block, parent, col), table.unit, ctx.settings).equal) continue;
            const childLevel = LEVEL_NAME[kids[0].kind] ?? '下级科目';
            ctx.report({
              messageId: 'parent',
              data: {
                table: table.def.number,
                row: rowLabel(block, parent),
                col: columnLabel(block, col),
                childLevel,
                left: money(own.value),
                right: money(total),
                diff: money(cmp.difference),
                unit: table.unit,
              },
              tables: [table.def.id],
              unit: table.unit,
              sides: [
                { label: rowLabel(block, parent), cells: [own.ref], amount: own.value },
                { label: `其下各${childLevel}之和`, cells: kids.map((k) => k.amounts[col].ref), amount: total },
              ],
              difference: cmp.difference,
              rounding: cmp.rounding,
            });
          }
          const tops = topRows(block);
          const totalCell = block.total?.amounts[col];
          if (!totalCell || tops.length === 0) continue;
          const total = sum(tops, col);
          const cmp = compareAmounts(totalCell.value, total, table.unit, ctx.settings);
          if (cmp.equal) continue;
          const childLevel = LEVEL_NAME[tops[0].kind] ?? '科目';
          ctx.report({
            messageId: 'total',
            data: {
              table: table.def.number,
              col: columnLabel(block, col),
              childLevel,
              left: money(totalCell.value),
              right: money(total),
              diff: money(cmp.difference),
              unit: table.unit,
            },
            tables: [table.def.id],
            unit: table.unit,
            sides: [
              { label: '合计', cells: [totalCell.ref], amount: totalCell.value },
              { label: `各${childLevel}之和`, cells: tops.map((k) => k.amounts[col].ref), amount: total },
            ],
            difference: cmp.difference,
            rounding: cmp.rounding,
          });
        }
      }
    }
  },
});
