import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/hosts/node/cli';
import { runCheck } from '../../../src/hosts/node/cmd-check';
import { parseArgs } from '../../../src/hosts/node/args';
import { Progress, timeLeftText } from '../../../src/hosts/node/progress';
import { REPORT_TEXT, textWidth } from '../../../src/hosts/node/report-xlsx';
import { writeSourceToXlsx } from '../../../src/hosts/node/write-xlsx';
import { checkFile } from '../../../src/hosts/node/check-file';
import { ROOT, SAMPLE_SOURCE, SAMPLE_XLSX } from '../../support/workbooks';

/**
 * The finance bureau's workflow: a folder of departments' files in, one workbook out. The folder
 * mixes the sample (real errors), real regional workbooks, a file that is not an .xlsx, a workbook
 * without any 公开表 and an old .xls; the report is read back with ExcelJS.
 */
const REGIONS = ['shanghai', 'chongqing', 'hangzhou'].map((r) => path.join(ROOT, 'examples', 'regions', r, 'workbook.xlsx'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-report-'));
const folder = path.join(dir, '各部门');
const report = path.join(folder, '汇总.xlsx');
/** The sample with seed 004's published 情况说明 in a sheet, one slip written in: 住房保障支出 占2.85% (the tables give 1.86%). */
const WITH_NARRATIVE = '自然资源局-附情况说明.xlsx';
const published = fs.readFileSync(path.join(ROOT, 'examples', 'narrative', '004-published.txt'), 'utf8');
const slipped = published.replace('住房保障支出87.29万元，占1.85%', '住房保障支出87.29万元，占2.85%');
const narrativeSource = () =>
  `${fs.readFileSync(SAMPLE_SOURCE, 'utf8').trimEnd()}\n@sheet 情况说明\n${slipped.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.stringify(l.trim())).join('\n')}\n`;

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

let wb: ExcelJS.Workbook;
let result: Awaited<ReturnType<typeof run>>;

beforeAll(async () => {
  fs.mkdirSync(folder);
  fs.copyFileSync(SAMPLE_XLSX, path.join(folder, '昌吉州自然资源局.xlsx'));
  for (const r of REGIONS) fs.copyFileSync(r, path.join(folder, `${path.basename(path.dirname(r))}.xlsx`));
  fs.writeFileSync(path.join(folder, '损坏的文件.xlsx'), '这不是表格');
  await writeSourceToXlsx('@sheet 说明\n本工作簿只有文字说明，没有公开表。\n', path.join(folder, '只有说明.xlsx'));
  fs.writeFileSync(path.join(folder, '旧格式.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  expect(slipped).not.toBe(published);
  await writeSourceToXlsx(narrativeSource(), path.join(folder, WITH_NARRATIVE));
  // The report is written into the folder it checks: the next run must not take it for a department.
  fs.writeFileSync(report, 'last year’s report');
  result = await run(['check', folder, '--report', report, '--jobs', '1']);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const FILES = 1 + REGIONS.length + 3;

function summaryRows(): Array<Record<string, unknown>> {
  const ws = wb.getWorksheet(REPORT_TEXT.summarySheet)!;
  const header = (ws.getRow(2).values as unknown[]).slice(1).map(String);
  const rows: Array<Record<string, unknown>> = [];
  for (let r = 3; r <= ws.rowCount; r++) {
    const row: Record<string, unknown> = {};
    header.forEach((h, i) => {
      const v = ws.getRow(r).getCell(i + 1).value as unknown;
      row[h] = v && typeof v === 'object' && 'formula' in v ? v : v;
    });
    rows.push(row);
  }
  return rows;
}

describe('gongkai check 各部门/ --report 汇总.xlsx', () => {
  test('the text report still prints, ends with where the workbook went, and the exit code counts the unreadable file', () => {
    expect(result.code).toBe(2);
    expect(result.out).toContain(`汇总：共检查 ${FILES} 个文件`);
    expect(result.out.trim().split('\n').pop()).toBe(`汇总工作簿已写入：${report}（${FILES} 个文件）`);
    expect(result.err).toBe('');
  });

  test('sheets: 汇总 first, one per file, 规则, and 未检查 for the .xls', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('汇总');
    expect(names).toContain('规则');
    expect(names[names.length - 1]).toBe('未检查');
    expect(names).toHaveLength(FILES + 3);
    expect(wb.getWorksheet('未检查')!.getCell('A2').value).toBe('旧格式.xls');
  });

  test('one row per file, worst first, with state, counts, profile and tables', () => {
    const rows = summaryRows();
    expect(rows).toHaveLength(FILES);
    const rank = { 无法读取: 0, 有错误: 1, 通过: 2 } as Record<string, number>;
    const states = rows.map((r) => String(r['状态']));
    expect(states.map((s) => rank[s])).toEqual([...states.map((s) => rank[s])].sort((a, b) => a - b));
    expect(rows[0]).toMatchObject({ 状态: '无法读取', 文件: '损坏的文件.xlsx' });
    expect(String(rows[0]['原因 / 说明'])).toContain('不是有效的 .xlsx 文件');
    const sample = rows.find((r) => r['文件'] === '昌吉州自然资源局.xlsx')!;
    expect(sample).toMatchObject({ 状态: '有错误', 错误: 12, 提示: 2 });
    expect(String(sample['表样'])).toContain('十张表');
    expect(String(sample['识别到的表'])).toMatch(/^10 张：表1、表2/);
    expect(String(sample['主要问题（规则 × 次数）'])).toMatch(/× \d/);
    const prose = rows.find((r) => r['文件'] === '只有说明.xlsx')!;
    expect(String(prose['原因 / 说明'])).toContain('未识别到预算公开表');
    for (const region of REGIONS) {
      const row = rows.find((r) => r['文件'] === `${path.basename(path.dirname(region))}.xlsx`)!;
      expect(String(row['识别到的表'])).toMatch(/^\d+ 张：/);
    }
  });

  test('each row links to its department’s sheet, and each sheet links back', () => {
    const ws = wb.getWorksheet('汇总')!;
    const names = new Set(wb.worksheets.map((w) => w.name));
    for (let r = 3; r < 3 + FILES; r++) {
      const v = ws.getRow(r).getCell(12).value as ExcelJS.CellFormulaValue;
      const m = /^HYPERLINK\("#'([^']+)'!A1","打开"\)$/.exec(v.formula);
      expect(m).not.toBeNull();
      expect(names.has(m![1])).toBe(true);
      const dept = wb.getWorksheet(m![1])!;
      expect((dept.getCell('A2').value as ExcelJS.CellFormulaValue).formula).toBe(`HYPERLINK("#'汇总'!A1","${REPORT_TEXT.back}")`);
    }
  });

  test('a department’s sheet: its findings with severity, rule, sentence, cells, amounts and difference, red and yellow', async () => {
    const ws = wb.worksheets.find((w) => String(w.getCell('D2').value).includes('昌吉州自然资源局.xlsx'))!;
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(REPORT_TEXT.findingHeader);
    const rows = [];
    for (let r = 4; r <= ws.rowCount; r++) if (typeof ws.getCell(r, 1).value === 'number') rows.push(ws.getRow(r));
    expect(rows).toHaveLength(14);
    const itemSum = rows.find((r) => r.getCell(3).value === 'item-sum' && String(r.getCell(5).value).includes('4698.73'))!;
    expect(itemSum.getCell(2).value).toBe('错误');
    expect((itemSum.getCell(2).fill as ExcelJS.FillPattern).fgColor!.argb).toBe('FFFFC7CE');
    expect(String(itemSum.getCell(7).value)).toContain("'表1 收支总表'!B7");
    expect(String(itemSum.getCell(8).value)).toContain('4698.73');
    expect(itemSum.getCell(9).value).toBe(180);
    const warning = rows.find((r) => r.getCell(2).value === '提示')!;
    expect((warning.getCell(2).fill as ExcelJS.FillPattern).fgColor!.argb).toBe('FFFFEB9C');
  });

  test('a workbook’s 情况说明 sheet: its findings under the tables’, numbered on, and counted in the 汇总', async () => {
    const checked = await checkFile(path.join(folder, WITH_NARRATIVE));
    const narrative = checked.narrative!;
    expect(narrative.sheet).toBe('情况说明');
    const narrativeErrors = narrative.findings.filter((f) => f.severity === 'error').length;
    expect(narrativeErrors).toBeGreaterThan(0);

    const row = summaryRows().find((r) => r['文件'] === WITH_NARRATIVE)!;
    const plain = summaryRows().find((r) => r['文件'] === '昌吉州自然资源局.xlsx')!;
    expect(row['错误']).toBe(Number(plain['错误']) + narrativeErrors);
    expect(row['提示']).toBe(Number(plain['提示']) + narrative.findings.length - narrativeErrors);
    expect(String(row['主要问题（规则 × 次数）'])).toMatch(/× \d/);

    const ws = wb.worksheets.find((w) => String(w.getCell('D2').value).includes(WITH_NARRATIVE))!;
    const numbered = [];
    for (let r = 4; r <= ws.rowCount; r++) if (typeof ws.getCell(r, 1).value === 'number') numbered.push(ws.getRow(r));
    expect(numbered).toHaveLength(Number(row['错误']) + Number(row['提示']));
    expect(numbered.map((r) => r.getCell(1).value)).toEqual(numbered.map((_r, i) => i + 1));
    const tableRows = numbered.filter((r) => !String(r.getCell(3).value).startsWith('narrative/'));
    const narrativeRows = numbered.filter((r) => String(r.getCell(3).value).startsWith('narrative/'));
    expect(narrativeRows).toHaveLength(narrative.findings.length);
    expect(numbered.slice(tableRows.length)).toEqual(narrativeRows);
    const heading = [];
    for (let r = 4; r <= ws.rowCount; r++) if (String(ws.getCell(r, 5).value).startsWith('情况说明（工作表“情况说明”）')) heading.push(r);
    expect(heading).toHaveLength(1);
    expect(String(ws.getCell(heading[0], 5).value)).toContain(`核对 ${narrative.checked} 个`);

    // The slip: rule, its description, what is wrong with the sentence quoted, where the sentence is, the table cell, stated → expected.
    const slip = narrativeRows.find((r) => String(r.getCell(8).value).includes('2.85%'))!;
    expect(slip.getCell(2).value).toBe('错误');
    expect((slip.getCell(2).fill as ExcelJS.FillPattern).fgColor!.argb).toBe('FFFFC7CE');
    expect(slip.getCell(3).value).toBe('narrative/table-figure');
    expect(String(slip.getCell(4).value)).toContain('公开表');
    expect(String(slip.getCell(5).value)).toContain('原句：');
    expect(String(slip.getCell(5).value)).toContain('占2.85%');
    expect(String(slip.getCell(7).value)).toBe("'5一般公共预算支出'!E26");
    expect(String(slip.getCell(8).value)).toBe('文中：2.85%\n应为：1.86%');
    const at = String(slip.getCell(6).value);
    expect(at).toMatch(/^情况说明!A\d+$/);
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(path.join(folder, WITH_NARRATIVE));
    expect(String(source.getWorksheet('情况说明')!.getCell(at.split('!')[1]).value)).toContain('占2.85%');
  });

  test('filterable: autofilter on the header, header frozen, widths that fit the Chinese headers', () => {
    for (const ws of wb.worksheets.filter((w) => w.name !== '未检查')) {
      expect(ws.autoFilter).toBeDefined();
      expect(ws.views[0]).toMatchObject({ state: 'frozen' });
    }
    const summary = wb.getWorksheet('汇总')!;
    REPORT_TEXT.summaryHeader.forEach((h, i) => expect(summary.getColumn(i + 1).width!).toBeGreaterThanOrEqual(Math.min(textWidth(h), 6)));
    expect(summary.getColumn(4).width!).toBeGreaterThanOrEqual(textWidth('昌吉州自然资源局.xlsx'));
  });

  test('规则 counts each rule over all files', async () => {
    const json = await run(['check', folder, '--json', '--report', report, '--jobs', '1']);
    const files: Array<{ findings: Array<{ ruleId: string }>; narrative?: { findings: Array<{ ruleId: string }> } }> = JSON.parse(json.out).files;
    const expected = new Map<string, number>();
    for (const f of files) for (const x of [...f.findings, ...(f.narrative?.findings ?? [])]) expected.set(x.ruleId, (expected.get(x.ruleId) ?? 0) + 1);
    const ws = wb.getWorksheet('规则')!;
    const got = new Map<string, number>();
    for (let r = 2; r <= ws.rowCount; r++) got.set(String(ws.getCell(r, 1).value), Number(ws.getCell(r, 4).value));
    expect(got).toEqual(expected);
    expect([...got.keys()].some((id) => id.startsWith('narrative/'))).toBe(true);
    expect(JSON.parse(json.out).files).toHaveLength(FILES);
  });

  test('--report must name an .xlsx, and cannot be one of the files being checked', async () => {
    expect((await run(['check', folder, '--report', path.join(dir, 'x.txt')])).code).toBe(2);
    const same = await run(['check', SAMPLE_XLSX, '--report', SAMPLE_XLSX]);
    expect(same.code).toBe(2);
    expect(same.err).toContain('正是要检查的文件之一');
  });

  test('a report that cannot be written says why in Chinese, and the exit code is 2', async () => {
    const r = await run(['check', SAMPLE_XLSX, '--report', path.join(dir, '没有这个文件夹', '汇总.xlsx'), '--jobs', '1']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('汇总工作簿未能写入');
    expect(r.err).not.toMatch(/ENOENT|Error/);
  });
});

describe('the progress line', () => {
  function fakeTerminal(isTTY: boolean) {
    const written: string[] = [];
    return { isTTY, written, write: (s: string) => written.push(s) };
  }

  test('on a terminal: files done / total, errors so far, time left, redrawn in place and taken away at the end', async () => {
    const term = fakeTerminal(true);
    let out = '';
    const code = await runCheck(parseArgs([SAMPLE_XLSX, SAMPLE_XLSX, path.join(folder, '损坏的文件.xlsx')], ['jobs']), (s) => (out += s), { stderr: term });
    expect(code).toBe(2);
    const text = term.written.join('');
    expect(text).toContain('检查中 0/3 个文件');
    expect(text).toMatch(/检查中 3\/3 个文件　有错误 2 个　无法读取 1 个/);
    expect(term.written[term.written.length - 1]).toBe('\r\x1b[2K');
    expect(out).not.toMatch(/\x1b|\r|检查中/);
  });

  test('not on a terminal (a pipe, a file, --json): nothing', async () => {
    const term = fakeTerminal(false);
    await runCheck(parseArgs([SAMPLE_XLSX, SAMPLE_XLSX, '--json'], []), () => undefined, { stderr: term });
    expect(term.written).toEqual([]);
  });

  test('time left from the pace so far', () => {
    let now = 0;
    const term = fakeTerminal(true);
    const p = new Progress(term, 10, () => now, 0);
    now = 2000;
    p.tick({ errors: 1 });
    p.tick({ errors: 0 });
    expect(p.line()).toBe('检查中 2/10 个文件　有错误 1 个　预计还需 约 8 秒');
    expect(timeLeftText(200_000)).toBe('约 3 分 20 秒');
    expect(timeLeftText(120_000)).toBe('约 2 分');
  });
});
