/**
 * The built wps-ribbon.js, loaded the way WPS loads index.html: a page whose window has
 * `Application` (here the fake ET), then the buttons clicked by the names ribbon.xml gives.
 * Runs on dist/ (or BUNDLE_DIR); skips, saying so, without a build.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { SaxesParser } from 'saxes';
import { a1 } from '../../src/engine/grid/address';
import { isCellError, type WorkbookGrid } from '../../src/engine/grid/types';
import { JOURNAL_SHEET_NAME } from '../../src/hosts/wps/journal-store';
import { WpsHost } from '../../src/hosts/wps/wps-host';
import { createFakeEt } from '../support/wps-fake';

const dist = process.env.BUNDLE_DIR ? path.resolve(process.env.BUNDLE_DIR) : path.resolve(__dirname, '../../dist');
const bundle = path.join(dist, 'wps-ribbon.js');

function ribbonCallbackNames(): string[] {
  const names: string[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    for (const a of ['onLoad', 'onAction', 'getImage']) {
      const v = (tag.attributes as Record<string, string>)[a];
      if (v) names.push(v);
    }
  });
  parser.write(fs.readFileSync(path.resolve(__dirname, '../../wps/ribbon.xml'), 'utf8')).close();
  return [...new Set(names)];
}

/** A page context: its own globals, `window` pointing at itself, the fake Application injected. */
function loadPage() {
  const { app, book } = createFakeEt();
  const t1 = book.sheet('表1');
  t1.setRows('A1', [['表1', '部门收支总体情况表'], ['项目', '预算数']]);
  const alerts: string[] = [];
  const context = vm.createContext({
    Application: app,
    location: { href: 'file:///jsaddons/yusuan_gongkai_0.1.0/index.html' },
    alert: (m: string) => alerts.push(m),
    console,
    setTimeout,
    clearTimeout,
  });
  vm.runInContext('var window = this; var self = this;', context);
  vm.runInContext(fs.readFileSync(bundle, 'utf8'), context, { filename: 'wps-ribbon.js' });
  return { app, book, context: context as Record<string, unknown>, alerts };
}

/** Waits until the page has said something (alert), or gives up after a few seconds. */
async function settle(alerts: string[], ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (alerts.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 20));
}

(fs.existsSync(bundle) ? describe : describe.skip)(`built ${path.relative(process.cwd(), bundle)} in a WPS-like page`, () => {
  it('defines every callback ribbon.xml names', () => {
    const { context } = loadPage();
    for (const name of ribbonCallbackNames()) expect([name, typeof context[name]]).toEqual([name, 'function']);
  });

  it('校验 runs on the workbook and reports back in Chinese, without touching the clerk’s sheets’ values', async () => {
    const { app, book, context, alerts } = loadPage();
    (context.onValidate as (c: { Id: string }) => void)({ Id: 'btnValidate' });
    await settle(alerts);
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.join('\n')).toMatch(/[\u4e00-\u9fff]/);
    expect(book.sheetList.find((s) => s.Name === '表1')!.shown('B2')).toBe('预算数');
    // It reads through the host: one Value2 call per sheet at least.
    expect(app.stats.value2Reads).toBeGreaterThan(0);
  });

  const sample = path.join(dist, 'demo-workbook.json');
  const withSample = fs.existsSync(sample) ? it : it.skip;

  /** The page, its fake workbook replaced by the sample workbook the build ships for the demo. */
  function loadSample() {
    const page = loadPage();
    const { book } = page;
    book.sheetList.length = 0;
    const { grid } = JSON.parse(fs.readFileSync(sample, 'utf8')) as { grid: WorkbookGrid };
    for (const s of grid.sheets) {
      const ws = book.sheet(s.name);
      s.cells.forEach((row, r) =>
        (row ?? []).forEach((v, c) => {
          if (v === null || v === undefined) return;
          const ref = a1((s.originRow ?? 0) + r, (s.originCol ?? 0) + c);
          if (isCellError(v)) ws.setError(ref, v.error);
          else ws.set(ref, v);
        }),
      );
      for (const m of s.merges ?? []) ws.merge(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
    }
    book.activeSheet = book.sheetList[0];
    return page;
  }

  withSample('校验 on the sample workbook marks findings on the sheets and keeps the journal in the workbook', async () => {
    const { app, book, context, alerts } = loadSample();
    (context.onValidate as () => void)();
    await settle(alerts);
    expect(alerts).toHaveLength(1);
    const fills = book.sheetList.flatMap((ws) => [...ws.store.used()].map(([, , c]) => c.fill).filter((f) => f !== undefined));
    if (/未发现问题/.test(alerts[0])) expect(fills).toEqual([]);
    else {
      expect(fills.length).toBeGreaterThan(0);
      expect(fills.every((f) => f === 0xcec7ff || f === 0x9cebff)).toBe(true);
      expect(book.sheetList.find((s) => s.Name === JOURNAL_SHEET_NAME)?.Visible).toBe(2);
      expect(app.taskPanes.length).toBe(1);
      // The pane's host (built separately) clears what the ribbon's host marked.
      expect(await new WpsHost(app).clearMarks()).toMatchObject({ ok: true });
      expect(book.sheetList.some((ws) => [...ws.store.used()].some(([, , c]) => c.fill !== undefined))).toBe(false);
    }
  });

  withSample('生成说明 on the sample workbook writes the 情况说明 sheet, which the pane’s host can undo', async () => {
    const { app, book, context, alerts } = loadSample();
    const names = book.sheetList.map((s) => s.Name);
    (context.onGenerate as () => void)();
    await settle(alerts);
    expect(alerts).toHaveLength(1);
    const narrative = book.sheetList.find((s) => s.Name === '情况说明');
    expect(narrative).toBeDefined();
    expect(String(narrative!.shown('A1'))).toMatch(/[\u4e00-\u9fff]/);
    expect(await new WpsHost(app).undoLast()).toMatchObject({ ok: true });
    expect(book.sheetList.map((s) => s.Name)).toEqual([...names, JOURNAL_SHEET_NAME]);
  });

  it('打开助手 opens taskpane.html beside index.html', () => {
    const { app, context } = loadPage();
    (context.onOpenPane as () => void)();
    expect(app.taskPanes.map((p) => [p.url, p.Visible])).toEqual([['file:///jsaddons/yusuan_gongkai_0.1.0/taskpane.html', true]]);
  });

  it('生成说明 answers in Chinese and leaves no journal sheet when nothing was written', async () => {
    const { book, context, alerts } = loadPage();
    (context.onGenerate as () => void)();
    await settle(alerts);
    expect(alerts.join('\n')).toMatch(/[\u4e00-\u9fff]/);
    if (!book.sheetList.some((s) => s.Name === '情况说明')) expect(book.sheetList.some((s) => s.Name === JOURNAL_SHEET_NAME)).toBe(false);
  });
});

if (!fs.existsSync(bundle)) {
  it.skip(`built ribbon bundle: no ${bundle} — run \`npm run build\` first`, () => {});
}
