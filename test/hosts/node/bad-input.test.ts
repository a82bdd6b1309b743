/**
 * Issue 10, the command line: no file a department sends, and nothing the operator does, breaks a
 * batch or loses a report. Each case here hung, crashed or misreported before.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../../src/hosts/node/cli';
import { collectFiles } from '../../../src/hosts/node/collect-files';
import { LIMITS } from '../../../src/hosts/limits';
import { checkFiles } from '../../../src/hosts/node/pool';
import { chineseReason } from '../../../src/hosts/node/reasons';
import { safeText } from '../../../src/hosts/node/terminal';
import { precheckXlsx } from '../../../src/hosts/node/xlsx-precheck';
import { ROOT, SAMPLE_XLSX } from '../../support/workbooks';

// readdirSync can fail with EACCES only for a non-root user; the test runs as anyone, so it is mocked (passing through by default).
jest.mock('fs', () => {
  const real = jest.requireActual('fs');
  return { ...real, readdirSync: jest.fn(real.readdirSync) };
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bad-'));
const file = (name: string) => path.join(dir, name);
const bin = path.join(ROOT, 'bin', 'gongkai.js');
const sample = fs.readFileSync(SAMPLE_XLSX);

/** The sample with its first sheet's XML changed. */
async function patchSample(edit: (xml: string) => string, part = 'xl/worksheets/sheet1.xml'): Promise<Buffer> {
  const zip = await JSZip.loadAsync(sample);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const withMerge = (ref: string) => (xml: string) => xml.replace(/<mergeCells count="(\d+)">/, (_, n) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="${ref}"/>`);

let bomb: Buffer;
beforeAll(async () => {
  if (!fs.existsSync(path.join(ROOT, 'build', 'hosts', 'node', 'xlsx-precheck.js'))) execFileSync('npm', ['run', 'build:node'], { cwd: ROOT });
  bomb = await patchSample(withMerge('A1:XFD1048576'));
  fs.writeFileSync(file('merge-bomb.xlsx'), bomb);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('limits are enforced on the zip, before ExcelJS builds anything', () => {
  test('the sample plus one merge of A1:XFD1048576 is refused in milliseconds, with its reason', async () => {
    const t0 = Date.now();
    const r = await run(['check', file('merge-bomb.xlsx'), '--jobs', '1']);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.code).toBe(2);
    expect(r.out).toContain('无法检查：工作簿中的合并单元格或数据有效性范围过大（如 A1:XFD1048576');
  });

  test('a 数据有效性 range over the whole sheet is refused the same way', async () => {
    const buf = await patchSample((x) => x.replace('</sheetData>', '</sheetData><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>'));
    expect(precheckXlsx(buf)).toMatch(/合并单元格或数据有效性范围过大/);
  });

  test('a zip bomb: declared too large, or inflating past what it declares', async () => {
    const zip = await JSZip.loadAsync(sample);
    zip.file('xl/media/big.bin', Buffer.alloc(4_000_000));
    const big = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(big.length).toBeLessThan(100_000);
    // A smaller limit than the real 200 MB, so the test makes 4 MB, not 200 MB, of zeros.
    expect(precheckXlsx(big, { ...LIMITS, maxUncompressedBytes: 2_000_000 })).toMatch(/解压后过大.*压缩炸弹/);
    expect(precheckXlsx(big)).toBeUndefined();

    // The same part declaring 1 KB in the zip's directory: it is inflated no further than that.
    const liar = Buffer.from(big);
    const cd = liar.lastIndexOf(Buffer.from('xl/media/big.bin'));
    liar.writeUInt32LE(1024, cd - 46 + 24);
    expect(precheckXlsx(liar)).toMatch(/比其声明的大小还大/);
  });

  test('a cell far beyond the tables (XFD10000) is refused instead of taking half a minute', async () => {
    const buf = await patchSample((x) => x.replace('</sheetData>', '<row r="10000"><c r="XFD10000"><v>1</v></c></row></sheetData>'));
    expect(precheckXlsx(buf)).toMatch(/一直延伸到 XFD10000/);
  });

  test('the sample itself is within every limit', () => {
    expect(precheckXlsx(sample)).toBeUndefined();
  });

  test('a file over the size limit is not read into memory', async () => {
    const big = file('big.xlsx');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, LIMITS.maxFileBytes + 1);
    const r = await run(['check', big, '--jobs', '1']);
    expect(r.out).toContain('无法检查：文件过大');
    fs.rmSync(big);
  });
});

describe('a batch with one bad file still reports every other file (compiled command, worker threads)', () => {
  let folder: string;
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-batch-'));
    fs.copyFileSync(file('merge-bomb.xlsx'), path.join(folder, '00-bomb.xlsx'));
    for (let i = 1; i <= 10; i++) fs.copyFileSync(SAMPLE_XLSX, path.join(folder, `dept-${String(i).padStart(2, '0')}.xlsx`));
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  test('--json prints all 11 files', () => {
    const res = spawnSync(process.execPath, [bin, 'check', folder, '--json', '--jobs', '2'], { encoding: 'utf8', timeout: 60_000 });
    expect(res.status).toBe(2);
    const json = JSON.parse(res.stdout);
    expect(json.files).toHaveLength(11);
    expect(json.files[0].error).toMatch(/合并单元格/);
    expect(json.files.slice(1).every((f: { tables: unknown[] }) => f.tables.length === 10)).toBe(true);
    expect(json.summary).toMatchObject({ files: 11, unreadable: 1, withErrors: 10 });
  });

  test('--jobs 1 with the bad file first still reports the 10 good ones', () => {
    const res = spawnSync(process.execPath, [bin, 'check', folder, '--jobs', '1'], { encoding: 'utf8', timeout: 60_000 });
    expect(res.stdout.match(/识别到 10 张表/g)).toHaveLength(10);
    expect(res.stdout).toContain('共检查 11 个文件，其中 10 个有错误，0 个未发现错误，1 个无法读取');
    expect(res.stderr).toBe('');
  });
});

describe('the pool: a slow file or a dying worker ends that file only', () => {
  const fake = path.join(dir, 'fake-worker.js');
  beforeAll(() =>
    fs.writeFileSync(
      fake,
      `const { parentPort } = require('worker_threads');
       parentPort.on('message', ({ index, file }) => {
         if (file.includes('slow')) { const end = Date.now() + 60000; while (Date.now() < end); }
         if (file.includes('crash')) process.exit(7);
         if (file.includes('oom')) { const a = []; for (;;) a.push(new Array(1e6).fill(index)); }
         parentPort.postMessage({ index, report: { file, tables: [], issues: [], findings: [], errors: 0, warnings: 0 } });
       });`,
    ),
  );

  test.each([1, 2])('--jobs %i: every file reported, the slow one after its time limit, the dead ones with a reason', async (jobs) => {
    const files = ['a', 'slow', 'b', 'crash', 'c', 'oom', 'd'];
    // The time limit is generous so a loaded machine still lets the out-of-memory worker die of memory first.
    const reports = await checkFiles(files, {}, { jobs, secondsPerFile: 8, workerFile: fake, memoryMb: 64 });
    expect(reports.map((r) => r.file)).toEqual(files);
    expect(reports.filter((r) => !r.error).map((r) => r.file)).toEqual(['a', 'b', 'c', 'd']);
    expect(reports[1].error).toMatch(/超过 8 秒仍未完成/);
    expect(reports[3].error).toMatch(/意外终止/);
    expect(reports[5].error).toMatch(/内存超出上限|意外终止/);
    for (const r of reports) if (r.error) expect(r.error).not.toMatch(/Error|ERR_|undefined|exit/i);
  }, 120_000);
});

describe('inputs that are not regular files, folders that cannot be read, other formats', () => {
  test('/dev/zero is refused without reading it', async () => {
    const r = await run(['check', '/dev/zero', '--jobs', '1']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('无法检查：不是普通文件');
  });

  test('a FIFO named .xlsx: skipped in a folder, refused when named, never a hang', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-fifo-'));
    fs.copyFileSync(SAMPLE_XLSX, path.join(folder, 'good.xlsx'));
    execFileSync('mkfifo', [path.join(folder, 'pipe.xlsx')]);
    const r = await run(['check', folder, '--jobs', '1']);
    expect(r.out).toContain('识别到 10 张表');
    expect(r.out).toMatch(/跳过 .*pipe\.xlsx：不是普通文件/);
    const named = await run(['check', path.join(folder, 'pipe.xlsx'), '--jobs', '1']);
    expect(named.out).toContain('无法检查：不是普通文件');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('.xls / .et / .csv in a folder are listed as skipped with a word', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-formats-'));
    fs.copyFileSync(SAMPLE_XLSX, path.join(folder, 'a.xlsx'));
    for (const n of ['b.xls', 'c.et', 'd.csv', 'e.pdf']) fs.writeFileSync(path.join(folder, n), 'x');
    const r = await run(['check', folder, '--jobs', '1']);
    expect(r.out).toMatch(/跳过 .*b\.xls：旧版 \.xls 格式/);
    expect(r.out).toMatch(/跳过 .*c\.et：WPS 表格 \.et 格式/);
    expect(r.out).toMatch(/跳过 .*d\.csv：\.csv/);
    expect(r.out).not.toContain('e.pdf');
    expect(r.out).toContain('另有 3 个文件未检查');
    const json = JSON.parse((await run(['check', folder, '--jobs', '1', '--json'])).out);
    expect(json.skipped.map((s: { file: string }) => path.basename(s.file))).toEqual(['b.xls', 'c.et', 'd.csv']);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('an unreadable sub-folder is one Chinese line; the rest of the folder is checked', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-locked-'));
    fs.mkdirSync(path.join(folder, 'locked'));
    fs.copyFileSync(SAMPLE_XLSX, path.join(folder, 'z.xlsx'));
    const real = jest.requireActual('fs').readdirSync;
    const mocked = fs.readdirSync as unknown as jest.Mock;
    mocked.mockImplementation((p: fs.PathLike, o?: unknown) => {
      if (String(p).endsWith('locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(p)}'`), { code: 'EACCES' });
      return real(p, o);
    });
    try {
      expect(collectFiles([folder]).unreadable).toEqual([{ file: path.join(folder, 'locked'), reason: '无法打开文件夹（没有读取权限），其中的文件未检查' }]);
      const r = await run(['check', folder, '--jobs', '1']);
      expect(r.code).toBe(2);
      expect(r.out).toContain('无法检查：无法打开文件夹（没有读取权限）');
      expect(r.out).toContain('识别到 10 张表');
      expect(r.out).not.toMatch(/EACCES|scandir/);
    } finally {
      mocked.mockImplementation(real);
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('a zip that is not an xlsx is 无法读取 (exit 2), not 有错误', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', '不是表格');
    fs.writeFileSync(file('plain.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await run(['check', file('plain.xlsx'), '--jobs', '1']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('无法检查：不是有效的 .xlsx 文件：这是一个普通的 zip 压缩包');
  });

  test('English internals never reach the clerk', async () => {
    expect(chineseReason(new TypeError("Cannot read properties of undefined (reading 'sheets')"))).not.toMatch(/Cannot|undefined/);
    expect(chineseReason(new RangeError('Invalid string length'))).toBe('文件内容过大，无法读取');
    expect(chineseReason(Object.assign(new Error("ENOENT: no such file or directory, open 'x'"), { code: 'ENOENT' }))).toBe('文件不存在');
    expect(chineseReason(new Error('.xlsx 文件已损坏，无法读取（Cannot read properties of undefined）'))).toBe('.xlsx 文件已损坏，无法读取（文件内容不完整或不符合 .xlsx 格式）');
    const r = await run(['check-narrative', SAMPLE_XLSX, file('no-such-narrative.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('文件不存在');
    expect(r.err).not.toMatch(/ENOENT/);
    const prior = await run(['generate', SAMPLE_XLSX, '--prior', file('no-such-prior.xlsx'), '--out', file('x')]);
    expect(prior.err).toBe('出错：no-such-prior.xlsx：文件不存在\n');
  });
});

describe('formulas without cached values', () => {
  test('are detected and the clerk is told to open and save the file, instead of 40 false errors', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sample as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    // Every number becomes a formula with no result, as a generator that does not calculate writes it.
    ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'number') cell.value = { formula: `${cell.value}+0` } as ExcelJS.CellFormulaValue;
    }));
    // A formula whose cached result is "" is computed: it does not count.
    ws.getCell('Z1').value = { formula: 'T("")', result: '' };
    await wb.xlsx.writeFile(file('uncomputed.xlsx'));
    const r = await run(['check', file('uncomputed.xlsx'), '--jobs', '1']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/无法检查：有 \d+ 个公式没有保存计算结果（如 表1 收支总表![A-Z]+\d+）.*请在 Excel\/WPS 中打开此文件、保存后再检查/);
    expect(r.out).not.toContain('[错误]');
  });

  test('a formula with a cached "" (IF(…,"",…)) is not taken for uncomputed', async () => {
    const buf = await patchSample((x) => x.replace('</sheetData>', '<row r="200"><c r="A200" t="str"><f>T("")</f><v></v></c></row></sheetData>'));
    expect(precheckXlsx(buf)).toBeUndefined();
  });
});

describe('the text report is safe to print', () => {
  test('a 科目 name carrying _x001B_ escape sequences prints as \\x1B, never as ESC', async () => {
    const zip = await JSZip.loadAsync(sample);
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('自然资源事务');
    zip.file('xl/sharedStrings.xml', strings.split('自然资源事务').join('自然资源事务_x001B_[2K_x001B_[1A_x009B_2K_x202E_'));
    fs.writeFileSync(file('escape.xlsx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const r = await run(['check', file('escape.xlsx'), '--jobs', '1']);
    expect(r.out).toContain('自然资源事务\\x1B[2K\\x1B[1A\\x9B2K\\u202E');
    // eslint-disable-next-line no-control-regex
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  test('safeText shows every control character as its code and leaves Chinese alone', () => {
    expect(safeText('表1\t收入\r\n\u001b[31m红\u0007')).toBe('表1\\x09收入\\x0D\\x0A\\x1B[31m红\\x07');
    expect(safeText('一般公共预算　4698.73')).toBe('一般公共预算　4698.73');
  });
});

test('`check | true`: a closed pipe ends quietly with the check’s own exit code', () => {
  const res = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" check "${SAMPLE_XLSX}" --jobs 1 | true; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8', timeout: 60_000 });
  expect(res.stderr).toBe('');
  expect(res.stdout.trim()).toBe('status 1');
});

describe('generate never overwrites without --force', () => {
  test('says what it would overwrite and writes nothing; --force overwrites', async () => {
    const base = file('说明');
    const ex = (f: string) => path.join(ROOT, 'examples', f);
    expect((await run(['generate', ex('changji-2023-budget.xlsx'), '--out', base])).code).toBeLessThan(2);
    fs.writeFileSync(`${base}.txt`, '经办人改过的说明');
    const before = fs.readFileSync(`${base}.docx`);
    const again = await run(['generate', ex('changji-2023-budget.xlsx'), '--out', base]);
    expect(again.code).toBe(2);
    expect(again.err).toContain(`以下文件已存在，为免覆盖经办人改过的内容，未写入任何文件：${base}.txt、${base}.docx。确要覆盖请加 --force`);
    expect(fs.readFileSync(`${base}.txt`, 'utf8')).toBe('经办人改过的说明');
    expect(fs.readFileSync(`${base}.docx`).equals(before)).toBe(true);
    const forced = await run(['generate', ex('changji-2023-budget.xlsx'), '--out', base, '--force']);
    expect(forced.code).toBeLessThan(2);
    expect(forced.out).toContain('已覆盖');
    expect(fs.readFileSync(`${base}.txt`, 'utf8')).toContain('情况说明');
  });
});
