/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import type { NarrativeReport } from '../../../src/app/narrative-report';
import { NarrativePanel } from '../../../src/taskpane/components/NarrativePanel';
import { renderInPane } from '../render';

const report: NarrativeReport = {
  kind: 'narrative',
  at: '2023-03-01T08:00:00.000Z',
  origin: 'pane',
  title: '第三部分 2023年部门预算情况说明',
  department: '昌吉州自然资源局',
  year: 2023,
  sections: [{ key: 'overview', heading: '一、总体情况', paragraphs: [{ kind: 'body', text: '收支总预算6128.18万元。' }] }],
  text: '第三部分 2023年部门预算情况说明\n\n一、总体情况\n收支总预算6128.18万元。\n',
  placeholders: [{ section: 'overview', text: '【待填写：政府采购情况】', what: '政府采购情况' }],
  notes: ['未提供上年数：与上年比较处留有待填写标记。'],
  shareAdjustments: [],
  findings: [],
  prior: { source: 'none' },
  sheet: '情况说明',
  rows: [['第三部分 2023年部门预算情况说明']],
  written: { ok: true, cells: 4 },
};

describe('NarrativePanel', () => {
  it('explains how to start before anything was generated', () => {
    renderInPane(<NarrativePanel onDownload={() => undefined} onCopy={() => undefined} onWriteAnyway={() => undefined} />);
    expect(screen.getByText('还没有生成情况说明')).toBeTruthy();
  });

  it('shows where it was written, what is left to the clerk, and the text; offers .docx and copy', () => {
    const calls: string[] = [];
    renderInPane(<NarrativePanel report={report} onDownload={() => calls.push('docx')} onCopy={() => calls.push('copy')} onWriteAnyway={() => calls.push('write')} />);
    expect(screen.getByText('已写入“情况说明”工作表。')).toBeTruthy();
    expect(screen.getByText('有 1 处需要您补写')).toBeTruthy();
    expect(screen.getByText('政府采购情况')).toBeTruthy();
    expect((screen.getByTestId('narrative-text') as HTMLTextAreaElement).value).toBe(report.text);
    fireEvent.click(screen.getByText('下载 Word（.docx）'));
    fireEvent.click(screen.getByText('复制全文'));
    expect(calls).toEqual(['docx', 'copy']);
    expect(screen.queryByText('覆盖写入工作表')).toBeNull();
  });

  it('offers to overwrite after a refused write, and says why it was refused', () => {
    const calls: string[] = [];
    const refused: NarrativeReport = { ...report, written: { ok: false, reason: 'conflict', message: '有 1 个单元格已有内容' } };
    renderInPane(<NarrativePanel report={refused} onDownload={() => undefined} onCopy={() => undefined} onWriteAnyway={() => calls.push('write')} />);
    expect(screen.getByText('没有写入工作表：有 1 个单元格已有内容')).toBeTruthy();
    fireEvent.click(screen.getByText('覆盖写入工作表'));
    expect(calls).toEqual(['write']);
  });
});
