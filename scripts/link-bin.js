#!/usr/bin/env node
'use strict';
// npm links the bins of dependencies, not the project's own; `npx gongkai` in this folder needs that link.
const fs = require('fs');
const path = require('path');
const binDir = path.join(__dirname, '..', 'node_modules', '.bin');
const target = path.join(binDir, 'gongkai');
fs.mkdirSync(binDir, { recursive: true });
try {
  fs.unlinkSync(target);
} catch {
  /* not there yet */
}
if (process.platform === 'win32') {
  fs.writeFileSync(`${target}.cmd`, '@node "%~dp0\\..\\..\\bin\\gongkai.js" %*\r\n');
} else {
  fs.symlinkSync(path.join('..', '..', 'bin', 'gongkai.js'), target);
}
