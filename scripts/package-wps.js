#!/usr/bin/env node
/**
 * Builds the WPS 表格 add-in package from the webpack output in dist/:
 *
 *   dist-wps/<name>_<version>/   the add-in folder WPS loads (index.html, ribbon.xml, images/, bundles)
 *   dist-wps/publish.xml         offline install: lists that folder for the per-user jsaddons folder
 *   dist-wps/jsplugins.xml       oem.ini (JSPluginsServer) mode, online entry for a served copy
 *   dist-wps/install-linux.sh, install-windows.cmd + .ps1   copy the folder and merge publish.xml
 *
 * docs/wps.md explains each mode. Usage: node scripts/package-wps.js [--url=http://server/path/]
 */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
/** webpack entry the ribbon callbacks are built from (src/commands/wps-main.ts). */
const RIBBON_ENTRY = 'wps-ribbon';
const ONLINE_URL_PLACEHOLDER = 'http://SERVER/PATH/';

class PackageError extends Error {}

function addinIdentity(pkg) {
  const name = (pkg.wpsAddin && pkg.wpsAddin.name) || String(pkg.name || 'addin').replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new PackageError(`加载项名称只能用字母、数字和下划线：${name}`);
  const version = String(pkg.version || '');
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new PackageError(`package.json 的 version 应为 x.y.z 形式：${version}`);
  return { name, version, folder: `${name}_${version}` };
}

function listFiles(dir, base = dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p, base));
    else out.push(path.relative(base, p));
  }
  return out;
}

function copyFile(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

function escapeXml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The line publish.xml needs for the copied folder; the same form wpsjs's own installer writes. */
function publishEntry(id) {
  return `<jsplugin name="${escapeXml(id.name)}" type="et" url="${escapeXml(id.folder)}" version="${escapeXml(id.version)}" enable="enable_dev" install="null"/>`;
}

function publishXml(id) {
  return `<jsplugins>\n  ${publishEntry(id)}\n</jsplugins>\n`;
}

function jspluginsXml(id, onlineUrl) {
  return `<jsplugins>\n  <jspluginonline name="${escapeXml(id.name)}" type="et" url="${escapeXml(onlineUrl)}"/>\n</jsplugins>\n`;
}

function indexHtml(scripts) {
  const tags = scripts.map((s) => `    <script type="text/javascript" src="./${s}"></script>`).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html>',
    '  <head>',
    '    <meta charset="utf-8" />',
    '    <meta http-equiv="Content-Security-Policy" content="script-src \'self\' file:; img-src \'self\' file: data:; object-src \'none\'; frame-src \'self\'; connect-src \'self\'" />',
    '    <title>预算公开助手</title>',
    '  </head>',
    '  <body>',
    '    <!-- WPS 启动时加载本页：它定义 ribbon.xml 中按钮调用的函数。 -->',
    tags,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

function installLinux(id) {
  return `#!/bin/sh
# 把预算公开助手安装到当前用户的 WPS 加载项目录（WPS for Linux）。
set -e
HERE="$(cd "$(dirname "$0")" && pwd)"
DEST="\${WPS_JSADDONS:-$HOME/.local/share/Kingsoft/wps/jsaddons}"
mkdir -p "$DEST"
rm -rf "$DEST/${id.folder}"
cp -R "$HERE/${id.folder}" "$DEST/${id.folder}"
LINE='${publishEntry(id)}'
if [ ! -f "$DEST/publish.xml" ] || ! grep -q '</jsplugins>' "$DEST/publish.xml"; then
  printf '<jsplugins>\\n  %s\\n</jsplugins>\\n' "$LINE" > "$DEST/publish.xml"
else
  cp "$DEST/publish.xml" "$DEST/publish.xml.bak"
  grep -Ev '^[[:space:]]*<jsplugin(online)? [^>]*name="${id.name}"[^>]*/>[[:space:]]*$' "$DEST/publish.xml.bak" | sed "s#</jsplugins>#  $LINE\\n</jsplugins>#" > "$DEST/publish.xml"
fi
echo "已安装到 $DEST/${id.folder}。请完全退出 WPS 后重新打开 WPS 表格，功能区会出现“预算公开”选项卡。"
`;
}

function installWindowsPs1(id) {
  return `# 把预算公开助手安装到当前用户的 WPS 加载项目录（Windows）。
$ErrorActionPreference = 'Stop'
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$dest = Join-Path $env:APPDATA 'kingsoft\\wps\\jsaddons'
New-Item -ItemType Directory -Force -Path $dest | Out-Null
$target = Join-Path $dest '${id.folder}'
if (Test-Path $target) { Remove-Item -Recurse -Force $target }
Copy-Item -Recurse (Join-Path $here '${id.folder}') $target
$line = '${publishEntry(id)}'
$publish = Join-Path $dest 'publish.xml'
if ((Test-Path $publish) -and ((Get-Content -Raw -Encoding UTF8 $publish) -match '</jsplugins>')) {
  Copy-Item $publish "$publish.bak" -Force
  $kept = Get-Content -Encoding UTF8 $publish | Where-Object { $_ -notmatch '^\\s*<jsplugin(online)?\\s[^>]*name="${id.name}"[^>]*/>\\s*$' }
  $text = ($kept -join [Environment]::NewLine) -replace '</jsplugins>', ("  " + $line + [Environment]::NewLine + '</jsplugins>')
} else {
  $text = '<jsplugins>' + [Environment]::NewLine + '  ' + $line + [Environment]::NewLine + '</jsplugins>'
}
[IO.File]::WriteAllText($publish, $text, (New-Object Text.UTF8Encoding $false))
Write-Host "已安装到 $target 。请完全退出 WPS 后重新打开 WPS 表格，功能区会出现“预算公开”选项卡。"
`;
}

function installWindowsCmd() {
  return [
    '@echo off',
    'chcp 65001 >nul',
    'powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-windows.ps1"',
    'pause',
    '',
  ].join('\r\n');
}

/**
 * Builds the package. Options: root (repo), distDir, outDir, onlineUrl. Returns what it wrote.
 * Throws PackageError with a Chinese message a clerk's IT person can act on.
 */
function packageWps(options = {}) {
  const root = options.root || ROOT;
  const distDir = options.distDir || path.join(root, 'dist');
  const outDir = options.outDir || path.join(root, 'dist-wps');
  const wpsDir = path.join(root, 'wps');
  const warnings = [];

  if (!fs.existsSync(distDir) || listFiles(distDir).length === 0)
    throw new PackageError(`找不到构建结果 ${distDir}：请先运行 npm run build（webpack 会把任务窗格和功能区脚本输出到 dist/），再打包 WPS 加载项。`);

  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const id = addinIdentity(pkg);

  const ribbonPath = path.join(wpsDir, 'ribbon.xml');
  const ribbon = fs.readFileSync(ribbonPath, 'utf8');
  if (!ribbon.startsWith('<customUI')) throw new PackageError(`${ribbonPath} 必须以 <customUI 开头（不能有 XML 声明、BOM 或注释），否则 WPS 不认。`);

  const distFiles = listFiles(distDir).filter((f) => !f.endsWith('.map'));
  const entryHtml = distFiles.find((f) => f === `${RIBBON_ENTRY}.html`);
  const entryScripts = distFiles.filter((f) => new RegExp(`^${RIBBON_ENTRY}(\\.[\\w-]+)?\\.js$`).test(f));
  if (!entryHtml && entryScripts.length === 0)
    throw new PackageError(
      `dist/ 中没有功能区脚本 ${RIBBON_ENTRY}.js：webpack 需要一个名为 "${RIBBON_ENTRY}" 的入口，指向 src/commands/wps-main.ts。没有它，WPS 中的按钮不会响应。`,
    );
  if (!distFiles.includes('taskpane.html')) warnings.push('dist/ 中没有 taskpane.html：“打开助手”按钮将打开空白窗格。');

  const addinDir = path.join(outDir, id.folder);
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const f of distFiles) copyFile(path.join(distDir, f), path.join(addinDir, f));
  fs.writeFileSync(path.join(addinDir, 'ribbon.xml'), ribbon);
  const imagesDir = path.join(wpsDir, 'images');
  if (fs.existsSync(imagesDir)) for (const f of listFiles(imagesDir)) copyFile(path.join(imagesDir, f), path.join(addinDir, 'images', f));
  if (entryHtml) fs.copyFileSync(path.join(distDir, entryHtml), path.join(addinDir, 'index.html'));
  else fs.writeFileSync(path.join(addinDir, 'index.html'), indexHtml(entryScripts.sort()));

  fs.writeFileSync(path.join(outDir, 'publish.xml'), publishXml(id));
  fs.writeFileSync(path.join(outDir, 'jsplugins.xml'), jspluginsXml(id, options.onlineUrl || ONLINE_URL_PLACEHOLDER));
  fs.writeFileSync(path.join(outDir, 'install-linux.sh'), installLinux(id), { mode: 0o755 });
  fs.writeFileSync(path.join(outDir, 'install-windows.ps1'), '\ufeff' + installWindowsPs1(id));
  fs.writeFileSync(path.join(outDir, 'install-windows.cmd'), installWindowsCmd());

  return { id, outDir, addinDir, files: listFiles(outDir).sort(), warnings };
}

function main(argv) {
  const url = argv.find((a) => a.startsWith('--url='));
  try {
    const result = packageWps({ onlineUrl: url ? url.slice('--url='.length) : undefined });
    for (const w of result.warnings) console.warn(`警告：${w}`);
    console.log(`WPS 加载项已打包到 ${path.relative(process.cwd(), result.addinDir) || result.addinDir}（共 ${result.files.length} 个文件）。`);
    console.log('安装方法见 docs/wps.md。');
  } catch (e) {
    if (!(e instanceof PackageError)) throw e;
    console.error(`打包失败：${e.message}`);
    process.exitCode = 1;
  }
}

module.exports = { packageWps, PackageError, publishEntry, addinIdentity, RIBBON_ENTRY };

if (require.main === module) main(process.argv.slice(2));
