import { parseRef, type FindingJson } from '../engine';
import type { Mark } from '../hosts/host';

/**
 * The cells a finding colours on the sheet: its target and every side that is a single cell (a
 * total, the other table's figure). A side made of many cells ("其下各项之和") is a sum, not a
 * suspect, and stays uncoloured. The note is the finding's message; notes on one cell are joined
 * by the host.
 */
export function marksForFindings(findings: FindingJson[]): Mark[] {
  const marks: Mark[] = [];
  const seen = new Set<string>();
  const add = (refText: string, f: FindingJson) => {
    const key = `${refText}\u0000${f.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    const ref = parseRef(refText);
    marks.push({
      sheet: ref.sheet,
      range: { top: ref.row, left: ref.col, bottom: ref.row, right: ref.col },
      severity: f.severity,
      note: `【预算公开助手·${f.severityLabel}】${f.message}`,
    });
  };
  for (const f of findings) {
    if (f.target) add(f.target, f);
    for (const side of f.sides) if (side.cells.length === 1) add(side.cells[0], f);
  }
  return marks;
}
