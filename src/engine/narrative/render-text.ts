import type { NarrativeDocument } from './types';

/** The document as plain text: title, then each heading and its paragraphs, one per line. */
export function renderText(doc: NarrativeDocument): string {
  const lines: string[] = [doc.title, ''];
  for (const section of doc.sections) {
    lines.push(section.heading);
    for (const p of section.paragraphs) lines.push(p.text);
  }
  return lines.join('\n') + '\n';
}

/** The document as sheet rows for a host's writeSheet("情况说明", …): one paragraph a row, in column A. */
export function renderRows(doc: NarrativeDocument): string[][] {
  const rows: string[][] = [[doc.title], []];
  for (const section of doc.sections) {
    rows.push([section.heading]);
    for (const p of section.paragraphs) for (const line of p.text.split('\n')) rows.push([line]);
  }
  return rows;
}
