'use strict';
// The floor bench/run.js compares the command line with: every .xlsx of a folder loaded by ExcelJS, one after another, nothing else.
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

(async () => {
  const dir = process.argv[2];
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.xlsx')) continue;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(dir, f)));
  }
})();
