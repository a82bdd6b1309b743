#!/usr/bin/env node
// Writes every example workbook from its sheet source (examples/source/*.txt):
//   changji-2023.txt       → examples/changji-2023-budget.xlsx  (seed 004's 表1–表10 as published)
//   changji-2022-prior.txt → examples/changji-2022-prior.xlsx   (last year's tables implied by seed 004)
//   changji-2023-notes.txt → examples/changji-2023-notes.xlsx   (004's reasons and clerk texts)
//   zhaohua-2023.txt       → examples/zhaohua-2023-budget.xlsx  (tables built from seed 000, with 上年数 columns)
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
  const { writeSourceToXlsx } = load('write-xlsx');
  for (const [from, to] of EXAMPLES) {
    const source = readSheetSource(fs.readFileSync(path.join(root, 'examples', 'source', from), 'utf8'));
    const output = path.join(root, 'examples', to);
    await writeSourceToXlsx(source, output);
    const cells = source.sheets.reduce((n, s) => n + s.cells.length, 0);
    console.log(`已生成 ${path.relative(root, output)}：${source.sheets.length} 张工作表，${cells} 个单元格`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
