import * as fs from 'fs';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { NarrativeDocument, Paragraph as NarrativeParagraph } from '../../engine';

/** 公文 fonts: 宋体 for the title and headings, 仿宋 for the body, 三号 (16 pt) throughout, 二号 title. */
const SONG = { ascii: '宋体', eastAsia: '宋体', hAnsi: '宋体' };
const FANG = { ascii: '仿宋', eastAsia: '仿宋', hAnsi: '仿宋' };
const SIZE = 32;
const TITLE_SIZE = 44;
/** Two characters of 三号 as a first-line indent, in twips. */
const INDENT = 640;
const PLACEHOLDER = /(【待填写：[^】]*】)/;

/** Runs of one line; 【待填写：…】 placeholders are highlighted so the clerk finds them. */
function runs(text: string, font: typeof SONG, bold = false, size = SIZE): TextRun[] {
  return text
    .split(PLACEHOLDER)
    .filter((part) => part !== '')
    .map((part) => new TextRun({ text: part, font, bold, size, ...(PLACEHOLDER.test(part) ? { highlight: 'yellow' } : {}) }));
}

function paragraphsOf(p: NarrativeParagraph): Paragraph[] {
  // A clerk's text may hold several lines (政府采购, 国有资产): one paragraph each.
  return p.text.split('\n').map((line) => {
    if (p.kind === 'subheading') {
      return new Paragraph({ heading: HeadingLevel.HEADING_2, indent: { firstLine: INDENT }, children: runs(line, SONG, true) });
    }
    return new Paragraph({ indent: { firstLine: INDENT }, spacing: { line: 560 }, children: runs(line, FANG) });
  });
}

/** The 情况说明 as a Word document. */
export function narrativeToDocx(doc: NarrativeDocument): Document {
  const children: Paragraph[] = [new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.TITLE, children: runs(doc.title, SONG, true, TITLE_SIZE) })];
  for (const section of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, indent: { firstLine: INDENT }, children: runs(section.heading, SONG, true) }));
    for (const p of section.paragraphs) children.push(...paragraphsOf(p));
  }
  return new Document({
    creator: '预算公开助手',
    title: doc.title,
    styles: { default: { document: { run: { font: FANG, size: SIZE } } } },
    sections: [{ children }],
  });
}

export async function narrativeDocxBuffer(doc: NarrativeDocument): Promise<Buffer> {
  return Packer.toBuffer(narrativeToDocx(doc));
}

export async function writeNarrativeDocx(doc: NarrativeDocument, path: string): Promise<void> {
  await fs.promises.writeFile(path, await narrativeDocxBuffer(doc));
}
