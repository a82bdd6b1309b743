import { DEFAULT_PANE_SETTINGS } from '../../src/app/pane-settings';
import { MemoryStorage, SharedStore, browserStorage, type KeyValueStorage } from '../../src/app/shared-store';
import type { ValidationReport } from '../../src/app/report';

function report(findings = 0): ValidationReport {
  return {
    kind: 'validation',
    at: '2023-03-01T08:00:00.000Z',
    origin: 'ribbon',
    profile: { id: 'national-2023', name: '全国2023', kind: '预算', reason: '' },
    tables: [],
    missing: [],
    issues: [],
    checkNotes: [],
    skipped: [],
    findings: Array.from({ length: findings }, (_, i) => ({
      ruleId: 'row-sum',
      severity: 'error' as const,
      severityLabel: '错误',
      message: `问题${i + 1}`,
      tables: ['T3'],
      unit: '万元' as const,
      sides: [],
    })),
    causes: Array.from({ length: findings }, (_, i) => ({ kind: 'single' as const, severity: 'error' as const, severityLabel: '错误', message: `问题${i + 1}`, findings: [i] })),
    counts: { error: findings, warning: 0, causes: { error: findings, warning: 0 } },
    marks: { ok: true, cells: findings },
  };
}

/** Two pages of one origin: one storage, and a storage event in every page but the writer. */
function twoPages() {
  const storage = new MemoryStorage();
  const listeners: Array<{ page: number; fn: (e: { key: string | null }) => void }> = [];
  const page = (n: number) => ({
    addEventListener: (_t: 'storage', fn: (e: { key: string | null }) => void) => listeners.push({ page: n, fn }),
    removeEventListener: (_t: 'storage', fn: (e: { key: string | null }) => void) => {
      const i = listeners.findIndex((l) => l.fn === fn);
      if (i >= 0) listeners.splice(i, 1);
    },
  });
  const shared: KeyValueStorage = {
    getItem: (k) => storage.getItem(k),
    removeItem: (k) => storage.removeItem(k),
    setItem: (k, v) => {
      storage.setItem(k, v);
      for (const l of listeners.filter((x) => x.page !== writer)) l.fn({ key: k });
    },
  };
  let writer = 0;
  const stores = [new SharedStore(shared, page(0)), new SharedStore(shared, page(1))];
  return { stores, as: (n: number) => (writer = n) };
}

describe('SharedStore', () => {
  it('hands a ribbon result to the pane in another page through storage and its event', () => {
    const { stores, as } = twoPages();
    const [ribbon, pane] = stores;
    const heard: string[] = [];
    pane.subscribe((key) => heard.push(key));
    as(0);
    ribbon.setValidation(report(2));
    expect(heard).toEqual(['validation']);
    expect(pane.getValidation()?.findings.map((f) => f.message)).toEqual(['问题1', '问题2']);
  });

  it('tells listeners in the same page directly (the shared runtime)', () => {
    const store = new SharedStore(new MemoryStorage());
    const heard: string[] = [];
    const stop = store.subscribe((key) => heard.push(key));
    store.setSettings({ ...DEFAULT_PANE_SETTINGS, prior: { kind: 'none' } });
    stop();
    store.setValidation(report());
    expect(heard).toEqual(['settings']);
    expect(store.getSettings().prior).toEqual({ kind: 'none' });
  });

  it('keeps a value too large for storage in this page, and says so', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = new SharedStore(full);
    const grid = { name: '2022.xlsx', sheets: [{ name: '表1', cells: [['表1']] }] };
    expect(store.setPriorFile({ name: '2022.xlsx', grid })).toEqual({ persisted: false });
    expect(store.getPriorFile()?.grid).toEqual(grid);
    store.setPriorFile(undefined);
    expect(store.getPriorFile()).toBeUndefined();
  });

  it('ignores stored values that are not what it wrote', () => {
    const storage = new MemoryStorage();
    storage.setItem('yusuan-gongkai.validation', '{not json');
    storage.setItem('yusuan-gongkai.narrative', JSON.stringify({ kind: 'something-else' }));
    const store = new SharedStore(storage);
    expect(store.getValidation()).toBeUndefined();
    expect(store.getNarrative()).toBeUndefined();
    expect(store.getSettings()).toEqual(DEFAULT_PANE_SETTINGS);
  });

  it('uses the page storage only when it works', () => {
    expect(browserStorage({})).toBeUndefined();
    const refusing = { localStorage: { getItem: () => null, removeItem: () => undefined, setItem: () => { throw new Error('SecurityError'); } } };
    expect(browserStorage(refusing)).toBeUndefined();
    const ok = new MemoryStorage();
    expect(browserStorage({ localStorage: ok })).toBe(ok);
  });
});
