/**
 * The WPS harness page for the end-to-end test, built into dist-e2e/ (git-ignored), never into src/:
 *
 *   dist-e2e/taskpane-wps.html     dist/taskpane.html with two scripts before its own:
 *   dist-e2e/wps-e2e/workbook.js     window.__WPS_E2E_WORKBOOK__ = the sample (scripts/demo-workbook.js)
 *   dist-e2e/wps-e2e/fake.js         test/e2e/wps/fake-window.ts bundled by esbuild: window.Application
 *
 * so the fake WPS object model is in place before the real pane bundle (taskpane.js, office.js)
 * runs. The page is served at the root of the dist/ server (see routeHarness), so every relative URL
 * of taskpane.html still reaches dist/.
 */
'use strict';

const fs = require('fs');
const Module = require('module');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const OUT = path.join(ROOT, 'dist-e2e');
const PAGE = 'taskpane-wps.html';
const ASSETS = 'wps-e2e';

function esbuild() {
  // Installed with esbuild-loader; the same compiler webpack uses for the pane.
  return require('esbuild');
}

function buildHarness() {
  const { buildDemoWorkbook } = require(path.join(ROOT, 'scripts', 'demo-workbook.js'));
  const { grid, formulas } = buildDemoWorkbook();
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(path.join(OUT, ASSETS), { recursive: true });

  fs.writeFileSync(path.join(OUT, ASSETS, 'workbook.js'), `window.__WPS_E2E_WORKBOOK__ = ${JSON.stringify({ grid, formulas })};\n`);
  esbuild().buildSync({
    entryPoints: [path.join(__dirname, 'fake-window.ts')],
    outfile: path.join(OUT, ASSETS, 'fake.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2017',
    logLevel: 'error',
  });

  const pane = fs.readFileSync(path.join(ROOT, 'dist', 'taskpane.html'), 'utf8');
  const inject = `<script src="${ASSETS}/workbook.js"></script><script src="${ASSETS}/fake.js"></script>`;
  // Before the page's first script (office.js, then the deferred pane bundle), after its <meta>s.
  const at = pane.search(/<script\b|<\/head>/i);
  if (at < 0) throw new Error('dist/taskpane.html has neither a script nor </head>');
  fs.writeFileSync(path.join(OUT, PAGE), `${pane.slice(0, at)}${inject}${pane.slice(at)}`);
  return { grid, url: (serverUrl) => `${serverUrl}${PAGE}` };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Answers the harness's own URLs on the dist/ server's origin from dist-e2e/; the rest goes to dist/. */
async function routeHarness(context, serverUrl) {
  const serve = (rel) => async (route) => {
    const file = path.join(OUT, rel(new URL(route.request().url()).pathname));
    if (!file.startsWith(OUT + path.sep) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({ status: 200, contentType: TYPES[path.extname(file)], body: fs.readFileSync(file) });
  };
  await context.route(`${serverUrl}${PAGE}`, serve(() => PAGE));
  await context.route(`${serverUrl}${ASSETS}/**`, serve((p) => decodeURIComponent(p.slice(1))));
}

/** Loads a TypeScript module of src/ in Node, bundled on the fly (for constants not in build/). */
function requireTs(file) {
  const { outputFiles } = esbuild().buildSync({
    entryPoints: [file],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'error',
  });
  const m = new Module(file);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(outputFiles[0].text, file);
  return m.exports;
}

module.exports = { buildHarness, routeHarness, requireTs, HARNESS_DIR: OUT };
