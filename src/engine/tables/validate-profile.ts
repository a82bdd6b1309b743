import type { BlockDef, CellSelector, Profile, TableDefinition } from './types';

/** Checks a profile's definitions refer only to blocks, columns and rows they define. */
export function validateProfile(profile: Profile): void {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const t of profile.tables) {
    if (ids.has(t.id)) errors.push(`表 ${t.id} 重复定义`);
    ids.add(t.id);
    checkTable(t, errors);
    // 决算 findings are reported under the rule ids of juesuan.md: every identity names its own.
    if (profile.kind === '决算') for (const i of t.identities) if (!i.id) errors.push(`表 ${t.id} 的${i.kind}关系没有规则编号（决算配置的每条关系都应有 J-xx 编号）`);
  }
  const byId = new Map(profile.tables.map((t) => [t.id, t]));
  const checkSel = (where: string, s: CellSelector) => {
    const t = s.table ? byId.get(s.table) : undefined;
    if (!t) return errors.push(`${where}: 未定义的表 ${s.table}`);
    const b = s.block ? t.blocks.find((x) => x.id === s.block) : t.blocks[0];
    if (!b) return errors.push(`${where}: 表 ${t.id} 没有区块 ${s.block}`);
    if (!b.columns.some((c) => c.role === s.col)) errors.push(`${where}: 表 ${t.id} 没有列 ${s.col}`);
    if (b.kind === 'items' && s.row !== 'total' && !b.rows?.some((r) => r.role === s.row)) errors.push(`${where}: 表 ${t.id} 没有行 ${s.row}`);
    return undefined;
  };
  for (const r of profile.relations) {
    if (r.kind === 'cells') {
      r.left.forEach((s) => checkSel(r.id, s));
      r.right.forEach((s) => checkSel(r.id, s));
    } else {
      for (const s of [r.left, r.right]) for (const c of Array.isArray(s.col) ? s.col : [s.col]) checkSel(r.id, { table: s.table, block: s.block, row: 'total', col: c });
    }
  }
  if (errors.length) throw new Error(`公开表配置 ${profile.id} 有误：\n${errors.join('\n')}`);
}

function checkTable(t: TableDefinition, errors: string[]): void {
  const block = (id: string): BlockDef | undefined => t.blocks.find((b) => b.id === id);
  const hasCol = (b: BlockDef, role: string) => b.columns.some((c) => c.role === role);
  const hasRow = (b: BlockDef, role: string) => role === 'total' || (b.rows ?? []).some((r) => r.role === role);
  if (t.blocks.length === 0) errors.push(`表 ${t.id} 没有区块`);
  for (const b of t.blocks) {
    if (b.kind === 'coded' && !b.codeScheme) errors.push(`表 ${t.id} 区块 ${b.id} 缺少编码体系`);
    if (b.kind === 'items' && !(b.rows && b.rows.length)) errors.push(`表 ${t.id} 区块 ${b.id} 没有行定义`);
    for (const r of b.rows ?? []) if (r.parent && !hasRow(b, r.parent)) errors.push(`表 ${t.id} 行 ${r.role} 的上级 ${r.parent} 未定义`);
    if (b.printedAcross && b.kind !== 'items') errors.push(`表 ${t.id} 区块 ${b.id} 只有按项目列示的区块才能横向排列`);
    const roles = b.columns.map((c) => c.role);
    if (new Set(roles).size !== roles.length) errors.push(`表 ${t.id} 区块 ${b.id} 有重复的列`);
    const rowRoles = (b.rows ?? []).map((r) => r.role);
    if (new Set(rowRoles).size !== rowRoles.length) errors.push(`表 ${t.id} 区块 ${b.id} 有重复的行`);
  }
  for (const i of t.identities) {
    if (i.kind === 'balance') continue;
    const b = block(i.block);
    if (!b) {
      errors.push(`表 ${t.id} 的关系引用了不存在的区块 ${i.block}`);
      continue;
    }
    if (i.kind === 'row-sum') for (const c of [i.target, ...i.parts]) if (!hasCol(b, c)) errors.push(`表 ${t.id} 没有列 ${c}`);
    if (i.kind === 'item-sum') for (const r of [i.target, ...i.parts]) if (!hasRow(b, r)) errors.push(`表 ${t.id} 没有行 ${r}`);
    if (i.kind === 'hierarchy' && i.columns !== '*') for (const c of i.columns) if (!hasCol(b, c)) errors.push(`表 ${t.id} 没有列 ${c}`);
    if (i.kind === 'rate') for (const c of [i.target, i.of]) if (!hasCol(b, c)) errors.push(`表 ${t.id} 没有列 ${c}`);
    if (i.kind === 'class-column') for (const c of [i.col, i.source]) if (!hasCol(b, c)) errors.push(`表 ${t.id} 没有列 ${c}`);
  }
}
