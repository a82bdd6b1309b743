#!/usr/bin/env node
'use strict';
/**
 * `npm run bench` (builds first). Side by side in one run, figures printed, never asserted:
 *
 *   1. per workbook on the sample: the engine (recognize + validate) and its parts, one file's whole check
 *      in one thread, and each way of reading the .xlsx - ExcelJS's load, ExcelJS's streaming reader, the
 *      ExcelJS grid reader the pane uses (src/hosts/xlsx-grid.ts) and the command line's own reader (the
 *      precheck's inflated parts read by src/hosts/node/xlsx-cells.ts); a worker thread's start-up and the
 *      cost of sending one file's result back;
 *   2. a folder of BENCH_FILES (200) copies: a bare single-threaded ExcelJS read of the same files in one
 *      process, against `gongkai check --jobs 1` and `--jobs 2`, whole processes, start-up included,
 *      run in turn BENCH_RUNS times each (median);
 *   3. memory: the heap one workbook keeps while read, and the peak memory of the whole check of 20 files
 *      against 200 (bounded: it does not grow with the number of files).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const ExcelJS = require('exceljs');
const { Worker } = require('worker_threads');
const { analyzeWorkbook } = require('../build/engine');
const { recognizeWithProfile } = require('../build/engine/analyze');
const { readXlsxBuffer } = require('../build/hosts/node/read-xlsx');
const { checkFile } = require('../build/hosts/node/check-file');
const { precheckXlsx } = require('../build/hosts/node/xlsx-precheck');
const { workbookFromBytes } = require('../build/hosts/xlsx-grid');

const ROOT = path.join(__dirname, '..');
const SAMPLE = path.join(ROOT, 'examples', 'changji-2023-budget.xlsx');
const COPIES = Number(process.env.BENCH_FILES || 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 200);
const RUNS = Number(process.env.BENCH_RUNS || 3);
const ENGINE_WARMUP = 300;
const CORES = os.availableParallelism ? os.availableParallelism() : os.cpus().length;

const ms = (ns) => Number(ns) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 2) => x.toFixed(d).padStart(8);
const mb = (x) => (x < 0.1 ? '   < 0.1' : fmt(x, 1));

async function timeEach(n, fn) {
  // What the section before left to collect is collected first, not in the middle of this one.
  if (global.gc) global.gc();
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(ms(process.hrtime.bigint() - t));
  }
  return out;
}

/** ExcelJS's streaming reader, every cell visited. */
async function streamRead(file) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', worksheets: 'emit', styles: 'ignore', hyperlinks: 'ignore' });
  let cells = 0;
  for await (const ws of reader) for await (const row of ws) cells += row.cellCount;
  return cells;
}

/** The same .xlsx with [Content_Types].xml, the rels, workbook.xml, styles and shared strings before the sheets. */
async function workbookFirst(bytes) {
  const JSZip = require('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const order = (n) => (/^\[Content_Types\]|_rels\/\.rels|xl\/_rels\/workbook|xl\/workbook\.xml/.test(n) ? 0 : /styles|sharedStrings/.test(n) ? 1 : 2);
  const out = new JSZip();
  const names = Object.keys(zip.files).sort((a, b) => order(a) - order(b));
  for (const name of names) if (!zip.files[name].dir) out.file(name, await zip.files[name].async('nodebuffer'));
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A worker thread as the pool starts it: time to its first result, which includes loading the engine. */
function workerFirstResult(file) {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const w = new Worker(path.join(ROOT, 'build', 'hosts', 'node', 'check-worker.js'), { workerData: { settings: {} } });
    w.once('message', () => {
      resolve(ms(process.hrtime.bigint() - t));
      void w.terminate();
    });
    w.once('error', reject);
    w.postMessage({ index: 0, file });
  });
}

/** A whole process, timed from outside; its peak memory from the preload that reports it. */
function runProcess(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', path.join(__dirname, 'maxrss.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = ms(process.hrtime.bigint() - t) / 1000;
  const rss = /BENCH_MAXRSS=(\d+)/.exec(r.stderr || '');
  const cpu = /BENCH_CPU_US=(\d+)/.exec(r.stderr || '');
  if (r.status !== 0 && r.status !== 1 && r.status !== 2) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { seconds, cpuSeconds: cpu ? Number(cpu[1]) / 1e6 : NaN, peakMb: rss ? Number(rss[1]) / 1024 : NaN, stdout: r.stdout };
}

function heapMb() {
  if (global.gc) global.gc();
  return process.memoryUsage().heapUsed / 1048576;
}

async function main() {
  const startLoad = os.loadavg()[0];
  const buffer = fs.readFileSync(SAMPLE);
  const grid = await readXlsxBuffer(buffer, SAMPLE);
  // Warm, as a worker is after its first few hundred files: V8 optimizes the engine's functions only after many runs.
  for (let i = 0; i < ENGINE_WARMUP; i++) analyzeWorkbook(grid);
  const n = Math.min(ROUNDS, 100);
  const bare = await timeEach(n, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer);
  });
  const read = await timeEach(n, () => readXlsxBuffer(buffer, SAMPLE));
  const precheck = await timeEach(n, () => precheckXlsx(buffer));
  // ExcelJS's streaming reader needs xl/workbook.xml before the sheets in the zip, which the files ExcelJS
  // itself writes (the sample among them) do not have: it fails on them. Timed on a reordered copy.
  let streamFails = '';
  try {
    await streamRead(SAMPLE);
  } catch (e) {
    streamFails = String(e.message).split('\n')[0];
  }
  const reordered = path.join(os.tmpdir(), `gongkai-bench-stream-${process.pid}.xlsx`);
  fs.writeFileSync(reordered, await workbookFirst(buffer));
  const stream = await timeEach(n, () => streamRead(reordered));
  fs.rmSync(reordered, { force: true });
  const excelGrid = await timeEach(n, () => workbookFromBytes(ExcelJS, buffer, SAMPLE));
  const engine = await timeEach(ROUNDS, () => analyzeWorkbook(grid));
  // The processor time it takes, which other processes on a shared machine do not lengthen the way they lengthen the clock's.
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) analyzeWorkbook(grid);
  const cpu = process.cpuUsage(cpu0);
  const engineCpu = (cpu.user + cpu.system) / 1000 / ROUNDS;
  const chosen = analyzeWorkbook(grid).profile;
  const recognize = await timeEach(ROUNDS, () => recognizeWithProfile(grid, chosen));
  for (let i = 0; i < 20; i++) await checkFile(SAMPLE);
  const whole = await timeEach(n, () => checkFile(SAMPLE));
  const report = await checkFile(SAMPLE);
  const clone = await timeEach(n, () => structuredClone(report));
  const starts = [];
  for (let i = 0; i < 3; i++) starts.push(await workerFirstResult(SAMPLE));

  const regions = fs
    .readdirSync(path.join(ROOT, 'examples', 'regions'))
    .map((r) => path.join(ROOT, 'examples', 'regions', r, 'workbook.xlsx'))
    .filter((f) => fs.existsSync(f));
  const regionMs = [];
  for (const f of regions) {
    const g = await readXlsxBuffer(fs.readFileSync(f), f);
    for (let i = 0; i < 5; i++) analyzeWorkbook(g);
    regionMs.push(median(await timeEach(20, () => analyzeWorkbook(g))));
  }

  console.log(`预算公开助手 benchmark — ${CORES} 核，Node ${process.version}，开始时近 1 分钟平均负载 ${startLoad.toFixed(1)}`);
  console.log(`样例：${path.relative(ROOT, SAMPLE)}（${grid.sheets.length} 个工作表，${(buffer.length / 1024).toFixed(0)} KB）\n`);
  console.log('每个工作簿（中位数，毫秒）');
  console.log(`  识别 + 校验（引擎），样例                 ${fmt(median(engine))} ms   目标 ≤ 3 ms（处理器时间 ${engineCpu.toFixed(2)} ms；预热 ${ENGINE_WARMUP} 次后）`);
  console.log(`    其中按选定配置识别一次                  ${fmt(median(recognize))} ms（自动选配置时按预算、决算各识别一次，不完整时再试地区配置）`);
  console.log(`  识别 + 校验（引擎），${regions.length} 个地区样例中位数     ${fmt(median(regionMs))} ms   最慢 ${Math.max(...regionMs).toFixed(2)} ms`);
  console.log(`  读取 .xlsx：ExcelJS 整体读取                ${fmt(median(bare))} ms`);
  console.log(`  读取 .xlsx：ExcelJS 流式读取器              ${fmt(median(stream))} ms${streamFails ? '（样例本身读不了，须先调整 zip 中部件的顺序）' : ''}`);
  console.log(`  读取为网格：ExcelJS（任务窗格的读取器）     ${fmt(median(excelGrid))} ms`);
  console.log(`  读取为网格：命令行（预检 + 单元格读取器）   ${fmt(median(read))} ms`);
  console.log(`    其中上限预检（zip 目录、解压、工作表 XML） ${fmt(median(precheck))} ms`);
  console.log(`  一个文件的整个检查（读文件、读取、引擎、情况说明、结果）${fmt(median(whole), 2)} ms`);
  console.log(`  结果传回主线程（结构化克隆一个文件的结果）  ${fmt(median(clone))} ms`);
  console.log(`  工作线程启动到第一个结果（含加载引擎）      ${fmt(median(starts))} ms`);
  console.log(`  引擎占 ExcelJS 读取的比例                   ${fmt((100 * median(engine)) / median(bare), 0)} %\n`);

  const h0 = heapMb();
  const kept = await readXlsxBuffer(buffer, SAMPLE);
  const h1 = heapMb();
  const analysis = analyzeWorkbook(kept);
  const h2 = heapMb();
  let peak = 0;
  const wbPeak = new ExcelJS.Workbook();
  const before = heapMb();
  await wbPeak.xlsx.load(buffer);
  peak = process.memoryUsage().heapUsed / 1048576 - before;
  void analysis;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-'));
  const names = [];
  for (let i = 0; i < COPIES; i++) {
    const name = path.join(dir, `dept-${String(i).padStart(3, '0')}.xlsx`);
    fs.copyFileSync(SAMPLE, name);
    names.push(name);
  }
  const small = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench20-'));
  for (let i = 0; i < 20; i++) fs.copyFileSync(SAMPLE, path.join(small, `dept-${i}.xlsx`));
  const bin = path.join(ROOT, 'bin', 'gongkai.js');
  const bareScript = path.join(__dirname, 'bare-exceljs.js');
  const runs = { bare: [], one: [], two: [] };
  const cpus = { bare: [], one: [], two: [] };
  let peaks = { one: 0, two: 0, bare: 0 };
  let files = 0;
  for (let i = 0; i < RUNS; i++) {
    const b = runProcess([bareScript, dir]);
    const o = runProcess([bin, 'check', dir, '--json', '--jobs', '1']);
    const t = runProcess([bin, 'check', dir, '--json', '--jobs', '2']);
    files = JSON.parse(o.stdout).files.length;
    runs.bare.push(b.seconds);
    runs.one.push(o.seconds);
    runs.two.push(t.seconds);
    cpus.bare.push(b.cpuSeconds);
    cpus.one.push(o.cpuSeconds);
    cpus.two.push(t.cpuSeconds);
    peaks = { bare: Math.max(peaks.bare, b.peakMb), one: Math.max(peaks.one, o.peakMb), two: Math.max(peaks.two, t.peakMb) };
  }
  const small1 = runProcess([bin, 'check', small, '--json', '--jobs', '1']);
  const [b, o, t] = [median(runs.bare), median(runs.one), median(runs.two)];
  const [bc, oc, tc] = [median(cpus.bare), median(cpus.one), median(cpus.two)];
  const load = os.loadavg()[0];
  console.log(`一个文件夹，${COPIES} 个工作簿（整个进程，含启动；${RUNS} 轮交替运行取中位数；处理器时间含全部线程；测完时近 1 分钟平均负载 ${load.toFixed(1)}）`);
  console.log(`  ExcelJS 裸读取，单线程（下限）   ${fmt(b)} s   ${fmt(COPIES / b, 1)} 个/秒   峰值内存 ${peaks.bare.toFixed(0)} MB   处理器时间 ${bc.toFixed(2)} s`);
  console.log(`  gongkai check --jobs 1           ${fmt(o)} s   ${fmt(files / o, 1)} 个/秒   峰值内存 ${peaks.one.toFixed(0)} MB   = 下限的 ${(o / b).toFixed(2)} 倍（目标 ≤ 1.3）   处理器时间 ${oc.toFixed(2)} s`);
  console.log(`  gongkai check --jobs 2           ${fmt(t)} s   ${fmt(files / t, 1)} 个/秒   峰值内存 ${peaks.two.toFixed(0)} MB   = 下限的 ${(t / b).toFixed(2)} 倍；比 1 个线程快 ${((o / t - 1) * 100).toFixed(0)}%   处理器时间 ${tc.toFixed(2)} s\n`);
  console.log('内存');
  console.log(`  读入后保留的网格（一个工作簿）          ${mb(h1 - h0)} MB`);
  console.log(`  识别 + 校验的结果                        ${mb(h2 - h1)} MB`);
  console.log(`  ExcelJS 读取时的工作簿对象               ${fmt(peak, 1)} MB${global.gc ? '' : '（未用 --expose-gc，仅供参考）'}`);
  console.log(`  整个检查的峰值：20 个文件 ${small1.peakMb.toFixed(0)} MB，${COPIES} 个文件 ${peaks.one.toFixed(0)} MB（--jobs 1；不随文件数增长）`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(small, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
