import { DEFAULT_PANE_SETTINGS, type PaneSettings } from '../../src/app/pane-settings';
import { runCheckNarrative } from '../../src/app/run-commands';
import { MemoryStorage, SharedStore } from '../../src/app/shared-store';
import { analyzeWorkbook, checkNarrativeReport, formatRef, type RawCell, type WorkbookGrid } from '../../src/engine';
import { createDemoHost } from '../../src/hosts/demo/demo-host';
import { DemoWorkbook } from '../../src/hosts/demo/demo-workbook';
import type { WorkbookHost } from '../../src/hosts/host';
import type { ContractSheet, HostInspector } from '../hosts/contract/host-contract';
import { excelFixture } from '../hosts/excel/fixture';
import { readExample } from '../engine/narrative/fixtures';
import { makeWpsContractFixture } from '../support/wps-fake/contract-fixture';
import { sampleGrid } from '../support/workbooks';

const published = readExample('narrative/004-published.txt');
/** 004's text with a slip: 住房保障支出's share given as 2.85% (the tables give 1.86%). */
const slipped = published.replace('住房保障支出87.29万元，占1.85%', '住房保障支出87.29万元，占2.85%');
/** The 0-based line of the slipped text holding a sentence. */
const lineOf = (sentence: string) => slipped.split('\n').findIndex((l) => l.includes(sentence));
const store = () => new SharedStore(new MemoryStorage());

/** The sample workbook with the text in a sheet, one line a row in column B from row 3 (the sheet's origin). */
function withNarrativeSheet(name: string, text: string): WorkbookGrid {
  const grid = sampleGrid();
  return { sheets: [...grid.sheets, { name, originRow: 2, originCol: 1, cells: text.split('\n').map((l) => [l]) }] };
}

/** A grid as the host contract's sheets: row-major from A1. */
function contractSheets(grid: WorkbookGrid): ContractSheet[] {
  return grid.sheets.map((s) => {
    const rows: RawCell[][] = Array.from({ length: s.originRow ?? 0 }, () => []);
    for (let r = 0; r < s.cells.length; r++) rows.push([...Array.from({ length: s.originCol ?? 0 }, () => null), ...(s.cells[r] ?? [])]);
    return { name: s.name, rows };
  });
}

describe('runCheckNarrative (核对情况说明 in the pane)', () => {
  it('checks a pasted text as check-narrative does, each finding with the table cells to select', async () => {
    const host = createDemoHost(new DemoWorkbook({ grid: sampleGrid() }));
    const outcome = await runCheckNarrative(host, { kind: 'text', text: slipped }, undefined, { store: store() });
    const expected = checkNarrativeReport(slipped, analyzeWorkbook(sampleGrid()));
    const r = outcome.report!;
    expect(r.source).toEqual({ kind: 'text' });
    expect(r.findings.map((f) => [f.line, f.ruleId, f.message])).toEqual(expected.findings.map((f) => [f.line, f.ruleId, f.message]));
    expect(r.numbers).toBe(expected.checked.length + expected.unchecked.length);
    expect(r.checked).toBe(expected.checked.length);
    expect(r.prior).toBe('none');
    const share = r.findings.find((f) => f.stated === '2.85%')!;
    expect(share).toMatchObject({ ruleId: 'narrative/table-figure', severity: 'error', expected: '1.86%', section: '一般公共预算当年拨款' });
    expect(share.rule).toMatch(/公开表/);
    expect(share.sentence).toContain('占2.85%');
    expect(share.cells[0]).toBe("'5一般公共预算支出'!E26");
    expect(share.select).toEqual({ sheet: '5一般公共预算支出', range: { top: 25, left: 4, bottom: 25, right: 4 } });
    expect(share.sentenceCell).toBeUndefined();
    expect(r.findings.every((f) => f.sentenceSelect === undefined)).toBe(true);
    expect(outcome.summary).toContain(`发现 ${r.counts.error} 个错误、${r.counts.warning} 个提示`);
    expect(outcome.sheetNames).toEqual(sampleGrid().sheets.map((s) => s.name));
  });

  it('finds the 情况说明 sheet by its name and gives each finding the cell holding its sentence', async () => {
    const grid = withNarrativeSheet('2023年部门预算情况说明', slipped);
    const host = createDemoHost(new DemoWorkbook({ grid }));
    const r = (await runCheckNarrative(host, { kind: 'sheet' }, undefined, { store: store() })).report!;
    expect(r.source).toEqual({ kind: 'sheet', sheet: '2023年部门预算情况说明' });
    const share = r.findings.find((f) => f.stated === '2.85%')!;
    // Line i of the text (0-based) is in B, row 3 + i.
    const row = 2 + lineOf(share.sentence);
    expect(share.sentenceCell).toBe(`'2023年部门预算情况说明'!B${row + 1}`);
    expect(share.sentenceSelect).toEqual({ sheet: '2023年部门预算情况说明', range: { top: row, left: 1, bottom: row, right: 1 } });
    expect(r.findings.every((f) => f.sentenceCell)).toBe(true);
    // The same findings as the pasted text.
    const pasted = (await runCheckNarrative(host, { kind: 'text', text: slipped }, undefined, { store: store() })).report!;
    expect(r.findings.map((f) => f.message)).toEqual(pasted.findings.map((f) => f.message));
  });

  it('checks the sheet the clerk picks, whatever its name', async () => {
    const grid = withNarrativeSheet('Sheet9', slipped);
    const host = createDemoHost(new DemoWorkbook({ grid }));
    const auto = await runCheckNarrative(host, { kind: 'sheet' }, undefined, { store: store() });
    expect(auto.report).toBeUndefined();
    expect(auto.summary).toMatch(/没有找到情况说明工作表/);
    const picked = await runCheckNarrative(host, { kind: 'sheet', sheet: 'Sheet9' }, undefined, { store: store() });
    expect(picked.report?.source).toEqual({ kind: 'sheet', sheet: 'Sheet9' });
    expect(picked.report!.findings.some((f) => f.stated === '2.85%')).toBe(true);
  });

  it('says why when there is nothing to check: no such sheet, an empty sheet, no text, no tables', async () => {
    const host = createDemoHost(new DemoWorkbook({ grid: { sheets: [...sampleGrid().sheets, { name: '空白', cells: [] }] } }));
    const s = store();
    expect((await runCheckNarrative(host, { kind: 'sheet', sheet: '不存在' }, undefined, { store: s })).summary).toBe('工作簿中没有工作表“不存在”。');
    expect((await runCheckNarrative(host, { kind: 'sheet', sheet: '空白' }, undefined, { store: s })).summary).toBe('工作表“空白”中没有文字。');
    expect((await runCheckNarrative(host, { kind: 'text', text: '  \n' }, undefined, { store: s })).summary).toMatch(/请先把情况说明的文字粘贴/);
    const empty = createDemoHost(new DemoWorkbook({ grid: { sheets: [{ name: '情况说明', cells: [[published]] }] } }));
    const none = await runCheckNarrative(empty, { kind: 'text', text: published }, undefined, { store: s });
    expect(none.report).toBeUndefined();
    expect(none.summary).toMatch(/没有在当前工作簿中识别到预算公开表/);
  });

  it('leaves the sheets marked as last year’s out of the tables it checks against', async () => {
    const grid = withNarrativeSheet('情况说明', slipped);
    const host = createDemoHost(new DemoWorkbook({ grid }));
    const settings: PaneSettings = { ...DEFAULT_PANE_SETTINGS, prior: { kind: 'sheets', sheets: ['表7项目支出'] } };
    const r = (await runCheckNarrative(host, { kind: 'sheet' }, settings, { store: store() })).report!;
    // Without 表7 this year, the project named differently is no longer compared with 表7's rows.
    expect(r.findings.some((f) => f.ruleId === 'narrative/unknown-name')).toBe(false);
  });

  describe.each([
    ['Excel', (sheets: ContractSheet[]) => excelFixture(sheets)],
    ['WPS', (sheets: ContractSheet[]) => makeWpsContractFixture(sheets)],
  ])('over the %s host', (_name, make) => {
    it('a finding’s cells are selected in the host, the table cell or the sentence', async () => {
      const { host, inspect } = make(contractSheets(withNarrativeSheet('情况说明', slipped))) as { host: WorkbookHost; inspect: HostInspector };
      const r = (await runCheckNarrative(host, { kind: 'sheet' }, undefined, { store: store() })).report!;
      const share = r.findings.find((f) => f.stated === '2.85%')!;
      await host.select(share.select!.sheet, share.select!.range);
      expect(inspect.selection()).toEqual(share.select);
      expect(formatRef({ sheet: share.select!.sheet, row: share.select!.range.top, col: share.select!.range.left })).toBe(share.cells[0]);
      await host.select(share.sentenceSelect!.sheet, share.sentenceSelect!.range);
      const row = 2 + lineOf(share.sentence);
      expect(inspect.selection()).toEqual({ sheet: '情况说明', range: { top: row, left: 1, bottom: row, right: 1 } });
      expect(String(inspect.valueAt('情况说明', row, 1))).toContain(share.sentence);
    });
  });
});
