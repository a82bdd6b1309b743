/**
 * What every end-to-end script shares: building dist/, launching Debian Chromium headless with the
 * flags this closed network needs, recording any request that leaves 127.0.0.1, named checks with a
 * screenshot on failure, and the closing "N passed, N failed" line.
 */
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test-output', 'e2e');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const STEP_TIMEOUT = 20000;

/** npm run build, unless E2E_SKIP_BUILD=1 and `marker` is already built. Returns false when the build fails. */
function build(marker) {
  if (process.env.E2E_SKIP_BUILD === '1' && (!marker || fs.existsSync(path.join(ROOT, 'dist', marker)))) return true;
  console.log('e2e: npm run build');
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  return r.status === 0;
}

function failAndExit(message) {
  if (message) console.error(message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** Starts the dist/ server and a fresh Chromium profile; `outside` collects requests not to the server. */
async function openSession({ profilePrefix, viewport, acceptDownloads = false }) {
  if (!fs.existsSync(CHROMIUM)) failAndExit(`e2e: ${CHROMIUM} not found; run scripts/install-browser.sh (apt-get install chromium) first.`);
  const { chromium } = require('playwright-core');
  const { startServer } = require(path.join(ROOT, 'scripts', 'serve.js'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), profilePrefix));
  const server = await startServer({ port: 0 });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads,
    locale: 'zh-CN',
  });
  const page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT);
  const outside = [];
  const pageErrors = [];
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const close = async () => {
    await context.close();
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { server, context, page, outside, pageErrors, close };
}

/** Named checks: each passes or fails on its own, a failure saves a screenshot and the run goes on. */
function checker(shot) {
  const results = [];
  async function check(name, fn) {
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`  ✓ ${name}`);
    } catch (e) {
      results.push({ name, ok: false });
      console.log(`  ✕ ${name}\n      ${String((e && e.stack) || e).split('\n').slice(0, 4).join('\n      ')}`);
      await shot(`failed-${results.length}`).catch(() => undefined);
    }
  }
  return { check, results };
}

/** Nothing left the machine and no page threw: the last check of every script. */
function assertStayedLocal(outside, pageErrors) {
  const assert = require('assert');
  assert.deepStrictEqual(outside, [], `requests to other hosts: ${outside.join(', ')}`);
  assert.deepStrictEqual(pageErrors, [], `page errors: ${pageErrors.join(' / ')}`);
}

/** Prints the closing line CI reads and exits with the verdict. */
function finish(results) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`screenshots: ${path.relative(ROOT, OUT)}/`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

function runMain(main) {
  main().catch((e) => failAndExit(e && e.stack ? e.stack : String(e)));
}

module.exports = { ROOT, OUT, STEP_TIMEOUT, assertStayedLocal, build, failAndExit, openSession, checker, finish, runMain };
