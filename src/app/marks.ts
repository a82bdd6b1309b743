import { parseRef, SEVERITY_LABEL, type CauseJson, type FindingJson } from '../engine';
import type { Mark } from '../hosts/host';

/**
 * The cells a finding colours on the sheet: its target and every side that is a single cell (a
 * total, the other table's figure). A side made of many cells ("其下各项之和") is a sum, not a
 * suspect, and stays uncoloured. The note is the finding's message; notes on one cell are joined
 * by the host. A finding that is one of several of a cause notes the cause's sentence, and a cell shown by
 * several findings of one cause is noted once for it.
 */
export function marksForFindings(findings: FindingJson[], causes: Array<Pick<CauseJson, 'message' | 'findings'>> = []): Mark[] {
  const causeOf = new Map<number, Pick<CauseJson, 'message'>>();
  for (const c of causes) if (c.findings.length > 1) for (const i of c.findings) causeOf.set(i, c);
  const marks: Array<Mark & { messages: string[]; head?: string }> = [];
  const byKey = new Map<string, Mark & { messages: string[]; head?: string }>();
  const add = (refText: string, f: FindingJson, index: number) => {
    const cause = causeOf.get(index);
    // One note per cell and cause: the cause's sentence, then what each of its findings says there.
    const key = `${refText}\u0000${cause ? `cause\u0000${cause.message}` : f.message}`;
    let mark = byKey.get(key);
    if (!mark) {
      const ref = parseRef(refText);
      mark = {
        sheet: ref.sheet,
        range: { top: ref.row, left: ref.col, bottom: ref.row, right: ref.col },
        severity: f.severity,
        note: '',
        messages: [],
        head: cause?.message,
      };
      byKey.set(key, mark);
      marks.push(mark);
    }
    if (f.severity === 'error') mark.severity = 'error';
    if (!mark.messages.includes(f.message)) mark.messages.push(f.message);
  };
  findings.forEach((f, i) => {
    if (f.target) add(f.target, f, i);
    for (const side of f.sides) if (side.cells.length === 1) add(side.cells[0], f, i);
  });
  return marks.map(({ messages, head, ...m }) => ({
    ...m,
    note: `【预算公开助手·${SEVERITY_LABEL[m.severity]}】${head ? `${head}\n${messages.map((x) => `· ${x}`).join('\n')}` : messages[0]}`,
  }));
}
