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
