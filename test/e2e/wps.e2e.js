#!/usr/bin/env node
/**
 * End-to-end test of the task pane in WPS 表格: the real pane bundle (dist/taskpane.html and its
 * scripts) runs in headless Debian Chromium over the fake WPS object model (test/support/wps-fake)
 * holding the sample workbook, installed as `window.Application` before the pane starts
 * (test/e2e/wps/harness.js builds that page into dist-e2e/). Screenshots: test-output/e2e/wps-*.png.
 *
 *   npm run test:e2e                          runs this after taskpane.e2e.js (test/e2e/run.js)
 *   E2E_SKIP_BUILD=1 node test/e2e/wps.e2e.js  reuse an existing dist/ and build/
 *   CHROMIUM=/path/to/chrome ...              another browser binary
 *
 * Expected findings, marked cells and selections come from the engine run in Node on the sample's
 * source file (test/e2e/wps/expectations.js). Ends with "N passed, N failed"; non-zero exit on failure.
 */
'use strict';

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { buildHarness, routeHarness } = require('./wps/harness');
const { wpsExpectations } = require('./wps/expectations');
const { OUT, assertStayedLocal, build, failAndExit, openSession, checker, finish, runMain } = require('./session');

/** office.js opens its telemetry frame about 3 s after loading; stay past that to see it refused. */
const MIN_SESSION_MS = 4500;

/** Cells whose record differs between two snapshots of one sheet, by A1 address. */
function changedCells(before, after) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k] ?? {}) !== JSON.stringify(after[k] ?? {}));
}

function contentOf(cell) {
  const { value, error, formula } = cell ?? {};
  return JSON.stringify({ value, error, formula });
}

async function main() {
  if (!build('taskpane.html')) failAndExit('npm run build failed');
  const harness = buildHarness();
  const expected = wpsExpectations(harness.grid);
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(OUT)) if (/^wps-.*\.png$/.test(f)) fs.rmSync(path.join(OUT, f));
  // About the width WPS gives a docked task pane.
  const session = await openSession({ profilePrefix: 'yusuan-e2e-wps-', viewport: { width: 420, height: 900 } });
  const { server, context, page, outside, pageErrors } = session;
  await routeHarness(context, server.url);
  const shot = (name) => page.screenshot({ path: path.join(OUT, `wps-${name}.png`), fullPage: true });
  const { check, results } = checker(shot);
  const pane = () => page.locator('[data-testid="pane"]');
  const message = () => pane().locator('[data-testid="pane-message"]');
  const fake = (fn, arg) => page.evaluate(fn, arg);
  const sheetsByName = (snap) => new Map(snap.map((s) => [s.name, s]));

  let loadedAt = Date.now();
  let before;
  let afterValidate;
  try {
    loadedAt = Date.now();
    await page.goto(harness.url(server.url));

    await check('the pane starts over the WPS 表格 workbook (window.Application), not the browser demo', async () => {
      await pane().locator('[data-action="validate"]').waitFor();
      assert.strictEqual(await page.locator('[data-testid="no-host"]').count(), 0, 'the no-host page is shown');
      const installed = await fake(() => window.Application === window.__wpsFake.app && window.__wpsFake.book.Name);
      assert.strictEqual(installed, harness.grid.name, 'the fake WPS application is window.Application');
      before = await fake(() => window.__wpsFake.snapshot());
      assert.deepStrictEqual(before.map((s) => s.name), harness.grid.sheets.map((s) => s.name));
      await shot('01-loaded');
    });

    await check('校验 reads the workbook through WPS and lists every finding the engine reports', async () => {
      const reads = await fake(() => window.__wpsFake.value2Reads());
      await pane().locator('[data-action="validate"]').click();
      await pane().locator('[data-finding-id]').first().waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid="pane"]')?.getAttribute('data-busy'));
      assert.ok((await fake(() => window.__wpsFake.value2Reads())) > reads, 'the pane read the cells with Range.Value2');
      const shown = await pane()
        .locator('[data-finding-id]')
        .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-target')}|${e.querySelector('span')?.textContent ?? ''}`));
      const want = expected.findings.map((f) => `${f.target || ''}|${f.message}`);
      assert.deepStrictEqual([...shown].sort(), [...want].sort());
      const severities = await pane().locator('[data-severity]').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
      assert.deepStrictEqual(severities, ['error', 'warning'].filter((s) => expected.findings.some((f) => f.severity === s)));
      assert.match(await message().innerText(), new RegExp(`已识别 ${expected.tables} 张预算公开表`));
      await shot('02-findings');
    });

    await check('each finding’s cells get its severity’s fill as a BGR number, and no value changes', async () => {
      afterValidate = await fake(() => window.__wpsFake.snapshot());
      const now = sheetsByName(afterValidate);
      const filled = new Map();
      for (const sheet of before) {
        const after = now.get(sheet.name);
        assert.ok(after && after.visible, `sheet ${sheet.name} still there and visible`);
        for (const ref of changedCells(sheet.cells, after.cells)) {
          assert.ok(expected.marked.has(`${sheet.name}!${ref}`), `${sheet.name}!${ref} changed but no finding names it`);
          assert.strictEqual(contentOf(after.cells[ref]), contentOf(sheet.cells[ref]), `${sheet.name}!${ref} content changed`);
          if (after.cells[ref]?.fill !== sheet.cells[ref]?.fill) filled.set(`${sheet.name}!${ref}`, after.cells[ref]?.fill);
        }
      }
      assert.ok(expected.marked.size > 0, 'the sample has findings to mark');
      assert.deepStrictEqual([...filled.keys()].sort(), [...expected.marked.keys()].sort());
      for (const [key, m] of expected.marked) assert.strictEqual(filled.get(key), expected.fillBgr[m.severity], `${key} fill`);
      const added = afterValidate.filter((s) => !before.some((b) => b.name === s.name));
      assert.ok(added.every((s) => s.veryHidden), `sheets added, not very hidden: ${added.map((s) => s.name).join()}`);
    });

    await check('clicking a finding on another sheet activates that sheet in WPS and selects its cells', async () => {
      const start = await fake(() => window.__wpsFake.activeSheet());
      const cards = await pane()
        .locator('[data-finding-id]')
        .evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-finding-id'), target: e.getAttribute('data-target'), message: e.querySelector('span')?.textContent })));
      const pick = cards
        .map((c) => ({ card: c, finding: expected.findings.find((f) => f.target === c.target && f.message === c.message) }))
        .find(({ finding }) => finding && finding.target && expected.ref(finding.target).sheet !== start && expected.selectionFor(finding).cells <= 400);
      assert.ok(pick, `a finding on a sheet other than ${start}`);
      const want = expected.selectionFor(pick.finding);
      await pane().locator(`[data-finding-id="${pick.card.id}"]`).click();
      await page.waitForFunction((sheet) => window.__wpsFake.activeSheet() === sheet, want.sheet);
      assert.deepStrictEqual(await fake(() => window.__wpsFake.selection()), { sheet: want.sheet, address: want.address });
      assert.strictEqual(await pane().locator(`[data-finding-id="${pick.card.id}"]`).getAttribute('aria-pressed'), 'true');
      await shot('03-finding-selected');
    });

    await check('清除标记 puts back every cell’s value, fill and comment exactly as before 校验', async () => {
      await pane().locator('[data-action="clear"]').click();
      await message().filter({ hasText: `已清除本助手添加的 ${expected.marked.size} 处标记` }).waitFor();
      const after = await fake(() => window.__wpsFake.snapshot());
      const now = sheetsByName(after);
      for (const sheet of before) {
        const restored = now.get(sheet.name);
        assert.ok(restored, `sheet ${sheet.name} is gone`);
        assert.deepStrictEqual({ ...restored, cells: undefined }, { ...sheet, cells: undefined });
        assert.deepStrictEqual(changedCells(sheet.cells, restored.cells), [], `${sheet.name}: cells not restored`);
      }
      assert.deepStrictEqual(after.filter((s) => !s.veryHidden).map((s) => s.name), before.map((s) => s.name));
      await shot('04-cleared');
    });

    await check('nothing was requested from outside 127.0.0.1, and no page error occurred', async () => {
      const left = MIN_SESSION_MS - (Date.now() - loadedAt);
      if (left > 0) await page.waitForTimeout(left);
      assertStayedLocal(outside, pageErrors);
    });
  } finally {
    await session.close();
  }

  finish(results);
}

runMain(main);
