import {
  COMMAND_IDS,
  createExcelCommandHandlers,
  noticeHref,
  registerExcelCommands,
  type CommandEvent,
  type ExcelCommandDeps,
  type OfficeCommandApi,
} from '../../src/commands/excel-commands';
import { DEFAULT_PANE_SETTINGS } from '../../src/app/pane-settings';
import { MemoryStorage, SharedStore } from '../../src/app/shared-store';
import { getProfile, registerProfile } from '../../src/engine';
import { createDemoHost } from '../../src/hosts/demo/demo-host';
import { DemoWorkbook } from '../../src/hosts/demo/demo-workbook';
import type { WorkbookHost } from '../../src/hosts/host';
import { sampleGrid } from '../support/workbooks';

/** Just enough of Office.js for the commands: requirement sets, showAsTaskpane, the dialog API. */
function fakeOffice(options: { sharedRuntime: boolean; showFails?: boolean }) {
  const dialogs: string[] = [];
  const associated = new Map<string, (e: CommandEvent) => unknown>();
  let shown = 0;
  const office: OfficeCommandApi = {
    actions: { associate: (name, handler) => associated.set(name, handler) },
    addin: {
      showAsTaskpane: async () => {
        if (options.showFails) throw new Error('not in a shared runtime');
        shown += 1;
      },
    },
    context: {
      requirements: { isSetSupported: (name) => (name === 'SharedRuntime' ? options.sharedRuntime : true) },
      ui: {
        displayDialogAsync: (url, _opts, callback) => {
          dialogs.push(new URL(url).searchParams.get('m') ?? '');
          const handlers: Array<(arg: unknown) => void> = [];
          callback({
            status: 'succeeded',
            value: { addEventHandler: (_t, h) => handlers.push(h), close: () => undefined },
          });
          // The clerk reads the notice and clicks 确定.
          setTimeout(() => handlers.forEach((h) => h({ message: 'close' })), 0);
        },
      },
    },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    AsyncResultStatus: { Succeeded: 'succeeded' },
  };
  return { office, dialogs, associated, shownCount: () => shown };
}

function event() {
  let completed = 0;
  return { e: { completed: () => (completed += 1) } as CommandEvent, count: () => completed };
}

function deps(office: OfficeCommandApi, host: WorkbookHost, store = new SharedStore(new MemoryStorage())): ExcelCommandDeps {
  return { office, getHost: () => host, store, noticeUrl: 'https://localhost:3000/notice.html' };
}

describe('Excel ribbon commands', () => {
  it('registers validate and generateNarrative under the manifest’s function names', () => {
    const { office, associated } = fakeOffice({ sharedRuntime: false });
    expect(registerExcelCommands(deps(office, createDemoHost(new DemoWorkbook({ grid: sampleGrid() }))))).toBe(true);
    expect(Array.from(associated.keys()).sort()).toEqual([COMMAND_IDS.generate, COMMAND_IDS.validate].sort());
    expect(registerExcelCommands(deps({ context: office.context }, createDemoHost(new DemoWorkbook({ grid: sampleGrid() }))))).toBe(false);
  });

  it('opens the pane on the findings with the shared runtime, and completes once', async () => {
    const { office, dialogs, shownCount } = fakeOffice({ sharedRuntime: true });
    const store = new SharedStore(new MemoryStorage());
    const handlers = createExcelCommandHandlers(deps(office, createDemoHost(new DemoWorkbook({ grid: sampleGrid() })), store));
    const ev = event();
    await handlers.validate(ev.e);
    expect(shownCount()).toBe(1);
    expect(dialogs).toEqual([]);
    expect(ev.count()).toBe(1);
    expect(store.getValidation()?.origin).toBe('ribbon');
    expect(store.getValidation()?.findings.length).toBeGreaterThan(0);
  });

  it('without the shared runtime says the counts in a notice and where to see them', async () => {
    const { office, dialogs, shownCount } = fakeOffice({ sharedRuntime: false });
    const handlers = createExcelCommandHandlers(deps(office, createDemoHost(new DemoWorkbook({ grid: sampleGrid() }))));
    const ev = event();
    await handlers.validate(ev.e);
    expect(shownCount()).toBe(0);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toMatch(/发现 \d+ 个错误/);
    expect(dialogs[0]).toContain('打开助手');
    expect(ev.count()).toBe(1);
  });

  it('falls back to the notice when showAsTaskpane fails', async () => {
    const { office, dialogs } = fakeOffice({ sharedRuntime: true, showFails: true });
    const handlers = createExcelCommandHandlers(deps(office, createDemoHost(new DemoWorkbook({ grid: sampleGrid() }))));
    const ev = event();
    await handlers.validate(ev.e);
    expect(dialogs).toHaveLength(1);
    expect(ev.count()).toBe(1);
  });

  it('says 未发现问题 in a notice, not the pane, when all is well', async () => {
    const national = getProfile('national-2023');
    registerProfile({ id: 'test-commands-t10', name: '仅表10', tables: national.tables.filter((t) => t.id === 'T10'), relations: [] });
    const store = new SharedStore(new MemoryStorage());
    store.setSettings({ ...DEFAULT_PANE_SETTINGS, engine: { ...DEFAULT_PANE_SETTINGS.engine, profile: 'test-commands-t10' } });
    const only10 = new DemoWorkbook({ grid: { sheets: sampleGrid().sheets.filter((s) => s.name === '三公经费') } });
    const { office, dialogs, shownCount } = fakeOffice({ sharedRuntime: true });
    const handlers = createExcelCommandHandlers(deps(office, createDemoHost(only10), store));
    const ev = event();
    await handlers.validate(ev.e);
    expect(shownCount()).toBe(0);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toMatch(/^未发现问题/);
    expect(ev.count()).toBe(1);
  });

  it('reports a failure in a notice and still completes', async () => {
    const { office, dialogs } = fakeOffice({ sharedRuntime: true });
    const broken = { ...createDemoHost(new DemoWorkbook({ grid: sampleGrid() })), readWorkbook: async () => { throw new Error('工作簿已关闭'); } } as unknown as WorkbookHost;
    const handlers = createExcelCommandHandlers(deps(office, broken));
    const ev = event();
    await handlers.generate(ev.e);
    expect(dialogs).toEqual(['生成说明没有完成：工作簿已关闭']);
    expect(ev.count()).toBe(1);
  });

  it('refuses to run before the requirement check passes', async () => {
    const { office, dialogs } = fakeOffice({ sharedRuntime: true });
    const d = { ...deps(office, createDemoHost(new DemoWorkbook({ grid: sampleGrid() }))), checkRequirements: () => ({ ok: false as const, message: '当前 Excel 版本过旧' }) };
    const ev = event();
    await createExcelCommandHandlers(d).validate(ev.e);
    expect(dialogs).toEqual(['当前 Excel 版本过旧']);
    expect(ev.count()).toBe(1);
  });

  it('puts title and message in the notice page’s query string', () => {
    const url = new URL(noticeHref('https://localhost:3000/notice.html', '未发现问题：全部通过。\n第二行'));
    expect(url.pathname).toBe('/notice.html');
    expect(url.searchParams.get('m')).toBe('未发现问题：全部通过。\n第二行');
    expect(url.searchParams.get('t')).toBe('预算公开助手');
  });
});
