import JSZip from 'jszip';
import type { NarrativeReport } from '../../../src/app/narrative-report';
import { narrativeDocx, narrativeFileName } from '../../../src/taskpane/services/narrative-docx';

const report: NarrativeReport = {
  kind: 'narrative',
  at: '2023-03-01T08:00:00.000Z',
  origin: 'pane',
  title: '第三部分 2023年部门预算情况说明',
  department: '昌吉州自然资源局',
  year: 2023,
  sections: [
    { key: 'overview', heading: '一、关于收支预算情况的总体说明', paragraphs: [{ kind: 'body', text: '收支总预算6128.18万元。' }] },
    { key: 'gpb', heading: '五、一般公共预算当年拨款情况说明', paragraphs: [{ kind: 'subheading', text: '（一）规模变化情况' }, { kind: 'item', text: '1.行政单位离退休：3.9万元。' }] },
  ],
  text: '',
  placeholders: [],
  notes: [],
  shareAdjustments: [],
  findings: [],
  prior: { source: 'none' },
  sheet: '情况说明',
  rows: [],
  written: { ok: true, cells: 0 },
};

describe('the 情况说明 as .docx', () => {
  it('is a Word document holding the title, every heading and paragraph in order', async () => {
    const blob = await narrativeDocx(report);
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const xml = await zip.file('word/document.xml')!.async('string');
    const texts = Array.from(xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)).map((m) => m[1]);
    expect(texts).toEqual([
      report.title,
      report.sections[0].heading,
      '收支总预算6128.18万元。',
      report.sections[1].heading,
      '（一）规模变化情况',
      '1.行政单位离退休：3.9万元。',
    ]);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it('is named after the department and year, without characters Windows refuses', () => {
    expect(narrativeFileName(report)).toBe('昌吉州自然资源局2023年部门预算情况说明.docx');
    expect(narrativeFileName({ ...report, department: 'A/B:局', year: undefined })).toBe('AB局部门预算情况说明.docx');
  });
});
