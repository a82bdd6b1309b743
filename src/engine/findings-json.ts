import { formatRef } from './grid/address';
import { SEVERITY_LABEL, type Finding, type Severity } from './findings';
import { money } from './money';

/** A finding as plain JSON, the shape every surface shows: amounts formatted by its unit (money.ts), cells as 'Sheet!A1'. */
export interface FindingJson {
  ruleId: string;
  messageId?: string;
  severity: Severity;
  severityLabel: string;
  message: string;
  tables: string[];
  target?: string;
  unit: '万元' | '元';
  sides: Array<{ label: string; cells: string[]; amount: string }>;
  difference?: string;
  rounding?: boolean;
}

export function findingToJson(f: Finding): FindingJson {
  return {
    ruleId: f.ruleId,
    ...(f.messageId ? { messageId: f.messageId } : {}),
    severity: f.severity,
    severityLabel: SEVERITY_LABEL[f.severity],
    message: f.message,
    tables: f.tables,
    target: f.target ? formatRef(f.target) : undefined,
    unit: f.unit,
    sides: f.sides.map((s) => ({ label: s.label, cells: s.cells.map(formatRef), amount: money(s.amount, f.unit) })),
    difference: f.difference ? money(f.difference, f.unit) : undefined,
    rounding: f.rounding,
  };
}
