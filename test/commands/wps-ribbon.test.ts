import * as fs from 'fs';
import * as path from 'path';
import { SaxesParser } from 'saxes';
import type { WorkbookHost } from '../../src/hosts/host';
import { NO_HOST_MESSAGE, NO_WORKBOOK_MESSAGE } from '../../src/hosts/detect';
import { BUSY_MESSAGE, addinBaseUrl, createRibbonCallbacks, installRibbon, type RibbonDeps, type RibbonWindow } from '../../src/commands/wps-ribbon';
import { createFakeEt } from '../support/wps-fake';

const RIBBON_XML = path.resolve(__dirname, '../../wps/ribbon.xml');

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
}

function parseRibbon(): XmlElement[] {
  const elements: XmlElement[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => elements.push({ name: tag.name, attributes: tag.attributes as Record<string, string> }));
  parser.write(fs.readFileSync(RIBBON_XML, 'utf8')).close();
  return elements;
}

const CALLBACK_ATTRIBUTES = ['onLoad', 'onAction', 'getImage', 'getLabel', 'getEnabled', 'getVisible'];

function fakeDeps(win: RibbonWindow) {
  const hosts: WorkbookHost[] = [];
  const calls: string[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const deps: RibbonDeps = {
    win,
    createHost: () => {
      const host = { kind: 'wps' } as unknown as WorkbookHost;
      hosts.push(host);
      return host;
    },
    commands: {
      runValidate: async (host: WorkbookHost) => {
        calls.push(`validate:${hosts.indexOf(host)}`);
        await gate;
      },
      runGenerate: (host: WorkbookHost) => {
        calls.push(`generate:${hosts.indexOf(host)}`);
        throw new Error('表5 没有找到');
      },
    },
  };
  return { deps, calls, release };
}

function wpsWindow() {
  const { app, book } = createFakeEt();
  book.sheet('表1');
  const alerts: string[] = [];
  const win: RibbonWindow = {
    Application: app,
    location: { href: 'file:///home/clerk/.local/share/Kingsoft/wps/jsaddons/yusuan_gongkai_0.1.0/index.html' },
    alert: (m: string) => alerts.push(m),
  };
  return { app, book, win, alerts };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('wps/ribbon.xml', () => {
  const text = fs.readFileSync(RIBBON_XML, 'utf8');

  it('starts with <customUI: no XML declaration, BOM or comment before it', () => {
    expect(text.startsWith('<customUI ')).toBe(true);
  });

  it('is well-formed XML with a 预算公开 tab holding 校验, 生成说明 and 打开助手', () => {
    const elements = parseRibbon();
    expect(elements[0].name).toBe('customUI');
    expect(elements[0].attributes.xmlns).toBe('http://schemas.microsoft.com/office/2006/01/customui');
    expect(elements.filter((e) => e.name === 'tab').map((e) => e.attributes.label)).toEqual(['预算公开']);
    expect(elements.filter((e) => e.name === 'button').map((e) => e.attributes.label)).toEqual(['校验', '生成说明', '打开助手']);
    const ids = elements.map((e) => e.attributes.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names only callbacks that the ribbon module defines and installs on window', () => {
    const { win } = wpsWindow();
    installRibbon(fakeDeps(win).deps);
    const named = parseRibbon().flatMap((e) => CALLBACK_ATTRIBUTES.map((a) => e.attributes[a]).filter(Boolean));
    expect(named).toEqual(expect.arrayContaining(['onAddinLoad', 'onValidate', 'onGenerate', 'onOpenPane']));
    for (const name of named) expect(typeof win[name]).toBe('function');
    const buttons = parseRibbon().filter((e) => e.name === 'button');
    expect(buttons.every((b) => b.attributes.onAction)).toBe(true);
  });

  it('has an icon for every button it asks getButtonImage about', () => {
    const { win } = wpsWindow();
    const callbacks = createRibbonCallbacks(fakeDeps(win).deps);
    for (const b of parseRibbon().filter((e) => e.name === 'button' && e.attributes.getImage)) {
      const image = callbacks.getButtonImage({ Id: b.attributes.id });
      expect(image).toMatch(/^images\/.+\.svg$/);
      expect(fs.existsSync(path.resolve(__dirname, '../../wps', image))).toBe(true);
    }
  });
});

describe('ribbon callbacks', () => {
  it('are plain functions that return at once, not Promises', () => {
    const { win } = wpsWindow();
    const callbacks = createRibbonCallbacks(fakeDeps(win).deps);
    for (const [name, fn] of Object.entries(callbacks)) expect([name, fn.constructor.name]).toEqual([name, 'Function']);
    expect(callbacks.onValidate({ Id: 'btnValidate' })).toBeUndefined();
  });

  it('onAddinLoad keeps the ribbon object on Application and returns true', () => {
    const { app, win } = wpsWindow();
    const ribbonUI = { Invalidate: jest.fn(), InvalidateControl: jest.fn() };
    expect(createRibbonCallbacks(fakeDeps(win).deps).onAddinLoad(ribbonUI)).toBe(true);
    expect(app.ribbonUI).toBe(ribbonUI);
  });

  it('校验 runs runValidate on a new WPS host and refuses a second click while it runs', async () => {
    const { win, alerts } = wpsWindow();
    const { deps, calls, release } = fakeDeps(win);
    const callbacks = createRibbonCallbacks(deps);
    callbacks.onValidate();
    await flush();
    callbacks.onValidate();
    expect(calls).toEqual(['validate:0']);
    expect(alerts).toEqual([BUSY_MESSAGE]);
    release();
    await flush();
    callbacks.onValidate();
    await flush();
    expect(calls).toEqual(['validate:0', 'validate:1']);
  });

  it('shows the command’s summary and opens the pane when it says there is something to look at', async () => {
    const { app, win, alerts } = wpsWindow();
    const { deps } = fakeDeps(win);
    let needsPane = false;
    deps.commands.runValidate = async () => ({ summary: '发现 2 个错误、1 个提示', needsPane });
    const callbacks = createRibbonCallbacks(deps);
    callbacks.onValidate();
    await flush();
    expect(app.taskPanes).toHaveLength(0);
    needsPane = true;
    callbacks.onValidate();
    await flush();
    expect(app.taskPanes).toHaveLength(1);
    expect(app.taskPanes[0].Visible).toBe(true);
    expect(alerts).toEqual(['发现 2 个错误、1 个提示', '发现 2 个错误、1 个提示']);
  });

  it('生成说明 reports a failed command in Chinese instead of failing silently', async () => {
    const { win, alerts } = wpsWindow();
    const { deps, calls } = fakeDeps(win);
    createRibbonCallbacks(deps).onGenerate();
    await flush();
    expect(calls).toEqual(['generate:0']);
    expect(alerts).toEqual(['生成说明没有完成：表5 没有找到']);
  });

  it('says what is wrong when no workbook is open, or when not in WPS at all', async () => {
    const { app, win, alerts } = wpsWindow();
    app.workbooks.length = 0;
    const { deps, calls } = fakeDeps(win);
    createRibbonCallbacks(deps).onValidate();
    createRibbonCallbacks({ ...deps, win: { alert: (m: string) => alerts.push(m) } }).onGenerate();
    await flush();
    expect(calls).toEqual([]);
    expect(alerts).toEqual([NO_WORKBOOK_MESSAGE, NO_HOST_MESSAGE]);
  });

  it('打开助手 creates the task pane beside index.html once, then shows the same pane again', () => {
    const { app, win } = wpsWindow();
    const callbacks = createRibbonCallbacks(fakeDeps(win).deps);
    callbacks.onOpenPane();
    expect(app.taskPanes).toHaveLength(1);
    expect(app.taskPanes[0]).toMatchObject({
      url: 'file:///home/clerk/.local/share/Kingsoft/wps/jsaddons/yusuan_gongkai_0.1.0/taskpane.html',
      Visible: true,
      DockPosition: 2,
    });
    app.taskPanes[0].Visible = false;
    callbacks.onOpenPane();
    expect(app.taskPanes).toHaveLength(1);
    expect(app.taskPanes[0].Visible).toBe(true);
  });
});

describe('addinBaseUrl', () => {
  it.each([
    ['http://10.0.0.5/addins/yusuan/index.html?v=2#x', 'http://10.0.0.5/addins/yusuan/'],
    ['file:///C:/Users/a/AppData/Roaming/kingsoft/wps/jsaddons/yusuan_gongkai_0.1.0/index.html', 'file:///C:/Users/a/AppData/Roaming/kingsoft/wps/jsaddons/yusuan_gongkai_0.1.0/'],
  ])('%s → %s', (href, base) => expect(addinBaseUrl(href)).toBe(base));
});
