import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_PANE_SETTINGS, type PaneSettings } from '../../src/app/pane-settings';
import { runFill, runGenerate, runValidate } from '../../src/app/run-commands';
import { MemoryStorage, SharedStore } from '../../src/app/shared-store';
import { analyzeWorkbook, findingToJson, getProfile, registerProfile, type WorkbookGrid } from '../../src/engine';
import { createDemoHost } from '../../src/hosts/demo/demo-host';
import { DemoWorkbook, key } from '../../src/hosts/demo/demo-workbook';
import { MARK_FILL } from '../../src/hosts/mark-style';
import { parseSheetSource } from '../../src/hosts/node/sheet-source';
import { ROOT, sampleGrid } from '../support/workbooks';

function setup(grid: WorkbookGrid = sampleGrid()) {
  const book = new DemoWorkbook({ grid });
  const host = createDemoHost(book);
  const store = new SharedStore(new MemoryStorage());
  return { book, host, store };
}

const fillOf = (book: DemoWorkbook, sheet: string, row: number, col: number) => book.sheet(sheet)!.fills.get(key(row, col));

describe('runValidate', () => {
  it('reports what the engine finds, colours the cells and leaves the report for the pane', async () => {
    const { book, host, store } = setup();
    const steps: number[] = [];
    const outcome = await runValidate(host, undefined, { store, onProgress: (p) => steps.push(p.fraction) });
    const expected = analyzeWorkbook(sampleGrid()).findings.map((f) => findingToJson(f).message);
    expect(outcome.report.findings.map((f) => f.message)).toEqual(expected);
    expect(store.getValidation()).toEqual(outcome.report);
    expect(outcome.needsPane).toBe(true);
    expect(outcome.summary).toContain(`${outcome.report.counts.error} 个错误`);
    expect(steps[steps.length - 1]).toBe(1);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    // 表2 E7 (170.10 against parts of 170.11) is an error target.
    expect(fillOf(book, '表2', 6, 4)).toBe(MARK_FILL.error);
    expect(book.sheet('表2')!.notes.get(key(6, 4))).toContain('170.10');
    expect(outcome.report.marks.ok).toBe(true);
    expect(outcome.report.marks.cells).toBeGreaterThan(0);
  });

  it('says 未发现问题 and leaves no colour when every table checks out', async () => {
    const national = getProfile('national-2023');
    registerProfile({ id: 'test-three-public', name: '仅表10', tables: national.tables.filter((t) => t.id === 'T10'), relations: [] });
    const only10 = { sheets: sampleGrid().sheets.filter((s) => s.name === '三公经费') };
    const { book, host, store } = setup(only10);
    await host.mark([{ sheet: '三公经费', range: { top: 8, left: 3, bottom: 8, right: 3 }, severity: 'error', note: '旧标记' }]);
    const settings: PaneSettings = { ...DEFAULT_PANE_SETTINGS, engine: { ...DEFAULT_PANE_SETTINGS.engine, profile: 'test-three-public' } };
    const outcome = await runValidate(host, settings, { store });
    expect(outcome.report.findings).toEqual([]);
    expect(outcome.summary).toMatch(/^未发现问题/);
    expect(outcome.needsPane).toBe(false);
    expect(fillOf(book, '三公经费', 8, 3)).toBeUndefined();
  });

  it('still reports the findings when a protected sheet refuses the colours', async () => {
    const { book, host, store } = setup();
    book.setProtected('表2', true);
    const outcome = await runValidate(host, undefined, { store });
    expect(outcome.report.findings.length).toBeGreaterThan(0);
    expect(outcome.report.marks.ok).toBe(false);
    expect(outcome.report.marks.message).toContain('受保护');
    expect(outcome.summary).toContain('受保护');
    expect(fillOf(book, '表1 收支总表', 6, 1)).toBeUndefined();
  });

  it('leaves last year’s sheets out of this year’s check', async () => {
    const prior = parseSheetSource(fs.readFileSync(path.join(ROOT, 'examples', 'source', 'changji-2022-prior.txt'), 'utf8'));
    const both: WorkbookGrid = { sheets: [...sampleGrid().sheets, ...prior.sheets.map((s) => ({ ...s, name: `上年 ${s.name}`.slice(0, 31) }))] };
    const { host, store } = setup(both);
    const mixed = await runValidate(host, undefined, { store });
    const priorNames = both.sheets.filter((s) => s.name.startsWith('上年 ')).map((s) => s.name);
    const separated = await runValidate(host, { ...DEFAULT_PANE_SETTINGS, prior: { kind: 'sheets', sheets: priorNames } }, { store });
    expect(separated.report.tables.every((t) => !t.sheet.startsWith('上年 '))).toBe(true);
    expect(separated.report.tables).toHaveLength(10);
    expect(mixed.report.tables.length).toBeGreaterThan(10);
  });
});

describe('runGenerate', () => {
  it('writes the 情况说明 sheet and stores the document for the pane', async () => {
    const { book, host, store } = setup();
    const outcome = await runGenerate(host, undefined, { store });
    const report = outcome.report!;
    expect(report.written.ok).toBe(true);
    expect(store.getNarrative()).toEqual(report);
    const sheet = book.sheet('情况说明')!;
    expect(sheet.cells.get(key(0, 0))?.value).toBe(report.title);
    report.rows.forEach((row, r) => expect(sheet.cells.get(key(r, 0))?.value ?? null).toBe(row[0] ?? null));
    expect(report.text.startsWith(report.title)).toBe(true);
    expect(report.sections.length).toBeGreaterThan(5);
    expect(host.undoHistory()[0].label).toBe('生成情况说明');
  });

  it('uses last year’s workbook picked in the pane: no comparison is left for the clerk to fill', async () => {
    const without = await runGenerate(setup().host, undefined, { store: new SharedStore(new MemoryStorage()) });
    const { host, store } = setup();
    const prior = parseSheetSource(fs.readFileSync(path.join(ROOT, 'examples', 'source', 'changji-2022-prior.txt'), 'utf8'));
    store.setPriorFile({ name: 'changji-2022-prior.xlsx', grid: prior });
    const withPrior = await runGenerate(host, { ...DEFAULT_PANE_SETTINGS, prior: { kind: 'file', name: 'changji-2022-prior.xlsx' } }, { store });
    expect(withPrior.report!.prior).toEqual({ source: 'workbook', name: 'changji-2022-prior.xlsx' });
    const noPrior = (r: typeof without) => r.report!.placeholders.filter((p) => p.what.includes('未提供上年数')).length;
    expect(noPrior(without)).toBeGreaterThan(0);
    expect(noPrior(withPrior)).toBe(0);
  });

  it('says why when the file source is chosen but no file was read', async () => {
    const { host, store } = setup();
    const outcome = await runGenerate(host, { ...DEFAULT_PANE_SETTINGS, prior: { kind: 'file', name: 'x.xlsx' } }, { store });
    expect(outcome.report!.prior.source).toBe('none');
    expect(outcome.report!.notes[0]).toContain('上年文件');
  });

  it('asks before overwriting what the clerk typed in the 情况说明 sheet', async () => {
    const { book, host, store } = setup();
    await runGenerate(host, undefined, { store });
    book.setCell('情况说明', 3, 0, { value: '我改写的段落' });

    const declined = await runGenerate(host, undefined, { store, confirmOverwrite: async () => false });
    expect(declined.report!.written.ok).toBe(false);
    expect(declined.report!.written.ok === false && declined.report!.written.reason).toBe('conflict');
    expect(book.cell('情况说明', 3, 0)?.value).toBe('我改写的段落');

    const fromRibbon = await runGenerate(host, undefined, { store });
    expect(fromRibbon.summary).toContain('没有覆盖');

    const asked: string[] = [];
    const accepted = await runGenerate(host, undefined, {
      store,
      confirmOverwrite: async (conflicts) => {
        asked.push(...conflicts.map((c) => String(c.current)));
        return true;
      },
    });
    expect(asked).toEqual(['我改写的段落']);
    expect(accepted.report!.written.ok).toBe(true);
    expect(book.cell('情况说明', 3, 0)?.value).toBe(accepted.report!.rows[3][0]);
  });
});

describe('runFill', () => {
  const all = { kinds: { prior: true, change: true, rate: true, share: true }, tables: {} };

  it('writes the chosen cells in one undoable batch, and rewrites its own cells without asking', async () => {
    const { book, host, store } = setup();
    const first = await runFill(host, all, undefined, { store });
    expect(first.result.ok).toBe(true);
    expect(first.cells).toBeGreaterThan(0);
    expect(first.shown).toBeDefined();
    expect(host.undoHistory().map((e) => e.label)).toEqual(['填充占比/同比']);
    let asked = false;
    const again = await runFill(host, all, undefined, { store, confirmOverwrite: async () => (asked = true) });
    expect(again.result.ok).toBe(true);
    expect(asked).toBe(false);
    await host.undoLast();
    await host.undoLast();
    const shown = first.shown!;
    expect(book.cell(shown.sheet, shown.range.top, shown.range.left)).toBeUndefined();
  });

  it('writes nothing over the clerk’s cells when they move a table onto them, unless they agree', async () => {
    const { book, host, store } = setup();
    // Column D of 表3 holds the 科目名称: starting the fill there lands on the clerk's text.
    const onNames = { ...all, tables: { T3: { include: true, startCol: 3 } } };
    const before = book.cell('3 支出总表', 6, 3)?.value;
    expect(typeof before).toBe('string');
    const declined = await runFill(host, onNames, undefined, { store, confirmOverwrite: async () => false });
    expect(declined.result.ok === false && declined.result.reason).toBe('conflict');
    expect(book.cell('3 支出总表', 6, 3)?.value).toBe(before);
    expect(host.undoHistory()).toEqual([]);
    const accepted = await runFill(host, onNames, undefined, { store, confirmOverwrite: async () => true });
    expect(accepted.result.ok).toBe(true);
    expect(book.cell('3 支出总表', 6, 3)?.value).not.toBe(before);
    await host.undoLast();
    expect(book.cell('3 支出总表', 6, 3)?.value).toBe(before);
  });
});
