import { formatRef } from './grid/address';
import { SEVERITY_LABEL, type Finding, type FindingJson } from './findings';
import { money } from './money';

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
