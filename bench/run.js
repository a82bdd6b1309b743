#!/usr/bin/env node
'use strict';
/**
 * Prints engine time per workbook and CLI throughput beside the floor: a bare ExcelJS load of the same
 * file. Figures are printed, never asserted. Run with `npm run bench` (builds first).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const ExcelJS = require('exceljs');
const { analyzeWorkbook } = require('../build/engine');
const { readXlsxBuffer } = require('../build/hosts/node/read-xlsx');

const ROOT = path.join(__dirname, '..');
const SAMPLE = path.join(ROOT, 'examples', 'changji-2023-budget.xlsx');
const COPIES = Number(process.env.BENCH_FILES || 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 200);

const ms = (ns) => Number(ns) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => x.toFixed(2).padStart(8);

async function timeEach(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(ms(process.hrtime.bigint() - t));
  }
  return out;
}

async function main() {
  const buffer = fs.readFileSync(SAMPLE);
  const grid = await readXlsxBuffer(buffer, SAMPLE);
  for (let i = 0; i < 20; i++) analyzeWorkbook(grid); // warm up the JIT
  const bare = await timeEach(Math.min(ROUNDS, 100), async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer);
  });
  const read = await timeEach(Math.min(ROUNDS, 100), () => readXlsxBuffer(buffer, SAMPLE));
  const engine = await timeEach(ROUNDS, () => analyzeWorkbook(grid));
  console.log(`预算公开助手 benchmark — ${os.cpus().length} 核，Node ${process.version}`);
  console.log(`样例：${path.relative(ROOT, SAMPLE)}（${grid.sheets.length} 个工作表）\n`);
  console.log('每个工作簿（中位数，毫秒）');
  console.log(`  ExcelJS 裸读取（下限）      ${fmt(median(bare))} ms`);
  console.log(`  读取为网格（含 ExcelJS）    ${fmt(median(read))} ms`);
  console.log(`  识别 + 校验（引擎）          ${fmt(median(engine))} ms   目标 ≤ 20 ms`);
  console.log(`  引擎占读取下限的比例         ${fmt((100 * median(engine)) / median(bare))} %\n`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-'));
  for (let i = 0; i < COPIES; i++) fs.copyFileSync(SAMPLE, path.join(dir, `dept-${String(i).padStart(3, '0')}.xlsx`));
  const bin = path.join(ROOT, 'bin', 'gongkai.js');
  const cli = (jobs) => {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, 'check', dir, '--json', '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = ms(process.hrtime.bigint() - t) / 1000;
    const files = JSON.parse(r.stdout).files.length;
    return { seconds, rate: files / seconds };
  };
  const floorStart = process.hrtime.bigint();
  for (let i = 0; i < COPIES; i++) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(dir, `dept-${String(i).padStart(3, '0')}.xlsx`)));
  }
  const floorSeconds = ms(process.hrtime.bigint() - floorStart) / 1000;
  const one = cli(1);
  const all = cli(os.cpus().length);
  console.log(`命令行吞吐（${COPIES} 个工作簿，含进程启动）`);
  console.log(`  ExcelJS 裸读取，单核（下限）  ${fmt(COPIES / floorSeconds)} 个/秒`);
  console.log(`  gongkai check --jobs 1        ${fmt(one.rate)} 个/秒  (${one.seconds.toFixed(2)} s)`);
  console.log(`  gongkai check --jobs ${os.cpus().length}        ${fmt(all.rate)} 个/秒  (${all.seconds.toFixed(2)} s)   目标 ≥ 50 个/秒`);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
