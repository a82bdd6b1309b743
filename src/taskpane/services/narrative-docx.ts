import type { NarrativeReport } from '../../app/narrative-report';

/**
 * The 情况说明 as a .docx in the pane, laid out as the published documents are: title in 小标宋,
 * section headings in 黑体, sub-headings in 楷体, body in 仿宋 三号 with a two-character first-line
 * indent. The docx library is loaded only when the clerk asks for the file.
 */

const SIZE_SANHAO = 32; // half-points: 16 pt, 三号
const SIZE_ERHAO = 44; // 22 pt, 二号
const INDENT_TWO_CHARS = 640; // twips: two 16 pt characters
const LINE_28PT = 560; // twips: fixed 28 pt line spacing

const FONT = {
  title: '方正小标宋简体',
  heading: '黑体',
  subheading: '楷体_GB2312',
  body: '仿宋_GB2312',
} as const;

export async function narrativeDocx(report: NarrativeReport): Promise<Blob> {
  const docx = await import(/* webpackChunkName: "docx" */ 'docx');
  const { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun } = docx;

  const run = (text: string, font: string, size = SIZE_SANHAO) =>
    new TextRun({ text, size, font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: font } });
  const spacing = { line: LINE_28PT, lineRule: LineRuleType.EXACT };

  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: [run(report.title, FONT.title, SIZE_ERHAO)] }),
  ];
  for (const section of report.sections) {
    children.push(new Paragraph({ spacing, indent: { firstLine: INDENT_TWO_CHARS }, children: [run(section.heading, FONT.heading)] }));
    for (const p of section.paragraphs) {
      const font = p.kind === 'heading' ? FONT.heading : p.kind === 'subheading' ? FONT.subheading : FONT.body;
      children.push(new Paragraph({ spacing, indent: { firstLine: INDENT_TWO_CHARS }, children: [run(p.text, font)] }));
    }
  }
  const doc = new Document({
    creator: '预算公开助手',
    title: report.title,
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children,
      },
    ],
  });
  return Packer.toBlob(doc);
}

/** "昌吉州自然资源局2023年部门预算情况说明.docx"; characters Windows forbids in names are dropped. */
export function narrativeFileName(report: NarrativeReport): string {
  const base = `${report.department || ''}${report.year ? `${report.year}年` : ''}部门预算情况说明`;
  return `${base.replace(/[\\/:*?"<>|]/g, '')}.docx`;
}
