import { findingToJson, type FindingJson } from '../engine';
import type { NarrativeDocument, Paragraph, Placeholder, SectionKey } from '../engine';
import type { ApplyResult, CellInput, Conflict } from '../hosts/host';

/**
 * What a 生成说明 run leaves for the pane, in plain JSON (it may travel from a ribbon page through
 * storage): the document's text and structure (for the .docx), the rows written to the 情况说明
 * sheet (so the pane can retry the write after asking), and how the write went.
 */
export interface NarrativeReport {
  kind: 'narrative';
  at: string;
  origin: 'ribbon' | 'pane';
  title: string;
  department: string;
  year?: number;
  sections: Array<{ key: SectionKey; heading: string; paragraphs: Paragraph[] }>;
  /** renderText: title, headings and paragraphs, one per line. */
  text: string;
  placeholders: Placeholder[];
  notes: string[];
  shareAdjustments: Array<{ subject: string; plain: string; final: string }>;
  /** Changes without a reason and other problems met while writing. */
  findings: FindingJson[];
  /** Where last year's figures came from. */
  prior: { source: 'columns' | 'workbook' | 'none'; name?: string };
  sheet: string;
  rows: CellInput[][];
  written: NarrativeWrite;
}

export type NarrativeWrite =
  | { ok: true; cells: number }
  | { ok: false; reason: 'conflict' | 'protected' | 'failed' | 'too-large'; message: string; conflicts?: Conflict[] };

export function writeOutcome(result: ApplyResult): NarrativeWrite {
  if (result.ok) return { ok: true, cells: result.written };
  return result.reason === 'conflict'
    ? { ok: false, reason: 'conflict', message: result.message, conflicts: result.conflicts }
    : { ok: false, reason: result.reason, message: result.message };
}

/** The 情况说明 sheet: the title, then each heading and paragraph in column A, a blank row between sections. */
export function narrativeRows(doc: NarrativeDocument): CellInput[][] {
  const rows: CellInput[][] = [[doc.title], []];
  doc.sections.forEach((section, i) => {
    if (i > 0) rows.push([]);
    rows.push([section.heading]);
    for (const p of section.paragraphs) rows.push([p.text]);
  });
  return rows;
}

export function buildNarrativeReport(
  doc: NarrativeDocument,
  extra: {
    origin: 'ribbon' | 'pane';
    text: string;
    prior: NarrativeReport['prior'];
    sheet: string;
    rows: CellInput[][];
    written: NarrativeWrite;
    at?: Date;
    percentDecimals: number;
  },
): NarrativeReport {
  return {
    kind: 'narrative',
    at: (extra.at ?? new Date()).toISOString(),
    origin: extra.origin,
    title: doc.title,
    department: doc.department,
    ...(doc.year ? { year: doc.year } : {}),
    sections: doc.sections.map((s) => ({ key: s.key, heading: s.heading, paragraphs: s.paragraphs.map((p) => ({ ...p })) })),
    text: extra.text,
    placeholders: doc.placeholders.map((p) => ({ ...p })),
    notes: [...doc.notes],
    shareAdjustments: doc.shareAdjustments.map((a) => ({
      subject: a.subject,
      plain: a.plain.toFixed(extra.percentDecimals),
      final: a.final.toFixed(extra.percentDecimals),
    })),
    findings: doc.findings.map(findingToJson),
    prior: extra.prior,
    sheet: extra.sheet,
    rows: extra.rows,
    written: extra.written,
  };
}
