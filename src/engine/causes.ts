import Decimal from 'decimal.js';
import type { Finding, Severity } from './findings';
import { moneyWithUnit } from './money';
import { rowLabel } from './model/query';
import type { RecognizedTable } from './recognize/types';
import { formatMessage } from './rules/format-message';
import { toWan } from './rules/compare';
import { roundingLimitText } from './runner/rounding-note';
import { tableName } from './tables/table-name';

/**
 * Findings by cause, a step after the rules: what one row explains is one finding that names every place it
 * shows, and the rounding residues of one table are one finding listing them. The rules' findings are not
 * changed; a cause only gathers them.
 *
 * A finding that compares two sides (left − right = d) is put right by changing one side: the left by −d or the
 * right by +d. Each row a side's cells lie on is thus a candidate explanation: "this row is off by δ" (in 万元).
 * Findings that one candidate explains together are one cause — the candidate that explains the most findings
 * first, so that every cause has one explanation shared by all its findings (never a chain of look-alikes). Two
 * mistakes that no single row and amount explain stay two causes.
 */
export type CauseKind = 'row' | 'move' | 'code' | 'rounding' | 'single';

export interface Cause {
  kind: CauseKind;
  severity: Severity;
  /** The headline in Chinese: the finding itself for a single one, what they share for a group. */
  message: string;
  /** The findings it gathers, in the rules' order; the first is the headline finding. */
  findings: Finding[];
  /** The row that explains a 'row' or 'move' cause, and by how much (万元) it is off. */
  place?: { sheet: string; row: number; amount: Decimal };
  /** The table of a 'rounding' cause. */
  table?: string;
}

export const CAUSE_MESSAGES: Record<Exclude<CauseKind, 'single'> | 'roundingNoLimit', string> = {
  row: '{{where}}：以下{{count}}处不一致都可由该行金额相差{{amount}}解释，请先核对此行。',
  move: '{{where}}：以下{{count}}处不一致都可由该行两列金额一多一少{{amount}}解释（可能填错了列），请核对该行各列。',
  code: '{{left}}与{{right}}都是{{amount}}，而两表各缺对方的科目：可能是其中一张表的科目编码或名称写错，请核对。',
  rounding: '{{table}}有{{count}}处差额在{{limit}}以内，在各数分别四舍五入可能产生的范围内，可能为四舍五入差异：',
  /** Findings that carry no limit (made outside runRules). */
  roundingNoLimit: '{{table}}有{{count}}处差额在各数分别四舍五入可能产生的范围内，可能为四舍五入差异：',
};

interface Candidate {
  key: string;
  sheet: string;
  row: number;
  /** The column of the side's cell: where two tables' blocks share the sheet's rows (表1 收入 | 支出), it tells them apart. */
  col: number;
  /** The change (万元) that puts the finding right, signed. */
  delta: Decimal;
}

function candidates(f: Finding): Candidate[] {
  if (f.sides.length !== 2 || !f.difference || f.difference.isZero()) return [];
  const out: Candidate[] = [];
  const seen = new Set<string>();
  f.sides.forEach((side, i) => {
    const delta = toWan(i === 0 ? f.difference!.neg() : f.difference!, f.unit);
    for (const c of side.cells) {
      const key = `${c.sheet}\u0000${c.row}\u0000${delta.toString()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ key, sheet: c.sheet, row: c.row, col: c.col, delta });
    }
  });
  return out;
}

interface Explanation {
  kind: 'row' | 'move';
  sheet: string;
  row: number;
  col: number;
  amount: Decimal;
  members: number[];
}

/** Every explanation shared by two or more of the findings: a row off by δ, or a row with δ in the wrong column. */
function explanations(all: Candidate[][], findings: Finding[]): Explanation[] {
  const rows = new Map<string, Explanation>();
  const moves = new Map<string, Explanation & { signs: Set<number> }>();
  all.forEach((list, i) => {
    for (const c of list) {
      const row = rows.get(c.key) ?? { kind: 'row' as const, sheet: c.sheet, row: c.row, col: c.col, amount: c.delta, members: [] };
      if (!row.members.includes(i)) row.members.push(i);
      rows.set(c.key, row);
      const moveKey = `${c.sheet}\u0000${c.row}\u0000${c.delta.abs().toString()}`;
      const move = moves.get(moveKey) ?? { kind: 'move' as const, sheet: c.sheet, row: c.row, col: c.col, amount: c.delta.abs(), members: [], signs: new Set<number>() };
      if (!move.members.includes(i)) move.members.push(i);
      move.signs.add(c.delta.isNegative() ? -1 : 1);
      moves.set(moveKey, move);
    }
  });
  // A move needs both an excess and a shortfall on its row; with one sign it is the row explanation itself.
  const real = [...moves.values()].filter((m) => m.signs.size === 2).map(({ signs: _, ...m }) => m);
  // A row that explains only rounding residues of its own table is no row's mistake: they join the table's
  // rounding cause. A row that also explains a relation across tables (seed 004's 20805) stays the cause.
  const residue = (i: number) => findings[i].rounding === true && findings[i].tables.length === 1;
  return [...rows.values(), ...real].filter((e) => e.members.length >= 2 && !e.members.every(residue));
}

const worst = (fs: Finding[]): Severity => (fs.some((f) => f.severity === 'error') ? 'error' : 'warning');

/** "表2第7行（20805 行政事业单位养老支出）": the table printed on the sheet at that row, and the row's label. */
function whereText(tables: RecognizedTable[], sheet: string, row: number, col: number): string {
  for (const t of tables) {
    if (t.sheet !== sheet || row < t.range.top || row > t.range.bottom) continue;
    const lines = t.blocks.flatMap((b) => b.rows.filter((x) => x.row === row).map((r) => ({ b, r })));
    // The line whose amounts hold the cell: 表1 prints 收入 and 支出 on the same sheet rows.
    const line = lines.find(({ r }) => Object.values(r.amounts).some((a) => a.ref.col === col)) ?? lines[0];
    if (line) return `${tableName(t.def)}第${row + 1}行（${rowLabel(line.b, line.r)}）`;
    return `${tableName(t.def)}第${row + 1}行`;
  }
  return `工作表“${sheet}”第${row + 1}行`;
}

/** The findings gathered by cause, in the order of each cause's first finding. */
export function groupByCause(findings: Finding[], tables: RecognizedTable[] = []): Cause[] {
  const all = findings.map(candidates);
  const taken = new Array<boolean>(findings.length).fill(false);
  const groups: Array<{ first: number; cause: Cause }> = [];
  const pool = explanations(all, findings);
  for (;;) {
    let best: Explanation | undefined;
    let bestMembers: number[] = [];
    for (const e of pool) {
      const members = e.members.filter((i) => !taken[i]);
      const better =
        members.length > bestMembers.length ||
        (members.length === bestMembers.length && best !== undefined && members.length > 0 &&
          // A plain row before a move; then the explanation whose first finding comes first.
          ((best.kind === 'move' && e.kind === 'row') || (best.kind === e.kind && members[0] < bestMembers[0])));
      if (better) {
        best = e;
        bestMembers = members;
      }
    }
    if (!best || bestMembers.length < 2) break;
    for (const i of bestMembers) taken[i] = true;
    const members = bestMembers.map((i) => findings[i]);
    const amount = moneyWithUnit(best.amount.abs());
    groups.push({
      first: bestMembers[0],
      cause: {
        kind: best.kind,
        severity: worst(members),
        message: formatMessage('causes', CAUSE_MESSAGES, best.kind, { where: whereText(tables, best.sheet, best.row, best.col), count: members.length, amount }),
        findings: members,
        place: { sheet: best.sheet, row: best.row, amount: best.amount },
      },
    });
  }
  // One 科目 under two codes: a relation finds A missing from one table and B missing from the other, same amount.
  for (const [i, j] of renamedPairs(findings, taken)) {
    taken[i] = taken[j] = true;
    const present = (f: Finding) => f.sides.find((x) => x.cells.length > 0)!;
    const members = [findings[i], findings[j]];
    groups.push({
      first: i,
      cause: {
        kind: 'code',
        severity: worst(members),
        message: formatMessage('causes', CAUSE_MESSAGES, 'code', {
          left: present(findings[i]).label,
          right: present(findings[j]).label,
          amount: moneyWithUnit(present(findings[i]).amount, findings[i].unit),
        }),
        findings: members,
      },
    });
  }
  // The rounding residues left, one cause per table.
  const byTable = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (taken[i] || !f.rounding || f.tables.length !== 1) return;
    byTable.set(f.tables[0], [...(byTable.get(f.tables[0]) ?? []), i]);
  });
  for (const [table, idx] of byTable) {
    if (idx.length < 2) continue;
    for (const i of idx) taken[i] = true;
    const members = idx.map((i) => findings[i]);
    const def = tables.find((t) => t.def.id === table)?.def;
    const number = def ? tableName(def) : `表${table.replace(/^T/, '')}`;
    // The widest limit any of them was held to: every residue listed is within it.
    const limits = members.flatMap((f) => (f.roundingLimit ? [f.roundingLimit] : []));
    const limit = limits.length > 0 ? Decimal.max(...limits) : undefined;
    groups.push({
      first: idx[0],
      cause: { kind: 'rounding', severity: worst(members), message: limit
          ? formatMessage('causes', CAUSE_MESSAGES, 'rounding', { table: number, count: members.length, limit: roundingLimitText(limit) })
          : formatMessage('causes', CAUSE_MESSAGES, 'roundingNoLimit', { table: number, count: members.length }), findings: members, table },
    });
  }
  findings.forEach((f, i) => {
    if (!taken[i]) groups.push({ first: i, cause: { kind: 'single', severity: f.severity, message: f.message, findings: [f] } });
  });
  return groups.sort((a, b) => a.first - b.first).map((g) => g.cause);
}

/**
 * Pairs of findings of one relation where each finds a 科目 missing in the other table, by the same amount: the
 * table of the first prints under one code what the other prints under another (上海 表1 一般公共服务支出 7099698,
 * 表3 208 社会保障和就业支出 7099698).
 */
function renamedPairs(findings: Finding[], taken: boolean[]): Array<[number, number]> {
  const missingSide = (f: Finding) => (f.sides.length === 2 ? f.sides.findIndex((x) => x.cells.length === 0) : -1);
  const out: Array<[number, number]> = [];
  const used = new Set<number>();
  findings.forEach((f, i) => {
    const mi = missingSide(f);
    if (taken[i] || used.has(i) || mi < 0 || f.sides[1 - mi].cells.length === 0) return;
    const amount = f.sides[1 - mi].amount;
    const j = findings.findIndex((g, k) => {
      if (k <= i || taken[k] || used.has(k) || g.ruleId !== f.ruleId) return false;
      const mk = missingSide(g);
      return mk >= 0 && mk !== mi && g.sides[1 - mk].cells.length > 0 && g.sides[1 - mk].amount.equals(amount) && !amount.isZero();
    });
    if (j < 0) return;
    used.add(i).add(j);
    out.push([i, j]);
  });
  return out;
}
