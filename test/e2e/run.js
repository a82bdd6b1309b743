#!/usr/bin/env node
/**
 * Runs every end-to-end script in test/e2e/ one after the other (npm run test:e2e): builds dist/
 * once, then each script with E2E_SKIP_BUILD=1. Each script's own "N passed, N failed" line is
 * replaced by a per-script note, and the run ends with ONE such line summing them all (CI reads the
 * last line). Exits non-zero when anything failed.
 *
 *   E2E_SKIP_BUILD=1 node test/e2e/run.js      reuse an existing dist/ and build/
 */
'use strict';

const { spawn } = require('child_process');
const path = require('path');
const readline = require('readline');
const { build } = require('./session');

const ROOT = path.resolve(__dirname, '..', '..');
/** taskpane.e2e.js first: it empties test-output/e2e/ before writing its screenshots. */
const SCRIPTS = ['taskpane.e2e.js', 'wps.e2e.js'];
const SUMMARY = /^(\d+) passed, (\d+) failed$/;

/** Runs one script, passing its output through; resolves with its counts (a crash counts as one failure). */
function runScript(name) {
  return new Promise((resolve) => {
    console.log(`\ne2e: ${name}`);
    const child = spawn(process.execPath, [path.join(__dirname, name)], {
      cwd: ROOT,
      env: { ...process.env, E2E_SKIP_BUILD: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let counts;
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const m = SUMMARY.exec(line.trim());
      if (m) counts = { passed: Number(m[1]), failed: Number(m[2]) };
      else console.log(line);
    });
    const outputDone = new Promise((done) => lines.on('close', done));
    child.on('close', async (code) => {
      await outputDone;
      const result = counts ?? { passed: 0, failed: 1 };
      if (code !== 0 && result.failed === 0) result.failed = 1;
      console.log(`e2e: ${name}: ${result.passed} ✓, ${result.failed} ✕`);
      resolve(result);
    });
  });
}

async function main() {
  if (!build()) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  let passed = 0;
  let failed = 0;
  for (const name of SCRIPTS) {
    const r = await runScript(name);
    passed += r.passed;
    failed += r.failed;
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
