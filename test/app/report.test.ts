import { marksForFindings } from '../../src/app/marks';
import { buildValidationReport, selectionForFinding } from '../../src/app/report';
import { analysisReport, analyzeWorkbook, findingToJson, type FindingJson } from '../../src/engine';
import { sampleGrid } from '../support/workbooks';

function finding(partial: Partial<FindingJson>): FindingJson {
  return { ruleId: 'x', severity: 'error', severityLabel: '错误', message: 'm', tables: ['T2'], unit: '万元', sides: [], ...partial };
}

describe('selectionForFinding', () => {
  it('selects a total with the parts under it as one range', () => {
    const f = finding({
      target: '表2!E7',
      sides: [
        { label: '20805', cells: ['表2!E7'], amount: '170.10' },
        { label: '其下各项之和', cells: ['表2!E8', '表2!E9', '表2!E10'], amount: '170.11' },
      ],
    });
    expect(selectionForFinding(f)).toEqual({ sheet: '表2', range: { top: 6, left: 4, bottom: 9, right: 4 } });
  });

  it('stays on the target sheet for a finding between two tables', () => {
    const f = finding({
      target: "'表1 收支总表'!B8",
      sides: [
        { label: '表1', cells: ["'表1 收支总表'!B8"], amount: '1' },
        { label: '表2', cells: ['表2!G36'], amount: '2' },
      ],
    });
    expect(selectionForFinding(f)).toEqual({ sheet: '表1 收支总表', range: { top: 7, left: 1, bottom: 7, right: 1 } });
  });

  it('falls back to the target cell when the box would be large, and to the first cell without a target', () => {
    const far = finding({ target: '表2!A1', sides: [{ label: 'x', cells: ['表2!A1', '表2!Z100'], amount: '0' }] });
    expect(selectionForFinding(far)).toEqual({ sheet: '表2', range: { top: 0, left: 0, bottom: 0, right: 0 } });
    const noTarget = finding({ sides: [{ label: 'x', cells: ['表3!C5'], amount: '0' }] });
    expect(selectionForFinding(noTarget)?.range).toEqual({ top: 4, left: 2, bottom: 4, right: 2 });
    expect(selectionForFinding(finding({}))).toBeUndefined();
  });
});

describe('marksForFindings', () => {
  it('colours the target and single-cell sides, never the cells of a sum, each once per finding', () => {
    const f = finding({
      target: '表2!E7',
      severity: 'warning',
      severityLabel: '提示',
      message: '合计不符',
      sides: [
        { label: 'a', cells: ['表2!E7'], amount: '1' },
        { label: 'b', cells: ['表2!E8', '表2!E9'], amount: '2' },
        { label: 'c', cells: ['表3!E8'], amount: '2' },
      ],
    });
    const marks = marksForFindings([f]);
    expect(marks.map((m) => [m.sheet, m.range.top, m.range.left, m.severity])).toEqual([
      ['表2', 6, 4, 'warning'],
      ['表3', 7, 4, 'warning'],
    ]);
    expect(marks[0].note).toContain('合计不符');
    expect(marks[0].note).toContain('提示');
  });
});

describe('buildValidationReport on the sample workbook', () => {
  const analysis = analyzeWorkbook(sampleGrid());
  const report = buildValidationReport(analysisReport(analysis), { origin: 'pane', marks: { ok: true, cells: 0 } });

  it('keeps every finding of the engine, in order, with counts by severity', () => {
    expect(report.findings.map((f) => f.message)).toEqual(analysis.findings.map((f) => findingToJson(f).message));
    expect(report.counts.error + report.counts.warning).toBe(analysis.findings.length);
    expect(report.counts.error).toBe(analysis.findings.filter((f) => f.severity === 'error').length);
    expect(report.causes.flatMap((c) => c.findings).sort((a, b) => a - b)).toEqual(report.findings.map((_, i) => i));
  });

  it('lists each recognized table with where it is', () => {
    expect(report.tables.map((t) => t.id)).toEqual(analysis.tables.map((t) => t.def.id));
    const t6 = report.tables.find((t) => t.id === 'T6')!;
    expect(t6.sheet).toBe('表6 基本支出');
    expect(t6.address.startsWith("'表6 基本支出'!")).toBe(true);
    expect(t6.rows).toBeGreaterThan(0);
    expect(report.missing).toEqual([]);
  });

  it('survives JSON, as it must to cross from a ribbon page to the pane', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
