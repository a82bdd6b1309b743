import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analysisReport, analyzeWorkbook, listProfiles } from '../../../src/engine';
import { CHECK_USAGE } from '../../../src/hosts/node/cmd-check';
import { main } from '../../../src/hosts/node/cli';
import { readXlsxFile } from '../../../src/hosts/node/read-xlsx';
import { writeSourceToXlsx } from '../../../src/hosts/node/write-xlsx';
import { ROOT, SAMPLE_XLSX } from '../../support/workbooks';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-cli-'));
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  fs.writeFileSync(file('not-a-workbook.xlsx'), '这不是表格');
  fs.writeFileSync(file('corrupt.xlsx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
  fs.writeFileSync(file('encrypted.xlsx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
  await writeSourceToXlsx('@sheet 说明\n本工作簿只有文字说明，没有公开表。\n', file('prose.xlsx'));
  await writeSourceToXlsx(
    [
      '@sheet 三公',
      '表10',
      '财政拨款“三公”经费支出情况表',
      '编制部门：某局\t\t\t单位：万元',
      '三公支出内容\t合计\t一般公共预算\t政府性基金\t国有资本经营预算',
      '合计\t=B6+B7+B8→#REF!\t14.74',
      '因公出国（境）费\t\t',
      '公务接待费\t0.74\t0.74',
      '公务用车购置及运行费\t待定\t14',
    ].join('\n'),
    file('ref-error.xlsx'),
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('gongkai check', () => {
  test('the sample: a readable Chinese report, a summary, exit code 1 because it has errors', async () => {
    const r = await run(['check', SAMPLE_XLSX, '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('识别到 10 张表');
    // One cause, then each place it shows.
    expect(r.out).toContain('[错误] 表7第7行（22001 自然资源事务）：以下3处不一致都可由该行金额相差1.00万元解释');
    expect(r.out).toContain('    1. 表7「22001 自然资源事务」项目支出合计1762.80万元');
    expect(r.out).toContain('，按原因归并为 6 个问题（错误 4 个、提示 2 个）');
    expect(r.out).toMatch(/汇总：共检查 1 个文件，其中 1 个有错误/);
  });

  test('--json carries rule id, severity, message, cells of each side, amounts and the difference', async () => {
    const r = await run(['check', SAMPLE_XLSX, '--json', '--jobs', '1']);
    const json = JSON.parse(r.out);
    const f = json.files[0].findings.find((x: { ruleId: string }) => x.ruleId === 'item-sum');
    expect(f).toMatchObject({ severity: 'error', severityLabel: '错误', unit: '万元', difference: '180.00' });
    expect(f.sides[0]).toEqual({ label: '一般公共预算拨款', cells: ["'表1 收支总表'!B7"], amount: '4698.73' });
    expect(json.summary).toMatchObject({ files: 1, unreadable: 0, withErrors: 1 });
    const causes = json.files[0].causes as Array<{ findings: number[]; message: string }>;
    expect(causes).toHaveLength(6);
    expect(causes.flatMap((c) => c.findings).sort((a, b) => a - b)).toEqual(json.files[0].findings.map((_: unknown, i: number) => i));
  });

  test('--json is the engine report: its tables as the pane lists them, the row of a cause as data, its counts as the errors', async () => {
    const json = JSON.parse((await run(['check', SAMPLE_XLSX, '--json', '--jobs', '1'])).out);
    const file = json.files[0];
    const report = analysisReport(analyzeWorkbook(await readXlsxFile(SAMPLE_XLSX)));
    expect(file.tables).toEqual(report.tables);
    expect(file.tables[0]).toMatchObject({ id: 'T1', name: '表1', address: "'表1 收支总表'!A2:D37", sheet: '表1 收支总表', foundBy: 'title' });
    expect(file.causes).toEqual(report.causes);
    expect(file.causes.find((c: { kind: string }) => c.kind === 'row').place).toEqual({ sheet: '表2', row: 7, amount: '0.01万元' });
    expect(file.errors).toBe(report.counts.error);
    expect(file.warnings).toBe(report.counts.warning);
  });

  test('bad files get one clear line each, no stack trace, and the other files are still checked', async () => {
    const r = await run(['check', dir, SAMPLE_XLSX, '--jobs', '1']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('无法检查：不是有效的 .xlsx 文件');
    expect(r.out).toContain('无法检查：.xlsx 文件已损坏');
    expect(r.out).toContain('无法检查：文件设有打开密码或是旧版 .xls 格式');
    expect(r.out).toContain('未在工作簿中找到可识别的预算公开表');
    expect(r.out).toContain('识别到 10 张表');
    expect(r.out).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    expect(r.out).toMatch(/共检查 6 个文件/);
  });

  test('#REF! and words in number cells are named with their cell', async () => {
    const r = await run(['check', file('ref-error.xlsx'), '--jobs', '1']);
    expect(r.out).toContain('三公!B5）是错误值 #REF!');
    expect(r.out).toContain('三公!B8）填的是文字“待定”');
  });

  test('--profile lists every registered profile (the list is written out: the main thread does not load the engine)', () => {
    const listed = /可用 (.+)）/.exec(CHECK_USAGE)![1].split('、');
    expect(listed).toEqual(listProfiles().map((p) => p.id));
  });

  test('usage errors exit 2 with a message', async () => {
    expect((await run(['check'])).code).toBe(2);
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知命令');
    expect((await run(['check', SAMPLE_XLSX, '--tolerance', 'abc'])).err).toContain('--tolerance');
  });
});

describe('the compiled command', () => {
  const bin = path.join(ROOT, 'bin', 'gongkai.js');
  test('npx gongkai check over a folder uses worker threads and gives the same findings as in-process', async () => {
    if (!fs.existsSync(path.join(ROOT, 'build', 'hosts', 'node', 'cli.js'))) execFileSync('npm', ['run', 'build:node'], { cwd: ROOT });
    const copies = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-many-'));
    for (let i = 0; i < 4; i++) fs.copyFileSync(SAMPLE_XLSX, path.join(copies, `dept-${i}.xlsx`));
    const res = spawnSync(process.execPath, [bin, 'check', copies, '--json', '--jobs', '2'], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    const json = JSON.parse(res.stdout);
    expect(json.files).toHaveLength(4);
    const inProcess = JSON.parse((await run(['check', SAMPLE_XLSX, '--json', '--jobs', '1'])).out).files[0].findings;
    for (const f of json.files) expect(f.findings).toEqual(inProcess);
    fs.rmSync(copies, { recursive: true, force: true });
  }, 120_000);
});

test('a bad cell is reported once, not echoed by every sum that runs through it', async () => {
  const r = await run(['check', file('ref-error.xlsx'), '--json', '--jobs', '1']);
  const rules = JSON.parse(r.out).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
  expect(rules.filter((x: string) => x === 'bad-cell')).toHaveLength(2);
  expect(rules).not.toContain('item-sum');
});
