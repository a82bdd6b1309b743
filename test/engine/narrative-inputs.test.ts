import { analyzeWorkbook, lastYearOf, narrativeInputs, priorFromAnalysis, priorFromColumns, readClerkTexts, readReasons } from '../../src/engine';
import { source } from './narrative/fixtures';

const grid = source('changji-2023.txt');
const analysis = analyzeWorkbook(grid);
const lastGrid = source('changji-2022-prior.txt');
const notes = source('changji-2023-notes.txt');

describe('narrativeInputs: what the 情况说明 needs besides the tables, for the CLI and the app alike', () => {
  it('carries the analysis’s own workbook', () => {
    expect(analysis.workbook).toBe(grid);
  });

  it('reads last year’s workbook as priorFromAnalysis does, named as given', () => {
    const got = narrativeInputs(analysis, { kind: 'workbook', grid: lastGrid, name: '2022.xlsx' });
    expect(got.prior).toEqual(priorFromAnalysis(analyzeWorkbook(lastGrid, analysis.settings), '2022.xlsx'));
    expect(got.missing).toBeUndefined();
  });

  it('says when last year’s workbook holds no table, and when there are no 上年数 columns', () => {
    expect(lastYearOf(analysis, { kind: 'workbook', grid: { sheets: [{ name: '说明', cells: [['去年的文字']] }] }, name: 'x' })).toEqual({ missing: 'no-tables' });
    const columns = lastYearOf(analysis, { kind: 'columns' });
    const direct = priorFromColumns(grid, analysis);
    expect(columns).toEqual(direct ? { prior: direct } : { missing: 'no-columns' });
    expect(lastYearOf(analysis, { kind: 'none' })).toEqual({});
  });

  it('takes the reasons and texts of this workbook, then of the notes', () => {
    const got = narrativeInputs(analysis, { kind: 'none' }, { notes: [notes] });
    expect(got.reasons.entries).toEqual([...readReasons(grid, analysis).entries, ...readReasons(notes).entries]);
    expect(got.texts).toEqual(readClerkTexts({ sheets: [...grid.sheets, ...notes.sheets] }));
    expect(got.reasons.entries.length).toBeGreaterThan(0);
    expect(got.texts.length).toBeGreaterThan(0);
  });

  it('reads last year with the settings it is given (the CLI lets the profile be chosen again)', () => {
    const got = lastYearOf(analysis, { kind: 'workbook', grid: lastGrid, name: 'p' }, { priorSettings: {} });
    expect(got.prior).toEqual(priorFromAnalysis(analyzeWorkbook(lastGrid, {}), 'p'));
  });
});
