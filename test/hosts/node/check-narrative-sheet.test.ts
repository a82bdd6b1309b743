import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/hosts/node/cli';
import { checkFile } from '../../../src/hosts/node/check-file';
import { writeSourceToXlsx } from '../../../src/hosts/node/write-xlsx';
import { ROOT, SAMPLE_SOURCE, SAMPLE_XLSX } from '../../support/workbooks';

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, (s) => (out += s), () => undefined);
  return { code, out };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-narr-sheet-'));
const withSheet = path.join(dir, '带情况说明.xlsx');
const withSlip = path.join(dir, '带情况说明-有误.xlsx');
const published = fs.readFileSync(path.join(ROOT, 'examples', 'narrative', '004-published.txt'), 'utf8');
// A slip written into the published text: 一般公共预算 4698.73 given as 4698.37, and a template leftover.
const slipped = published.replace('一般公共预算4698.73万元', '一般公共预算4698.37万元').replace('收支总预算6128.18万元。', '收支总预算6128.18万元，增加（减少）XX万元。');

function source(sheetName: string, text: string): string {
  // One line a row, each line one cell written as a quoted string (the sheet source's form for any text).
  const rows = text.split('\n').map((l) => l.trim()).filter((l) => l !== '').map((l) => JSON.stringify(l));
  return `${fs.readFileSync(SAMPLE_SOURCE, 'utf8').trimEnd()}\n@sheet ${sheetName}\n${rows.join('\n')}\n`;
}

beforeAll(async () => {
  expect(slipped).not.toBe(published);
  await writeSourceToXlsx(source('情况说明', published), withSheet);
  await writeSourceToXlsx(source('部门预算情况说明', slipped), withSlip);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('gongkai check on a workbook with a 情况说明 sheet', () => {
  test('a workbook without such a sheet has no narrative part', async () => {
    const r = await checkFile(SAMPLE_XLSX);
    expect(r.narrative).toBeUndefined();
    const text = await run(['check', SAMPLE_XLSX, '--jobs', '1']);
    expect(text.out).not.toContain('情况说明（工作表');
  });

  test('the sheet is checked like check-narrative does, and its findings are counted', async () => {
    const plain = await checkFile(SAMPLE_XLSX);
    const r = await checkFile(withSlip);
    expect(r.error).toBeUndefined();
    expect(r.tables).toHaveLength(10);
    expect(r.narrative?.sheet).toBe('部门预算情况说明');
    expect(r.narrative!.checked).toBeGreaterThan(50);
    const messages = r.narrative!.findings.map((f) => f.message).join('\n');
    expect(messages).toContain('4698.37');
    expect(messages).toMatch(/增加（减少）|XX/);
    const errors = r.narrative!.findings.filter((f) => f.severity === 'error').length;
    const warnings = r.narrative!.findings.length - errors;
    expect(errors).toBeGreaterThan(0);
    expect(r.errors).toBe(plain.errors + errors);
    expect(r.warnings).toBe(plain.warnings + warnings);
    // Cells in A1 form, as the rest of the report.
    expect(r.narrative!.findings.some((f) => f.cells.some((c) => /!\$?[A-Z]+\$?\d+$/.test(c)))).toBe(true);
  });

  test('the slip shows in the text report and in --json, and in the summary counts', async () => {
    const text = await run(['check', withSlip, '--jobs', '1']);
    expect(text.code).toBe(1);
    expect(text.out).toContain('情况说明（工作表“部门预算情况说明”）：');
    expect(text.out).toMatch(/\[错误\] 第\d+行：.*4698\.37/);
    const json = JSON.parse((await run(['check', withSlip, '--json', '--jobs', '1'])).out);
    const file = json.files[0];
    expect(file.narrative.sheet).toBe('部门预算情况说明');
    expect(file.narrative.findings.some((f: { message: string; severityLabel: string }) => f.message.includes('4698.37') && f.severityLabel === '错误')).toBe(true);
    expect(json.summary.errors).toBe(file.errors);
  });

  test('the published text in a sheet named 情况说明 is found the same way; fewer findings than the slipped copy', async () => {
    const clean = await checkFile(withSheet);
    const slip = await checkFile(withSlip);
    expect(clean.narrative?.sheet).toBe('情况说明');
    expect(clean.narrative!.findings.length).toBeLessThan(slip.narrative!.findings.length);
    expect(clean.narrative!.findings.map((f) => f.message).join('\n')).not.toContain('4698.37');
  });
});
