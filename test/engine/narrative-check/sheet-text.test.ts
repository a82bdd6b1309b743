import { analyzeWorkbook } from '../../../src/engine/analyze';
import { checkNarrativeReport } from '../../../src/engine/narrative-check/check';
import { cellOfSentence, findNarrativeSheet, sheetText } from '../../../src/engine/narrative-check/sheet-text';
import type { SheetGrid } from '../../../src/engine/grid/types';
import { readExample } from '../narrative/fixtures';
import { sampleGrid } from '../../support/workbooks';

describe('a 情况说明 kept in a sheet', () => {
  it('reads one row a line, its cells joined, and finds the cell of each sentence (origin, ragged rows, line breaks)', () => {
    const sheet: SheetGrid = {
      name: '情况说明',
      originRow: 2,
      originCol: 1,
      cells: [['一、总体说明'], [], [null, '收支总预算6128.18万元。', '其中一般公共预算4698.73万元。'], ['第一行\n第二行，增长5%。']],
    };
    const s = sheetText(sheet);
    expect(s.text).toBe('一、总体说明\n\n收支总预算6128.18万元。其中一般公共预算4698.73万元。\n第一行\n第二行，增长5%。');
    expect(cellOfSentence(s, 1, '一、总体说明')).toEqual({ sheet: '情况说明', row: 2, col: 1 });
    expect(cellOfSentence(s, 3, '收支总预算6128.18万元。')).toEqual({ sheet: '情况说明', row: 4, col: 2 });
    expect(cellOfSentence(s, 3, '其中一般公共预算4698.73万元。')).toEqual({ sheet: '情况说明', row: 4, col: 3 });
    expect(cellOfSentence(s, 5, '第二行，增长5%。')).toEqual({ sheet: '情况说明', row: 5, col: 1 });
    expect(cellOfSentence(s, 2, '')).toBeUndefined();
    expect(cellOfSentence(s, 9, 'x')).toBeUndefined();
  });

  it('is found by its name as `check` finds it: not a 填表说明, not a sheet of the tables, not empty', () => {
    const grid = sampleGrid();
    const analysis = analyzeWorkbook(grid);
    const text = (name: string, rows: string[]): SheetGrid => ({ name, cells: rows.map((r) => [r]) });
    expect(findNarrativeSheet(grid, analysis)).toBeUndefined();
    const withNotes = { sheets: [...grid.sheets, text('填表说明', ['请按要求填写']), text('空白说明', [])] };
    expect(findNarrativeSheet(withNotes, analysis)).toBeUndefined();
    const withBoth = { sheets: [...withNotes.sheets, text('部门说明', ['说明']), text('2023年情况说明', ['一、总体说明'])] };
    expect(findNarrativeSheet(withBoth, analysis)?.name).toBe('2023年情况说明');
  });

  it('gives the checker the lines it counts: a finding on 004’s text in a sheet points at its row', () => {
    const published = readExample('narrative/004-published.txt');
    const sheet: SheetGrid = { name: '情况说明', cells: published.split('\n').map((l) => [l]) };
    const s = sheetText(sheet);
    const analysis = analyzeWorkbook(sampleGrid());
    const findings = checkNarrativeReport(s.text, analysis).findings;
    const wrongRate = findings.find((f) => f.stated === '132.80%')!;
    expect(cellOfSentence(s, wrongRate.line, wrongRate.sentence)).toEqual({ sheet: '情况说明', row: wrongRate.line - 1, col: 0 });
    expect(published.split('\n')[wrongRate.line - 1]).toContain(wrongRate.sentence);
  });
});
