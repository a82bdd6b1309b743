/**
 * The browser demo's workbook: examples/source/changji-2023.txt turned into the JSON the demo host
 * loads (dist/demo-workbook.json). Built from the compiled sheet-source parser in build/, so
 * `npm run build:node` must have run (the `build` script does it first).
 *
 * Shape (src/hosts/demo/demo-workbook.ts, DemoWorkbookData):
 *   { grid: WorkbookGrid, layout: { [sheet]: { widths, bold } }, formulas: [{ sheet, row, col, formula }] }
 */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DEMO_SOURCE = path.join(ROOT, 'examples', 'source', 'changji-2023.txt');
/** The name the sample carries as an .xlsx (examples/changji-2023-budget.xlsx). */
const DEMO_NAME = 'changji-2023-budget.xlsx';
const PARSER = path.join(ROOT, 'build', 'hosts', 'node', 'sheet-source.js');

function loadParser() {
  if (!fs.existsSync(PARSER)) {
    throw new Error(`找不到 ${path.relative(ROOT, PARSER)}：请先运行 npm run build:node（npm run build 会先运行它）。`);
  }
  delete require.cache[require.resolve(PARSER)];
  return require(PARSER);
}

function buildDemoWorkbook(sourceFile = DEMO_SOURCE, name = DEMO_NAME) {
  const { readSheetSource, sourceToGrid, formulaCells } = loadParser();
  const source = readSheetSource(fs.readFileSync(sourceFile, 'utf8'));
  const grid = sourceToGrid(source, name);
  const layout = {};
  for (const sheet of source.sheets) layout[sheet.name] = { widths: sheet.widths, bold: sheet.bold };
  const formulas = formulaCells(source).map(({ sheet, row, col, formula }) => ({ sheet, row, col, formula }));
  return { grid, layout, formulas };
}

module.exports = { buildDemoWorkbook, DEMO_SOURCE };
