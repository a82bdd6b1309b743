import { tableName } from '../tables/table-name';
import Decimal from 'decimal.js';
import type { AmountCell, RecognizedBlock, RecognizedRow } from '../recognize/types';
import { columnLabel, findBlock, repeatedCode, rowLabel } from '../model/query';
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

const ZERO = new Decimal(0);

/**
 * A column the definition names, by role; or a column of the header it does not ('#' + its index: 长春 表6's
 * 当年预算 / 上年结转结余 groups): 类 = Σ款 holds in every amount column of a coded table.
 */
function cellOf(r: RecognizedRow, col: string): AmountCell | undefined {
  return col.startsWith('#') ? r.byCol?.[Number(col.slice(1))] : r.amounts[col];
}

/** Unplaced amount columns the hierarchy holds in: not a rate, a share or a change, which do not add up by 科目. */
function unplacedAmountColumns(block: RecognizedBlock): Array<{ key: string; label: string }> {
  return block.unmappedColumns
    .filter((u) => !/%|％|率|比|增减|幅/.test(u.header))
    .map((u) => ({ key: `#${u.col}`, label: `“${u.header.replace(/\//g, '')}”列` }));
}

function sum(rows: RecognizedRow[], col: string): Decimal {
  return rows.reduce((s, r) => {
    const c = cellOf(r, col);
    return c ? s.plus(c.value) : s;
  }, ZERO);
}

/** Sum of the leaves under a row, following the hierarchy down to rows with no children. */
function leafSum(block: RecognizedBlock, row: RecognizedRow, col: string): Decimal {
  const kids = childrenOf(block, row);
  if (kids.length === 0) return cellOf(row, col)?.value ?? ZERO;
  return kids.reduce((s, k) => s.plus(leafSum(block, k, col)), ZERO);
}

export const codeHierarchy = defineRule({
  id: 'code-hierarchy',
  severity: 'error',
  behaviour: { roundingStated: 'warning' },
  description: '科目层级：类 = 其下各款之和，款 = 其下各项之和，项 = 其下各项目之和；合计 = 各类之和',
  messages: {
    parent:
      '{{table}}「{{row}}」{{col}}{{left}}{{unit}}，与其下各{{childLevel}}之和{{right}}{{unit}}不相等，相差{{diff}}{{unit}}。',
    total: '{{table}}{{row}}行{{col}}{{left}}{{unit}}，与各{{childLevel}}之和{{right}}{{unit}}不相等，相差{{diff}}{{unit}}。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      for (const identity of table.def.identities) {
        if (identity.kind !== 'hierarchy') continue;
        if (ctx.only && !ctx.only(identity)) continue;
        const block = findBlock(table, identity.block);
        if (!block || block.def.kind !== 'coded') continue;
        const repeated = repeatedCode(block);
        if (repeated) {
          ctx.skip({ tables: [table.def.id], reason: `${tableName(table.def)}的科目${repeated}出现在多行（如按单位分列），未核对科目层级` });
          continue;
        }
        const extra = identity.columns === '*' ? unplacedAmountColumns(block) : [];
        const cols = [...(identity.columns === '*' ? block.columns.map((c) => c.role) : identity.columns), ...extra.map((x) => x.key)];
        const labelOf = (col: string) => extra.find((x) => x.key === col)?.label ?? columnLabel(block, col);
        const kidsOf = new Map(block.rows.map((r) => [r, childrenOf(block, r)]));
        const childrenCached = (r: RecognizedRow) => kidsOf.get(r) ?? [];
        for (const col of cols) {
          const sumsDiffer = (own: AmountCell, kids: RecognizedRow[]) =>
            !compareAmounts(own.value, sum(kids, col), table.unit, ctx.settings).equal;
          /** Reports `own` ≠ Σ kids, unless `own` matches the leaves below and a wrong child explains it. */
          const checkSum = (own: AmountCell, kids: RecognizedRow[], leaves: () => Decimal, messageId: 'parent' | 'total', rowName: string) => {
            const total = sum(kids, col);
            const cmp = compareAmounts(own.value, total, table.unit, ctx.settings, kids.length);
            if (cmp.equal) return;
            const kidWrong = kids.some((k) => childrenCached(k).length > 0 && cellOf(k, col) !== undefined && sumsDiffer(cellOf(k, col)!, childrenCached(k)));
            if (kidWrong && compareAmounts(own.value, leaves(), table.unit, ctx.settings).equal) return;
            const childLevel = LEVEL_NAME[kids[0].kind] ?? '下级科目';
            ctx.report({
              messageId,
              data: {
                table: tableName(table.def),
                row: rowName,
                col: labelOf(col),
                childLevel,
                left: money(own.value, table.unit),
                right: money(total, table.unit),
                diff: money(cmp.difference, table.unit),
                unit: table.unit,
              },
              tables: [table.def.id],
              unit: table.unit,
              sides: [
                { label: rowName, cells: [own.ref], amount: own.value },
                { label: `${messageId === 'total' ? '' : '其下'}各${childLevel}之和`, cells: kids.flatMap((k) => (cellOf(k, col) ? [cellOf(k, col)!.ref] : [])), amount: total },
              ],
              difference: cmp.difference,
              rounding: cmp.rounding,
            });
          };
          if (identity.scope !== 'total')
            for (const parent of block.rows) {
              const kids = childrenCached(parent);
              const own = cellOf(parent, col);
              if (kids.length > 0 && own) checkSum(own, kids, () => leafSum(block, parent, col), 'parent', rowLabel(block, parent));
            }
          const tops = topRows(block);
          const totalCell = block.total ? cellOf(block.total, col) : undefined;
          // Lines with amounts the recognizer could not place (projects, 单位 names) may be part of the 合计.
          const unknown = block.rows.some((r) => {
            const c = r.kind === 'other' ? cellOf(r, col) : undefined;
            return c !== undefined && !c.blank && !c.value.isZero();
          });
          if (unknown && identity.scope !== 'parents' && totalCell && tops.length > 0)
            ctx.skip({ tables: [table.def.id], reason: `${tableName(table.def)}有未能识别科目的金额行，未核对合计与各类之和` });
          if (!unknown && identity.scope !== 'parents' && totalCell && tops.length > 0) {
            const leaves = () => tops.reduce((acc, t) => acc.plus(leafSum(block, t, col)), ZERO);
            // The row as printed: 表1 and 表4 call it 支出总计, most tables 合计.
            const totalName = (block.total?.name ?? '').replace(/[\s\u3000]+/g, '') || '合计';
            checkSum(totalCell, tops, leaves, 'total', totalName);
          }
        }
      }
    }
  },
});
