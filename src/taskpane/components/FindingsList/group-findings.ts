import type { Severity } from '../../../engine';

/** What grouping reads of a finding. */
export interface Groupable {
  severity: Severity;
  tables: string[];
}

export interface TableGroup<F extends Groupable = Groupable> {
  /** Table ids joined: 'T2', or 'T2+T3' for a finding between two tables. */
  key: string;
  /** "表2", "表2、表3". */
  label: string;
  findings: F[];
}

export interface SeverityGroup<F extends Groupable = Groupable> {
  severity: Severity;
  count: number;
  tables: Array<TableGroup<F>>;
}

/** 'T2' → '表2'; other ids (a regional profile's) as they are. */
export function tableLabel(id: string, numbers: Record<string, number> = {}, names: Record<string, string> = {}): string {
  if (names[id]) return names[id];
  const n = numbers[id] ?? (/^T(\d+)$/.exec(id) ? Number(/^T(\d+)$/.exec(id)![1]) : undefined);
  return n !== undefined ? `表${n}` : id;
}

/**
 * Findings by severity (错误 first), then by the table or pair of tables they concern, tables in
 * their printed order; findings keep the engine's order inside a group.
 */
export function groupFindings<F extends Groupable>(findings: F[], numbers: Record<string, number> = {}, otherLabel = '其他', names: Record<string, string> = {}): Array<SeverityGroup<F>> {
  const order = (id: string) => numbers[id] ?? (/^T(\d+)$/.exec(id) ? Number(/^T(\d+)$/.exec(id)![1]) : 99);
  const out: Array<SeverityGroup<F>> = [];
  for (const severity of ['error', 'warning'] as const) {
    const list = findings.filter((f) => f.severity === severity);
    if (!list.length) continue;
    const groups = new Map<string, TableGroup<F>>();
    for (const f of list) {
      const ids = [...f.tables].sort((a, b) => order(a) - order(b));
      const key = ids.join('+') || 'other';
      let g = groups.get(key);
      if (!g) {
        g = { key, label: ids.length ? ids.map((id) => tableLabel(id, numbers, names)).join('、') : otherLabel, findings: [] };
        groups.set(key, g);
      }
      g.findings.push(f);
    }
    const tables = Array.from(groups.values()).sort((a, b) => {
      const [a0, a1 = ''] = a.key.split('+');
      const [b0, b1 = ''] = b.key.split('+');
      return order(a0) - order(b0) || (a1 === b1 ? 0 : a1 === '' ? -1 : b1 === '' ? 1 : order(a1) - order(b1));
    });
    out.push({ severity, count: list.length, tables });
  }
  return out;
}
