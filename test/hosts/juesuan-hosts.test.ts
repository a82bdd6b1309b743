import { readFileSync } from 'fs';
import { join } from 'path';
import { DEFAULT_PANE_SETTINGS } from '../../src/app/pane-settings';
import { runGenerate, runValidate } from '../../src/app/run-commands';
import { MemoryStorage, SharedStore } from '../../src/app/shared-store';
import { NARRATIVE_SHEET } from '../../src/app/messages';
import type { RawCell } from '../../src/engine/grid/types';
import { parseSheetSource } from '../../src/hosts/node/sheet-source';
import { makeWpsContractFixture } from '../support/wps-fake/contract-fixture';
import { REGIONS_DIR } from '../support/region-examples';
import type { ContractSheet, HostFixture } from './contract/host-contract';
import { a1 } from '../../src/engine/grid/address';
import { excelFixture } from './excel/fixture';

/**
 * A real 决算 workbook (普陀财政局 2024, examples/regions) in Excel and in WPS, through the ribbon's and the pane's
 * commands: it is read as a 决算, its J- findings are marked, and 生成说明 writes a 决算 情况说明 to its sheet.
 */
/** The example's sheets as a clerk has them: values and the header's merged cells. */
function exampleSheets(): ContractSheet[] {
  const grid = parseSheetSource(readFileSync(join(REGIONS_DIR, 'shanghai-putuo-caizheng-juesuan', 'source.txt'), 'utf8'));
  return grid.sheets.map((s) => ({
    name: s.name,
    rows: s.cells.map((r) => (r ?? []).map((v) => (v ?? null) as RawCell)),
    merges: (s.merges ?? []).map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`),
  }));
}

const HOSTS: Array<[string, () => Pick<HostFixture, 'host' | 'inspect'>]> = [
  ['Excel', () => excelFixture(exampleSheets())],
  ['WPS', () => makeWpsContractFixture(exampleSheets())],
];

describe.each(HOSTS)('a 决算 workbook in %s', (_name, make) => {
  it('validate recognizes the 决算 tables and reports J- findings at their cells, marked', async () => {
    const { host, inspect } = make();
    const store = new SharedStore(new MemoryStorage());
    const outcome = await runValidate(host, DEFAULT_PANE_SETTINGS, { store, origin: 'ribbon' });
    expect(outcome.analysis.kind).toBe('决算');
    expect(outcome.report.profile.id).toBe('juesuan-9');
    expect(outcome.report.tables.map((t) => t.id)).toEqual(expect.arrayContaining(['J1', 'J2', 'J3', 'J4', 'J5', 'J6', 'J7']));
    const j15 = outcome.report.findings.find((f) => f.ruleId === 'J-15' && /302/.test(f.message));
    expect(j15).toBeDefined();
    expect(outcome.report.findings.some((f) => /^T\d|^rule\/|表10/.test(f.ruleId))).toBe(false);
    expect(outcome.report.marks.ok).toBe(true);
    // 302 商品和服务支出 决算数 (D6 of 基本支出决算表, row 6 col D) is marked.
    expect(inspect.fillAt('一般公共预算财政拨款基本支出决算表', 5, 3)).not.toBeNull();
  });

  it('generate writes a 决算 情况说明 to its own sheet', async () => {
    const { host, inspect } = make();
    const store = new SharedStore(new MemoryStorage());
    const outcome = await runGenerate(host, DEFAULT_PANE_SETTINGS, { store, origin: 'ribbon' });
    expect(outcome.report?.written.ok).toBe(true);
    const headings = outcome.report!.sections.map((s) => s.heading);
    expect(headings[0]).toBe('一、收入支出决算总体情况说明');
    expect(headings).toContain('七、财政拨款“三公”经费支出决算情况说明');
    expect(outcome.report!.text).toContain('收入支出总计2995.39万元');
    expect(outcome.report!.text).not.toMatch(/支出预算|收支预算/);
    const sheetText = Array.from({ length: 40 }, (_, r) => String(inspect.valueAt(NARRATIVE_SHEET, r, 0) ?? '')).join('\n');
    expect(sheetText).toContain('一、收入支出决算总体情况说明');
  });
});
