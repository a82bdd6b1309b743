/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { buildValidationReport } from '../../../src/app/report';
import { analysisReport, analyzeWorkbook } from '../../../src/engine';
import { ActionBar } from '../../../src/taskpane/components/ActionBar';
import { NoHost } from '../../../src/taskpane/components/NoHost';
import { RunStatus } from '../../../src/taskpane/components/RunStatus';
import { TablesList } from '../../../src/taskpane/components/TablesList';
import { sampleGrid } from '../../support/workbooks';
import { renderInPane } from '../render';

const noop = () => undefined;

describe('ActionBar', () => {
  it('runs each action, and disables all while one runs', () => {
    const calls: string[] = [];
    const { rerender } = renderInPane(
      <ActionBar undoLabel="填充占比/同比" onValidate={() => calls.push('v')} onGenerate={() => calls.push('g')} onClearMarks={() => calls.push('c')} onUndo={() => calls.push('u')} />,
    );
    for (const name of ['校验', '生成说明', '清除标记', '撤销']) fireEvent.click(screen.getByText(name));
    expect(calls).toEqual(['v', 'g', 'c', 'u']);
    rerender(<ActionBar busy="validate" undoLabel="x" onValidate={noop} onGenerate={noop} onClearMarks={noop} onUndo={noop} />);
    for (const name of ['校验', '生成说明', '清除标记', '撤销']) expect((screen.getByText(name).closest('button') as HTMLButtonElement).disabled).toBe(true);
  });

  it('disables 撤销 when there is nothing to undo', () => {
    renderInPane(<ActionBar onValidate={noop} onGenerate={noop} onClearMarks={noop} onUndo={noop} />);
    expect((screen.getByText('撤销').closest('button') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('RunStatus', () => {
  it('shows the step of a long run and the outcome message', () => {
    const { rerender } = renderInPane(<RunStatus progress={{ step: '正在读取工作簿……', fraction: 0.2 }} />);
    expect(screen.getByText('正在读取工作簿……')).toBeTruthy();
    rerender(<RunStatus message={{ intent: 'error', title: '工作表受保护', text: '请先撤消工作表保护' }} onDismiss={noop} />);
    expect(screen.getByText('工作表受保护')).toBeTruthy();
    expect(screen.getByTestId('pane-message').getAttribute('data-intent')).toBe('error');
  });

  it('renders nothing when idle', () => {
    const { container } = renderInPane(<RunStatus />);
    expect(container.textContent).toBe('');
  });
});

describe('TablesList', () => {
  const report = buildValidationReport(analysisReport(analyzeWorkbook(sampleGrid())), { origin: 'pane', marks: { ok: true, cells: 0 } });

  it('lists every recognized table with its sheet and range, and locates it', () => {
    const located: string[] = [];
    const { container } = renderInPane(<TablesList report={report} onLocate={(t) => located.push(t.id)} />);
    const items = container.querySelectorAll('[data-table-id]');
    expect(items).toHaveLength(report.tables.length);
    expect(items[0].textContent).toContain(report.tables[0].address);
    fireEvent.click(screen.getAllByText('定位')[1]);
    expect(located).toEqual([report.tables[1].id]);
  });

  it('names the tables it could not find', () => {
    const partial = { ...report, tables: report.tables.slice(0, 2), missing: ['表9 国有资本经营预算支出情况表'] };
    renderInPane(<TablesList report={partial} onLocate={noop} />);
    expect(screen.getByText('未找到的表')).toBeTruthy();
    expect(screen.getByText('表9 国有资本经营预算支出情况表')).toBeTruthy();
  });
});

describe('NoHost', () => {
  it('explains and links to the demo', () => {
    renderInPane(<NoHost message="未检测到 WPS 表格或 Excel" demoHref="demo.html" />);
    expect(screen.getByText('未检测到 WPS 表格或 Excel')).toBeTruthy();
    expect(screen.getByText('打开演示（模拟工作簿）').closest('a')!.getAttribute('href')).toBe('demo.html');
  });
});
