import { tableName } from '../tables/table-name';
import Decimal from 'decimal.js';
import type { AmountCell, RecognizedBlock, RecognizedRow } from '../recognize/types';
import { columnLabel, findBlock, isUnplacedLine, repeatedCode, rowLabel } from '../model/query';
import { itemLabel, labelMatches } from '../recognize/match';
import { stripNumbering } from '../grid/text';
import { DecimalSum, scaledOf } from '../grid/decimal-sum';
import { compareAmounts, money, surelyEqual } from './compare';
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

/** childrenOf for every row of the block, the rows with codes gone through twice per parent, no list made per row. */
function childrenByRow(block: RecognizedBlock): Map<RecognizedRow, RecognizedRow[]> {
  const coded = block.rows.filter((r) => r.code && r.level !== undefined);
  const out = new Map<RecognizedRow, RecognizedRow[]>();
  for (const parent of block.rows) {
    const kids: RecognizedRow[] = [];
    out.set(parent, kids);
    const code = parent.code;
    const level = parent.level;
    if (!code || level === undefined) continue;
    let next = Infinity;
    for (const r of coded) if (r.level! > level && r.level! < next && r !== parent && r.code!.startsWith(code)) next = r.level!;
    if (next === Infinity) continue;
    for (const r of coded) if (r.level === next && r !== parent && r.code!.startsWith(code)) kids.push(r);
  }
  return out;
}

/** The labels of a definition's currentTotal lines, one array per definition (labelMatches keeps its forms by array). */
const currentTotalLists = new Map<RecognizedBlock['def'], string[]>();
function currentTotalLabelsOf(def: RecognizedBlock['def']): string[] {
  let list = currentTotalLists.get(def);
  if (list === undefined) {
    list = (def.labelRows ?? []).filter((d) => d.adds === 'currentTotal').flatMap((d) => d.labels);
    if (currentTotalLists.size > 1000) currentTotalLists.clear();
    currentTotalLists.set(def, list);
  }
  return list;
}

/**
 * What a coded block's 合计 adds up: its top 科目 (or, in a table listed by 单位, its units), the labelled lines
 * beside them (`labelRows`: 对附属单位补助支出 as a part of 本年支出, 结转下年 of the 总计 only), and the subtotal lines
 * of 本年支出 (本年支出合计, 一、本年支出) that equal the 科目 and the 本年 lines.
 */
export function totalParts(block: RecognizedBlock): { tops: RecognizedRow[]; current: RecognizedRow[]; carry: RecognizedRow[]; subtotals: RecognizedRow[] } {
  const defs = block.def.labelRows ?? [];
  const adds = (r: RecognizedRow) => (r.kind === 'item' ? defs.find((d) => d.role === r.role)?.adds : undefined);
  const coded = topRows(block);
  const units = coded.length > 0 ? [] : unitTops(block);
  const tops = coded.length > 0 ? coded : units.length > 0 ? units : block.rows.filter((r) => adds(r) === 'alt');
  const currentTotalLabels = currentTotalLabelsOf(block.def);
  const isSubtotal = (r: RecognizedRow) => adds(r) === 'currentTotal' || (r.kind === 'total' && labelMatches(itemLabel(r.name), currentTotalLabels));
  return {
    tops,
    current: block.rows.filter((r) => adds(r) === 'current'),
    carry: block.rows.filter((r) => adds(r) === 'carry'),
    subtotals: block.rows.filter(isSubtotal),
  };
}

/**
 * The units a table listed by 单位 adds up in its 合计: every unit line but the department's own, which restates
 * the 合计 (杭州: 合计, 杭州市交通运输局, then its 单位). Units grouped under units (a line that is the sum of the
 * lines after it) are not read as one level: none, and the total check stands aside.
 */
function unitTops(block: RecognizedBlock): RecognizedRow[] {
  const roles = block.columns.map((c) => c.role);
  const total = block.total;
  const same = (a: RecognizedRow, b: RecognizedRow) => roles.every((r) => (a.amounts[r]?.value ?? ZERO).equals(b.amounts[r]?.value ?? ZERO));
  // Lines under a unit no deeper than its own line may be units themselves (a unit known only by the department's
  // name, its lines not indented): the units cannot be told.
  const byRow = new Map(block.rows.map((r) => [r.row, r]));
  const flat = (r: RecognizedRow) => r.underUnit !== undefined && !((r.indent ?? 0) > (byRow.get(r.underUnit)?.indent ?? 0));
  if (block.rows.some(flat)) return [];
  const units = block.rows.filter((r) => r.unitRow && r.kind !== 'total' && !(total && same(r, total)));
  if (roles.length > 0 && groupsWithin(units, roles[0])) return [];
  return units;
}

/**
 * A table by 单位 that prints the same 科目 under each unit (深圳 支出总表 of several units, 广州 基本支出 by 单位 and 类):
 * each unit's rows with its line as their 合计, and the unit lines under the table's 合计. Undefined when rows come
 * before the first unit or a 科目 repeats within one unit: no reading of them can be stood behind.
 */
function unitSegments(block: RecognizedBlock): RecognizedBlock[] | undefined {
  const segments: Array<{ unit: RecognizedRow; rows: RecognizedRow[] }> = [];
  for (const r of block.rows) {
    if (r === block.total) continue;
    if (r.unitRow) segments.push({ unit: r, rows: [] });
    else if (segments.length > 0) segments[segments.length - 1].rows.push(r);
    else return undefined;
  }
  const scopes = segments.map((sg) => ({ ...block, rows: sg.rows, total: sg.unit }));
  if (scopes.length < 2 || scopes.some((sc) => repeatedCode(sc))) return undefined;
  return block.total ? [...scopes, { ...block, rows: segments.map((sg) => sg.unit), total: block.total }] : scopes;
}

/** Some line is the sum of the lines after it: the list holds units of units, not one level. */
function groupsWithin(lines: RecognizedRow[], col: string): boolean {
  const amount = (r: RecognizedRow) => cellOf(r, col)?.value ?? ZERO;
  for (let i = 0; i < lines.length; i++) {
    let acc = ZERO;
    for (let j = i + 1; j < lines.length; j++) {
      acc = acc.plus(amount(lines[j]));
      // Equal to the one line after it counts too: a unit with one project (taking two equal projects for that only makes the check stand aside).
      if (!amount(lines[i]).isZero() && acc.equals(amount(lines[i]))) return true;
      if (acc.greaterThan(amount(lines[i]))) break;
    }
  }
  return false;
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
  const s = new DecimalSum();
  for (const r of rows) {
    const c = cellOf(r, col);
    if (c) s.add(c.value);
  }
  return s.value;
}

/** sum(rows, col) × 10^7 as DecimalSum adds it on its exact path; NaN where it would leave that path. */
function scaledSum(rows: RecognizedRow[], col: string): number {
  let s = 0;
  for (const r of rows) {
    const c = cellOf(r, col);
    if (c) {
      s += scaledOf(c.value);
      if (!Number.isSafeInteger(s)) return NaN;
    }
  }
  return s;
}

/** Sum of the leaves under a row, following the hierarchy down to rows with no children. */
function leafSum(block: RecognizedBlock, row: RecognizedRow, col: string): Decimal {
  const kids = childrenOf(block, row);
  if (kids.length === 0) return cellOf(row, col)?.value ?? ZERO;
  const s = new DecimalSum();
  for (const k of kids) s.add(leafSum(block, k, col));
  return s.value;
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
    listed: '{{table}}「{{row}}」{{col}}{{left}}{{unit}}，与其下所列各项目之和{{right}}{{unit}}不相等，相差{{diff}}{{unit}}。',
    listedUnits: '{{table}}「{{row}}」{{col}}{{left}}{{unit}}，与其下所列各单位之和{{right}}{{unit}}不相等，相差{{diff}}{{unit}}。',
    listedPartial:
      '{{table}}「{{row}}」{{col}}{{left}}{{unit}}，与其下所列各项目之和{{right}}{{unit}}不相等，相差{{diff}}{{unit}}；如本表只列有绩效目标的项目，请核对是否漏列。',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      for (const identity of table.def.identities) {
        if (identity.kind !== 'hierarchy') continue;
        if (ctx.only && !ctx.only(identity)) continue;
        const whole = findBlock(table, identity.block);
        // An items block read as an outline (政府采购 货物 → 单位 → 品目) has its heads' sums, no 科目.
        if (!whole || (whole.def.kind !== 'coded' && !whole.def.outline)) continue;
        const repeated = repeatedCode(whole);
        // The same 科目 under each 单位: each unit's rows are a hierarchy of their own, its line their 合计.
        const scopes = repeated ? unitSegments(whole) : [whole];
        if (!scopes) {
          ctx.skip({ tables: [table.def.id], reason: `${tableName(table.def)}的科目${repeated}出现在多行（如按单位分列），未核对科目层级` });
          continue;
        }
        for (const block of scopes) {
        const extra = identity.columns === '*' ? unplacedAmountColumns(block) : [];
        const cols = [...(identity.columns === '*' ? block.columns.map((c) => c.role) : identity.columns), ...extra.map((x) => x.key)];
        const labelOf = (col: string) => extra.find((x) => x.key === col)?.label ?? columnLabel(block, col);
        const kidsOf = childrenByRow(block);
        const childrenCached = (r: RecognizedRow) => kidsOf.get(r) ?? [];
        // What does not depend on the column, read once for the block.
        const unitLines = identity.scope === 'total' ? [] : block.rows
          .filter((r) => r.unitRow || (block.def.outline && r.kind === 'item'))
          .map((unit) => ({ unit, lines: block.rows.filter((r) => r.underUnit === unit.row) }))
          .filter((u) => u.lines.length > 0);
        const partial = identity.scope === 'total' ? [] : block.rows.filter((r) => r.partial);
        if (partial.length > 0) {
          const named = partial.slice(0, 3).map((r) => `「${rowLabel(block, r)}」`).join('、');
          const which = partial.length > 3 ? `${named}等${partial.length}个科目` : named;
          ctx.skip({ tables: [table.def.id], reason: `${tableName(table.def)}${which}下有未能识别的科目名称，未核对其与下级之和` });
        }
        const parts = totalParts(block);
        const checks = identity.scope === 'parents' || parts.tops.length === 0 ? [] : [
          ...parts.subtotals.map((row) => ({ row, kids: [...parts.tops, ...parts.current] })),
          ...(block.total && !parts.subtotals.includes(block.total) ? [{ row: block.total, kids: [...parts.tops, ...parts.current, ...parts.carry] }] : []),
        ];
        for (const col of cols) {
          // Nearly every sum holds: told on the exact integers first, without making the sum's Decimal.
          const sumsDiffer = (own: AmountCell, kids: RecognizedRow[]) =>
            !surelyEqual(own.value, scaledSum(kids, col), table.unit, ctx.settings) && !compareAmounts(own.value, sum(kids, col), table.unit, ctx.settings).equal;
          /** Reports `own` ≠ Σ kids, unless `own` matches the leaves below and a wrong child explains it. */
          const checkSum = (own: AmountCell, kids: RecognizedRow[], leaves: () => Decimal, messageId: 'parent' | 'total' | 'listed' | 'listedUnits' | 'listedPartial', name: string | (() => string), severity?: 'warning') => {
            if (surelyEqual(own.value, scaledSum(kids, col), table.unit, ctx.settings)) return;
            const total = sum(kids, col);
            const cmp = compareAmounts(own.value, total, table.unit, ctx.settings, kids.length);
            if (cmp.equal) return;
            const kidWrong = kids.some((k) => childrenCached(k).length > 0 && cellOf(k, col) !== undefined && sumsDiffer(cellOf(k, col)!, childrenCached(k)));
            if (kidWrong && compareAmounts(own.value, leaves(), table.unit, ctx.settings).equal) return;
            const rowName = typeof name === 'string' ? name : name();
            const labelled = kids.filter((k) => k.kind === 'item').map((k) => stripNumbering(k.name.replace(/[\s\u3000]+/g, '')));
            const childLevel = (kids[0].unitRow ? '单位' :  kids[0].underUnit !== undefined ? '项目' : LEVEL_NAME[kids[0].kind] ?? '下级科目') + (labelled.length > 0 ? `及${labelled.join('、')}` : '');
            ctx.report({
              ...(severity ? { severity } : {}),
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
              roundingLimit: cmp.roundingLimit,
            });
          };
          if (identity.scope !== 'total')
            for (const parent of block.rows) {
              const kids = childrenCached(parent);
              const own = cellOf(parent, col);
              if (parent.partial) continue;
              if (kids.length > 0 && own) checkSum(own, kids, () => leafSum(block, parent, col), 'parent', () => rowLabel(block, parent));
            }
          // A unit's line = Σ the lines listed under it, unless they are units of their own (a line the sum of those after it).
          for (const { unit, lines } of unitLines) {
            const own = cellOf(unit, col);
            if (!own || own.blank || groupsWithin(lines, col)) continue;
            const partial = identity.partialListing === true;
            const messageId = unit.kind === 'item' ? 'listedUnits' : partial ? 'listedPartial' : 'listed';
            checkSum(own, lines, () => sum(lines, col), messageId, unit.name.replace(/[\s\u3000]+/g, ''), partial ? 'warning' : undefined);
          }
          if (checks.length === 0) continue;
          // Lines with amounts the recognizer could not place (projects, 单位 names) may be part of the 合计.
          const unknown = block.rows.some((r) => {
            const c = isUnplacedLine(r) ? cellOf(r, col) : undefined;
            return c !== undefined && !c.blank && !c.value.isZero();
          });
          for (const { row, kids } of checks) {
            const cell = cellOf(row, col);
            if (!cell) continue;
            // A unit's line that leaves this column blank (its 总计 only) says nothing of the column's sum.
            if (kids.some((k) => k.unitRow && cellOf(k, col)?.blank) && !cell.blank) continue;
            if (unknown) {
              ctx.skip({ tables: [table.def.id], reason: `${tableName(table.def)}有未能识别科目的金额行，未核对合计与各类之和` });
              break;
            }
            const leaves = () => kids.reduce((acc, t) => acc.plus(t.code ? leafSum(block, t, col) : cellOf(t, col)?.value ?? ZERO), ZERO);
            // The row as printed: 表1 and 表4 call it 支出总计, most tables 合计.
            const totalName = (row.name ?? '').replace(/[\s\u3000]+/g, '') || '合计';
            checkSum(cell, kids, leaves, 'total', totalName);
          }
        }
        }
      }
    }
  },
});
