#!/usr/bin/env node
// Writes examples/changji-2023-budget.xlsx from examples/source/changji-2023.txt.
// Uses the compiled parser and writer: run `npm run build:node` first.
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const sourceFile = path.join(root, 'examples', 'source', 'changji-2023.txt');
const outputFile = path.join(root, 'examples', 'changji-2023-budget.xlsx');

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
  const source = readSheetSource(fs.readFileSync(sourceFile, 'utf8'));
  await writeSourceToXlsx(source, outputFile);
  const cells = source.sheets.reduce((n, s) => n + s.cells.length, 0);
  console.log(`已生成 ${path.relative(root, outputFile)}：${source.sheets.length} 张工作表，${cells} 个单元格`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
