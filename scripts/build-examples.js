#!/usr/bin/env node
// Writes every example workbook from its sheet source (examples/source/*.txt):
//   changji-2023.txt       → examples/changji-2023-budget.xlsx  (seed 004's 表1–表10 as published)
//   changji-2022-prior.txt → examples/changji-2022-prior.xlsx   (last year's tables implied by seed 004)
//   changji-2023-notes.txt → examples/changji-2023-notes.xlsx   (004's reasons and clerk texts)
//   zhaohua-2023.txt       → examples/zhaohua-2023-budget.xlsx  (tables built from seed 000, with 上年数 columns)
// and every regional example: examples/regions/<region>/source.txt → examples/regions/<region>/workbook.xlsx
// (a folder without source.txt is skipped).
// Uses the compiled parser and writer: run `npm run build:node` first.
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const EXAMPLES = [
  ['changji-2023.txt', 'changji-2023-budget.xlsx'],
  ['changji-2022-prior.txt', 'changji-2022-prior.xlsx'],
  ['changji-2023-notes.txt', 'changji-2023-notes.xlsx'],
  ['zhaohua-2023.txt', 'zhaohua-2023-budget.xlsx'],
];

/** [source, workbook] of every examples/regions/<region>/ that has a source.txt, in name order. */
function regionExamples() {
  const dir = path.join(root, 'examples', 'regions');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'source.txt')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => [path.join(dir, name, 'source.txt'), path.join(dir, name, 'workbook.xlsx')]);
}

/** Whether two xlsx files hold the same parts: the zip's entry dates change on every write, the content does not. */
async function sameContent(buffer, file) {
  if (!fs.existsSync(file)) return false;
  const JSZip = require('jszip');
  const [a, b] = await Promise.all([JSZip.loadAsync(buffer), JSZip.loadAsync(fs.readFileSync(file))]);
  const names = (zip) => Object.keys(zip.files).sort();
  if (names(a).join('\n') !== names(b).join('\n')) return false;
  for (const name of names(a)) {
    if (a.files[name].dir) continue;
    const [x, y] = await Promise.all([a.files[name].async('nodebuffer'), b.files[name].async('nodebuffer')]);
    if (!x.equals(y)) return false;
  }
  return true;
}

function load(module) {
  const file = path.join(root, 'build', 'hosts', 'node', module);
  try {
    return require(file);
  } catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND') {
      console.error(`找不到 ${path.relative(root, file)}.js：请先运行 npm run build:node`);
      process.exit(1);
    }
    throw error;
  }
}

async function main() {
  const { readSheetSource } = load('sheet-source');
  const { buildWorkbook } = load('write-xlsx');
  const examples = [
    ...EXAMPLES.map(([from, to]) => [path.join(root, 'examples', 'source', from), path.join(root, 'examples', to)]),
    ...regionExamples(),
  ];
  for (const [input, output] of examples) {
    let source;
    try {
      source = readSheetSource(fs.readFileSync(input, 'utf8'));
    } catch (error) {
      throw new Error(`${path.relative(root, input)}：${error instanceof Error ? error.message : error}`);
    }
    const buffer = Buffer.from(await buildWorkbook(source).xlsx.writeBuffer());
    const cells = source.sheets.reduce((n, s) => n + s.cells.length, 0);
    // An unchanged workbook is left as it is, so regenerating does not touch the committed files.
    if (await sameContent(buffer, output)) {
      console.log(`未改变 ${path.relative(root, output)}：${source.sheets.length} 张工作表，${cells} 个单元格`);
      continue;
    }
    fs.writeFileSync(output, buffer);
    console.log(`已生成 ${path.relative(root, output)}：${source.sheets.length} 张工作表，${cells} 个单元格`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
