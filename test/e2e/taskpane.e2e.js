#!/usr/bin/env node
/**
 * End-to-end test of the task pane: builds dist/ (npm run build), serves it on 127.0.0.1, and drives
 * the demo page (the sample workbook beside the pane) in headless Debian Chromium through
 * playwright-core. Screenshots go to test-output/e2e/.
 *
 *   npm run test:e2e                 installs Chromium if missing (scripts/install-browser.sh), then this
 *   E2E_SKIP_BUILD=1 node test/e2e/taskpane.e2e.js     reuse an existing dist/
 *   CHROMIUM=/path/to/chrome ...     another browser binary
 *
 * Expected values come from the engine run in Node on the same source file the demo workbook is
 * built from, never from constants. Ends with "N passed, N failed" and a non-zero exit on failure.
 */
'use strict';

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { ROOT, OUT, assertStayedLocal, build, failAndExit, openSession, checker, finish, runMain } = require('./session');

/** What the engine says about the demo workbook, computed here from the same source file. */
function expectations() {
  const { buildDemoWorkbook } = require(path.join(ROOT, 'scripts', 'demo-workbook.js'));
  const engine = require(path.join(ROOT, 'build', 'engine'));
  const { grid } = buildDemoWorkbook();
  const analysis = engine.analyzeWorkbook(grid);
  const findings = analysis.findings.map((f) => engine.findingToJson(f));
  return { engine, findings, tables: analysis.tables.length };
}

async function main() {
  if (!build('demo.html')) failAndExit('npm run build failed');
  const expected = expectations();
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const session = await openSession({ profilePrefix: 'yusuan-e2e-', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const { server, context, page, outside, pageErrors } = session;
  const shot = (name) => page.screenshot({ path: path.join(OUT, `${name}.png`) });
  const { check, results } = checker(shot);
  const pane = () => page.locator('[data-testid="demo-pane"]');
  const message = () => pane().locator('[data-testid="pane-message"]');

  try {
    await page.goto(`${server.url}demo.html`);

    await check('the demo shows the sample workbook beside the task pane', async () => {
      await page.waitForSelector('[data-testid="sheet-table"]');
      await pane().locator('[data-action="validate"]').waitFor();
      const tabs = await page.locator('[data-sheet-tab]').count();
      assert.strictEqual(tabs, require(path.join(ROOT, 'scripts', 'demo-workbook.js')).buildDemoWorkbook().grid.sheets.length);
      await shot('01-loaded');
    });

    await check('校验 lists every finding the engine reports, grouped by severity, and colours the cells', async () => {
      await pane().locator('[data-action="validate"]').click();
      await pane().locator('[data-testid="progress"]').waitFor({ timeout: 5000 });
      await pane().locator('[data-finding-id]').first().waitFor();
      const messages = await pane().locator('[data-finding-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-target')));
      assert.strictEqual(messages.length, expected.findings.length);
      const targets = expected.findings.map((f) => f.target || '');
      assert.deepStrictEqual([...messages].sort(), [...targets].sort());
      const severities = await pane().locator('[data-severity]').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
      assert.deepStrictEqual(severities, ['error', 'warning'].filter((s) => expected.findings.some((f) => f.severity === s)));
      assert.match(await message().innerText(), new RegExp(`已识别 ${expected.tables} 张预算公开表`));
      assert.ok((await page.locator('td[data-fill]').count()) > 0, 'marked cells on the active sheet');
      await shot('02-findings');
    });

    await check('clicking a finding on another sheet activates that sheet and selects its cells', async () => {
      const start = await page.locator('[data-testid="sheet-view"]').getAttribute('data-sheet');
      const f = expected.findings.find((x) => x.target && expected.engine.parseRef(x.target).sheet !== start);
      assert.ok(f, 'a finding on another sheet');
      const ref = expected.engine.parseRef(f.target);
      await pane().locator(`[data-target="${f.target.replace(/"/g, '\\"')}"]`).first().click();
      await page.waitForSelector(`[data-testid="sheet-view"][data-sheet="${ref.sheet}"]`);
      const active = page.locator('td[data-active="true"]');
      assert.strictEqual(await active.getAttribute('data-ref'), expected.engine.a1(ref.row, ref.col));
      assert.ok((await active.boundingBox()) !== null, 'the selected cell is on screen');
      const nameBox = await page.locator('[data-testid="name-box"]').innerText();
      assert.ok(nameBox.includes(expected.engine.a1(ref.row, ref.col)), `name box ${nameBox}`);
      await shot('03-finding-selected');
    });

    await check('清除标记 removes every highlight the add-in added', async () => {
      await pane().locator('[data-action="clear"]').click();
      await message().filter({ hasText: '已清除本助手添加的' }).waitFor();
      assert.strictEqual(await page.locator('td[data-fill]').count(), 0);
    });

    await check('the ribbon’s 校验 works with the pane closed and opens it on the findings', async () => {
      await page.locator('[data-ribbon="pane"]').click();
      await pane().waitFor({ state: 'detached' });
      await page.locator('[data-ribbon="validate"]').click();
      await pane().locator('[data-finding-id]').first().waitFor();
      assert.strictEqual(await pane().locator('[data-finding-id]').count(), expected.findings.length);
      await shot('04-ribbon-validate');
    });

    await check('生成说明 writes the 情况说明 sheet and offers the .docx', async () => {
      await pane().locator('[data-action="generate"]').click();
      await pane().locator('[data-testid="narrative"]').waitFor();
      await page.locator('[data-sheet-tab="情况说明"]').waitFor();
      const title = await page.locator('td[data-ref="A1"]').innerText();
      assert.ok(title.includes('情况说明'), title);
      const [download] = await Promise.all([page.waitForEvent('download'), pane().locator('[data-action="download-docx"]').click()]);
      const file = path.join(OUT, download.suggestedFilename());
      await download.saveAs(file);
      assert.ok(file.endsWith('.docx'));
      assert.strictEqual(fs.readFileSync(file).subarray(0, 2).toString(), 'PK');
      await shot('05-narrative');
    });

    await check('a cell the clerk typed in is overwritten only after the dialog lists it and they agree', async () => {
      await page.locator('[data-sheet-tab="情况说明"]').click();
      await page.locator('td[data-ref="A4"]').dblclick();
      await page.locator('[data-testid="cell-editor"]').fill('我自己改写的这一段');
      await page.locator('[data-testid="cell-editor"]').press('Enter');
      assert.strictEqual(await page.locator('td[data-ref="A4"]').innerText(), '我自己改写的这一段');
      await pane().locator('[data-action="generate"]').click();
      const dialog = page.locator('[data-testid="conflict-dialog"]');
      await dialog.waitFor();
      const listed = await dialog.locator('[data-conflict]').evaluateAll((els) => els.map((e) => e.getAttribute('data-conflict')));
      assert.deepStrictEqual(listed, ['情况说明!A4']);
      await shot('06-conflict');
      await dialog.getByRole('button', { name: '覆盖' }).click();
      await page.waitForFunction(() => document.querySelector('td[data-ref="A4"]')?.textContent !== '我自己改写的这一段');
    });

    await check('核对情况说明: a pasted text with a slip lists its finding, and a click on it selects the table cell', async () => {
      // Seed 004's published text with one slip: 住房保障支出's share written 2.85% (the tables give 1.86%).
      const published = fs.readFileSync(path.join(ROOT, 'examples', 'narrative', '004-published.txt'), 'utf8');
      const slipped = published.replace('住房保障支出87.29万元，占1.85%', '住房保障支出87.29万元，占2.85%');
      assert.notStrictEqual(slipped, published);
      const { grid } = require(path.join(ROOT, 'scripts', 'demo-workbook.js')).buildDemoWorkbook();
      const engine = expected.engine;
      const analysis = engine.analyzeWorkbook(grid);
      const report = engine.checkNarrativeReport(slipped, analysis, engine.priorFromColumns(grid, analysis));
      const slip = report.findings.find((f) => f.stated === '2.85%');
      assert.ok(slip && slip.cells.length, 'the engine finds the slip with its cell');
      const target = engine.formatRef(slip.cells[0]);
      await pane().getByRole('tab', { name: '情况说明' }).click();
      await pane().getByLabel('粘贴的文字').check();
      await pane().locator('[data-testid="check-text"]').fill(slipped);
      await pane().locator('[data-action="check-narrative"]').click();
      const card = pane().locator(`[data-check-finding-id][data-target="${target.replace(/"/g, '\\"')}"]`);
      await card.waitFor();
      assert.strictEqual(await pane().locator('[data-check-finding-id]').count(), report.findings.length);
      assert.match(await card.innerText(), /2\.85%[\s\S]*1\.86%/);
      await card.scrollIntoViewIfNeeded();
      await shot('06b-narrative-check');
      await card.click();
      const ref = engine.parseRef(target);
      await page.waitForSelector(`[data-testid="sheet-view"][data-sheet="${ref.sheet}"]`);
      assert.strictEqual(await page.locator('td[data-active="true"]').getAttribute('data-ref'), engine.a1(ref.row, ref.col));
      assert.strictEqual(await card.getAttribute('aria-pressed'), 'true');
    });

    await check('last year’s workbook picked from disk feeds 填充占比/同比 with year-over-year columns', async () => {
      const priorFile = path.join(ROOT, 'examples', 'changji-2022-prior.xlsx');
      const { parseSheetSource } = require(path.join(ROOT, 'build', 'hosts', 'node', 'sheet-source.js'));
      const priorSheets = parseSheetSource(fs.readFileSync(path.join(ROOT, 'examples', 'source', 'changji-2022-prior.txt'), 'utf8')).sheets.length;
      await pane().getByRole('tab', { name: '设置' }).click();
      await pane().getByLabel('上年的工作簿文件').check();
      await pane().locator('[data-testid="prior-file-input"]').setInputFiles(priorFile);
      await pane().getByText(`已读取：changji-2022-prior.xlsx（${priorSheets} 张工作表）`).waitFor();
      await pane().getByRole('button', { name: '保存设置' }).click();
      await pane().getByRole('tab', { name: '占比/同比' }).click();
      await pane().locator('[data-action="fill-plan"]').click();
      await pane().getByText('上年数来自：changji-2022-prior.xlsx').waitFor();
      const kinds = await pane().locator('[data-fill-kind]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fill-kind')));
      assert.ok(kinds.includes('change') && kinds.includes('rate') && kinds.includes('share'), kinds.join());
      await pane().locator('[data-action="fill-run"]:not([disabled])').waitFor();
      await shot('07-fill-plan');
      await pane().locator('[data-action="fill-run"]').click();
      await message().filter({ hasText: '已写入' }).waitFor();
      const headers = await page.locator('td[data-written="true"]').evaluateAll((els) => els.map((e) => e.textContent));
      assert.ok(headers.includes('增减额') && headers.includes('占比(%)'), headers.slice(0, 10).join());
      await shot('08-filled');
    });

    await check('a protected sheet gives a clear message and nothing is written', async () => {
      await page.locator('[data-sheet-tab="情况说明"]').click();
      await page.locator('[data-ribbon="protect"]').click();
      const before = await page.locator('td[data-ref="A1"]').innerText();
      await pane().locator('[data-action="generate"]').click();
      await message().filter({ hasText: '受保护' }).waitFor();
      assert.strictEqual(await message().getAttribute('data-intent'), 'error');
      assert.strictEqual(await page.locator('td[data-ref="A1"]').innerText(), before);
      await shot('09-protected');
    });

    await check('taskpane.html outside Excel and WPS explains itself and links to the demo', async () => {
      const other = await context.newPage();
      other.on('pageerror', (e) => pageErrors.push(e.message));
      await other.goto(`${server.url}taskpane.html`);
      await other.locator('[data-testid="no-host"]').waitFor({ timeout: 15000 });
      assert.match(await other.locator('[data-testid="no-host"]').innerText(), /演示/);
      await other.screenshot({ path: path.join(OUT, '10-taskpane-no-host.png') });
      // office.js opens its telemetry frame 3 s after loading; stay long enough to see it refused.
      await other.waitForTimeout(4000);
      await other.close();
    });

    await check('the ribbon’s notice dialog page shows the message it is given', async () => {
      const other = await context.newPage();
      const text = '未发现问题：已识别 10 张预算公开表，校验全部通过。';
      await other.goto(`${server.url}notice.html?t=${encodeURIComponent('预算公开助手')}&m=${encodeURIComponent(text)}`);
      await other.locator('#message').filter({ hasText: text }).waitFor();
      assert.strictEqual(await other.locator('#title').innerText(), '预算公开助手');
      await other.close();
    });

    // Without an add-in: the clerk's own file (here a real regional workbook) opened in the page.
    const regional = path.join(ROOT, 'examples', 'regions', 'changchun', 'workbook.xlsx');
    const regionalName = '长春市信访局2026预算公开.xlsx';
    const regionalExpected = await (async () => {
      const { readXlsxFile } = require(path.join(ROOT, 'build', 'hosts', 'node', 'read-xlsx.js'));
      const grid = await readXlsxFile(regional);
      const analysis = expected.engine.analyzeWorkbook(grid);
      return { grid, findings: analysis.findings.map((f) => expected.engine.findingToJson(f)) };
    })();
    const openedFile = path.join(OUT, regionalName);
    fs.copyFileSync(regional, openedFile);

    await check('any .xlsx picked from disk opens in the page, read there, its sheets as tabs', async () => {
      await page.locator('[data-testid="open-file-input"]').setInputFiles(openedFile);
      await page.locator('[data-testid="demo-subtitle"]').filter({ hasText: regionalName }).waitFor();
      const tabs = await page.locator('[data-sheet-tab]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet-tab')));
      assert.deepStrictEqual(tabs, regionalExpected.grid.sheets.map((s) => s.name));
      await shot('11-opened-regional');
    });

    await check('校验 on the opened file lists what the engine finds in it and colours the cells', async () => {
      await pane().locator('[data-action="validate"]').click();
      await pane().locator('[data-finding-id]').first().waitFor();
      const targets = await pane().locator('[data-finding-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-target')));
      assert.deepStrictEqual([...targets].sort(), regionalExpected.findings.map((f) => f.target || '').sort());
      await shot('12-regional-findings');
    });

    let clicked;
    await check('clicking a finding on the opened file goes to its cell', async () => {
      const start = await page.locator('[data-testid="sheet-view"]').getAttribute('data-sheet');
      clicked = regionalExpected.findings.find((x) => x.severity === 'error' && x.target && expected.engine.parseRef(x.target).sheet !== start)
        || regionalExpected.findings.find((x) => x.target);
      const ref = expected.engine.parseRef(clicked.target);
      await pane().locator(`[data-target="${clicked.target.replace(/"/g, '\\"')}"]`).first().click();
      await page.waitForSelector(`[data-testid="sheet-view"][data-sheet="${ref.sheet}"]`);
      assert.strictEqual(await page.locator('td[data-active="true"]').getAttribute('data-ref'), expected.engine.a1(ref.row, ref.col));
      await shot('13-regional-finding-selected');
    });

    await check('生成说明 on the opened file writes its 情况说明 sheet', async () => {
      await pane().locator('[data-action="generate"]').click();
      await pane().locator('[data-testid="narrative"]').waitFor();
      await page.locator('[data-sheet-tab="情况说明"]').waitFor();
    });

    await check('保存为 .xlsx: the saved file has the marks, the notes and the 情况说明, and the clerk’s cells as they were', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-ribbon="save"]').click()]);
      assert.strictEqual(download.suggestedFilename(), regionalName.replace(/\.xlsx$/, '-已校验.xlsx'));
      const saved = path.join(OUT, download.suggestedFilename());
      await download.saveAs(saved);
      const ExcelJS = require('exceljs');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(saved);
      const marks = { error: 'FFFFC7CE', warning: 'FFFFEB9C' };
      let marked = 0;
      for (const f of regionalExpected.findings) {
        if (!f.target) continue;
        const ref = expected.engine.parseRef(f.target);
        const cell = wb.getWorksheet(ref.sheet).getCell(ref.row + 1, ref.col + 1);
        const argb = cell.fill && cell.fill.fgColor && cell.fill.fgColor.argb;
        assert.ok(Object.values(marks).includes(argb), `${f.target} filled ${argb}`);
        marked++;
      }
      assert.ok(marked > 0);
      const target = expected.engine.parseRef(clicked.target);
      const note = wb.getWorksheet(target.sheet).getCell(target.row + 1, target.col + 1).note;
      assert.ok(note, `a note on ${clicked.target}`);
      assert.ok(wb.getWorksheet('情况说明'), 'the 情况说明 sheet');
      assert.ok(String(wb.getWorksheet('情况说明').getCell('A1').value).includes('情况说明'));
      // Every value the clerk had is still there, unchanged.
      const { readXlsxFile } = require(path.join(ROOT, 'build', 'hosts', 'node', 'read-xlsx.js'));
      const back = await readXlsxFile(saved);
      for (const s of regionalExpected.grid.sheets) {
        const again = back.sheets.find((x) => x.name === s.name);
        assert.deepStrictEqual(again.cells, s.cells, `values of ${s.name}`);
        assert.deepStrictEqual(again.merges, s.merges, `merges of ${s.name}`);
      }
    });

    await check('nothing was requested from outside this machine, and no page error occurred', async () => {
      assertStayedLocal(outside, pageErrors);
    });
  } finally {
    await session.close();
  }

  finish(results);
}

runMain(main);
