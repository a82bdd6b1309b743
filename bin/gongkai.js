#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
const cli = path.join(__dirname, '..', 'build', 'hosts', 'node', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('命令行尚未编译：请先在项目目录运行 npm install（或 npm run build:node）。\n');
  process.exit(2);
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
