#!/usr/bin/env node
/**
 * npm start / npm stop: sideloads the add-in into desktop Excel with office-addin-debugging
 * (`office-addin-debugging start|stop manifest.xml`), which also runs `npm run dev-server` (build,
 * then serve dist/ over https on port 3000 with the Office development certificate).
 *
 * office-addin-debugging is an optional dependency: it needs desktop Excel (Windows or macOS) and a
 * native module that not every machine builds. Where it or Excel is missing, this says so and
 * points to `npm run demo`, which needs neither.
 */
'use strict';

const { spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const NO_EXCEL =
  '本机没有桌面版 Excel（只有 Windows 和 macOS 上有），无法侧载加载项。\n' +
  '请运行 npm run demo：在浏览器中打开模拟工作簿和任务窗格试用；WPS 表格的安装方法见 docs/wps.md。';

function main(argv) {
  const command = argv[0];
  if (command !== 'start' && command !== 'stop') {
    console.error('用法：node scripts/office-debug.js start|stop [office-addin-debugging 的其他参数]');
    return 2;
  }
  if (command === 'start' && process.platform !== 'win32' && process.platform !== 'darwin' && !argv.includes('web')) {
    console.error(NO_EXCEL);
    return 1;
  }
  let cli;
  try {
    cli = require.resolve('office-addin-debugging/cli.js', { paths: [ROOT] });
  } catch {
    console.error('没有安装 office-addin-debugging（可选依赖，安装失败时会被跳过）。请运行 npm install 后重试。\n' + NO_EXCEL);
    return 1;
  }
  const result = spawnSync(process.execPath, [cli, command, MANIFEST, ...argv.slice(1)], { cwd: ROOT, stdio: 'inherit' });
  return result.status === null ? 1 : result.status;
}

process.exitCode = main(process.argv.slice(2));
