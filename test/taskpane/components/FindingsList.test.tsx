/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { buildValidationReport } from '../../../src/app/report';
import { analysisReport, analyzeWorkbook } from '../../../src/engine';
import { FindingsList, groupFindings } from '../../../src/taskpane/components/FindingsList';
import { sampleGrid } from '../../support/workbooks';
import { renderInPane } from '../render';

const report = buildValidationReport(analysisReport(analyzeWorkbook(sampleGrid())), { origin: 'pane', marks: { ok: true, cells: 0 } });

describe('FindingsList', () => {
  it('says how to start before the first check', () => {
    renderInPane(<FindingsList onSelect={() => undefined} />);
    expect(screen.getByText('还没有校验结果')).toBeTruthy();
  });

  it('says 未发现问题 when the tables were found and nothing is wrong', () => {
    renderInPane(<FindingsList report={{ ...report, findings: [], causes: [], counts: { error: 0, warning: 0, causes: { error: 0, warning: 0 } } }} onSelect={() => undefined} />);
    expect(screen.getByText('未发现问题')).toBeTruthy();
    expect(screen.getByText(`已识别 ${report.tables.length} 张表，全部校验通过。`)).toBeTruthy();
  });

  it('says no table was recognized rather than 未发现问题', () => {
    renderInPane(<FindingsList report={{ ...report, tables: [], findings: [] }} onSelect={() => undefined} />);
    expect(screen.getByText('没有识别到预算公开表')).toBeTruthy();
    expect(screen.queryByText('未发现问题')).toBeNull();
  });

  it('groups by severity, then table, and shows each finding’s amounts and difference', () => {
    const { container } = renderInPane(<FindingsList report={report} onSelect={() => undefined} />);
    const severities = Array.from(container.querySelectorAll('[data-severity]')).map((e) => e.getAttribute('data-severity'));
    expect(severities).toEqual(groupFindings(report.findings).map((g) => g.severity));
    expect(container.querySelectorAll('[data-finding-id]')).toHaveLength(report.findings.length);
    const i = report.findings.findIndex((x) => x.difference && x.sides.length === 2);
    const f = report.findings[i];
    const card = container.querySelector(`[data-finding-id="${i}"]`) as HTMLElement;
    expect(within(card).getByText(f.message)).toBeTruthy();
    for (const side of f.sides) expect(card.textContent).toContain(side.amount);
    expect(card.textContent).toContain(`差额 ${f.difference}`);
  });

  it('marks possible rounding differences', () => {
    const { container } = renderInPane(<FindingsList report={report} onSelect={() => undefined} />);
    const rounding = report.findings.flatMap((f, i) => (f.rounding ? [i] : []));
    expect(rounding.length).toBeGreaterThan(0);
    for (const i of rounding) expect(container.querySelector(`[data-finding-id="${i}"]`)!.textContent).toContain('可能为四舍五入差异');
  });

  it('hands the clicked finding to onSelect and highlights the selected one', () => {
    const picked: number[] = [];
    const { container, rerender } = renderInPane(<FindingsList report={report} onSelect={(i) => picked.push(i)} />);
    fireEvent.click(container.querySelector('[data-finding-id="2"]')!);
    expect(picked).toEqual([2]);
    rerender(<FindingsList report={report} selected={2} onSelect={() => undefined} />);
    expect(container.querySelector('[data-finding-id="2"]')!.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('groupFindings', () => {
  it('puts 错误 before 提示, tables in printed order, and pairs after their first table', () => {
    const groups = groupFindings(report.findings);
    expect(groups[0].severity).toBe('error');
    const keys = groups[0].tables.map((t) => t.key);
    const first = (k: string) => Number(/^T(\d+)/.exec(k)![1]);
    expect(keys.map(first)).toEqual([...keys.map(first)].sort((a, b) => a - b));
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(report.findings.length);
    const pair = groups[0].tables.find((t) => t.key.includes('+'));
    expect(pair?.label).toMatch(/^表\d+、表\d+$/);
  });
});

describe('FindingsList by cause', () => {
  it('shows a cause of several findings once, its findings folded under it', () => {
    const { container } = renderInPane(<FindingsList report={report} onSelect={() => undefined} />);
    const causes = report.causes.flatMap((c, i) => (c.findings.length > 1 ? [{ ...c, i }] : []));
    expect(container.querySelectorAll('[data-cause-id]')).toHaveLength(causes.length);
    for (const c of causes) {
      const card = container.querySelector(`[data-cause-id="${c.i}"]`) as HTMLElement;
      expect(card.textContent).toContain(c.message);
      expect(card.querySelector('details')).toBeTruthy();
      expect(card.querySelectorAll('[data-finding-id]')).toHaveLength(c.findings.length);
    }
    expect(container.textContent).toContain('按原因归并为 6 个问题');
  });
});
