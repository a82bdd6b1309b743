import type { WorkbookGrid } from '../engine';
import { DEFAULT_PANE_SETTINGS, normalizePaneSettings, type PaneSettings } from './pane-settings';
import type { ValidationReport } from './report';
import type { NarrativeReport } from './narrative-report';

/**
 * How a ribbon button hands its result to the task pane, and how the pane's settings reach the
 * ribbon buttons.
 *
 * Ribbon commands and the pane are not always in one page: an Excel without the shared runtime
 * runs commands in a hidden function-file page, and the WPS ribbon has its own page. All of them
 * are served from one origin, so `localStorage` is common to them, and a write in one page fires
 * the `storage` event in the others. In one page (the shared runtime, the demo) listeners are told
 * directly. Where storage is unavailable (disabled, a file:// page that refuses it) the store keeps
 * values in memory: the pane still works, a separate ribbon page just cannot hand results over.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StoreKey = 'settings' | 'validation' | 'narrative' | 'prior-file';

const PREFIX = 'yusuan-gongkai.';

/** Last year's workbook picked from disk, as the engine reads it. */
export interface StoredPriorFile {
  name: string;
  grid: WorkbookGrid;
}

export class MemoryStorage implements KeyValueStorage {
  private readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.has(key) ? this.map.get(key)! : null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

interface StorageEventTarget {
  addEventListener(type: 'storage', listener: (e: { key: string | null }) => void): void;
  removeEventListener(type: 'storage', listener: (e: { key: string | null }) => void): void;
}

export class SharedStore {
  private readonly listeners = new Set<(key: StoreKey) => void>();
  /** Values too large for storage (a big prior workbook) stay here, in this page only. */
  private readonly memory = new MemoryStorage();

  constructor(
    private readonly storage: KeyValueStorage = new MemoryStorage(),
    private readonly events?: StorageEventTarget,
  ) {}

  getSettings(): PaneSettings {
    return normalizePaneSettings(this.read('settings') ?? DEFAULT_PANE_SETTINGS);
  }

  setSettings(settings: PaneSettings): void {
    this.write('settings', normalizePaneSettings(settings));
  }

  getValidation(): ValidationReport | undefined {
    const v = this.read('validation') as ValidationReport | undefined;
    // A report stored by an earlier version (causes by finding id, or none) is not shown: 校验 again makes a new one.
    const current = v && v.kind === 'validation' && Array.isArray(v.findings) && Array.isArray(v.causes) && v.causes.every((c) => c.findings.every((i) => typeof i === 'number'));
    return current ? v : undefined;
  }

  setValidation(report: ValidationReport): void {
    this.write('validation', report);
  }

  getNarrative(): NarrativeReport | undefined {
    const v = this.read('narrative') as NarrativeReport | undefined;
    return v && v.kind === 'narrative' && typeof v.text === 'string' ? v : undefined;
  }

  setNarrative(report: NarrativeReport): void {
    this.write('narrative', report);
  }

  getPriorFile(): StoredPriorFile | undefined {
    const v = this.read('prior-file') as StoredPriorFile | undefined;
    return v && typeof v.name === 'string' && v.grid && Array.isArray(v.grid.sheets) ? v : undefined;
  }

  /** Keeps last year's workbook; `persisted` is false when it only fits in this page's memory. */
  setPriorFile(file: StoredPriorFile | undefined): { persisted: boolean } {
    if (!file) {
      this.remove('prior-file');
      return { persisted: true };
    }
    return { persisted: this.write('prior-file', file) };
  }

  /** Calls `listener` when a value changes, here or in another page of the add-in. */
  subscribe(listener: (key: StoreKey) => void): () => void {
    this.listeners.add(listener);
    const onStorage = (e: { key: string | null }) => {
      if (e.key && e.key.startsWith(PREFIX)) listener(e.key.slice(PREFIX.length) as StoreKey);
    };
    this.events?.addEventListener('storage', onStorage);
    return () => {
      this.listeners.delete(listener);
      this.events?.removeEventListener('storage', onStorage);
    };
  }

  private read(key: StoreKey): unknown {
    const text = this.memory.getItem(PREFIX + key) ?? safeGet(this.storage, PREFIX + key);
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }

  /** Returns whether the value reached the shared storage (false: kept in this page's memory). */
  private write(key: StoreKey, value: unknown): boolean {
    const text = JSON.stringify(value);
    let persisted = true;
    try {
      this.storage.setItem(PREFIX + key, text);
      this.memory.removeItem(PREFIX + key);
    } catch {
      // Quota exceeded or storage refused: keep it for this page, and drop a stale shared copy.
      persisted = false;
      this.memory.setItem(PREFIX + key, text);
      try {
        this.storage.removeItem(PREFIX + key);
      } catch {
        /* nothing shared to drop */
      }
    }
    this.notify(key);
    return persisted;
  }

  private remove(key: StoreKey): void {
    this.memory.removeItem(PREFIX + key);
    try {
      this.storage.removeItem(PREFIX + key);
    } catch {
      /* storage refused: the memory copy is gone, which is what the pane reads first */
    }
    this.notify(key);
  }

  private notify(key: StoreKey): void {
    for (const l of Array.from(this.listeners)) l(key);
  }
}

function safeGet(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** The page's localStorage when it can be used, else undefined. */
export function browserStorage(win: unknown = globalThis): KeyValueStorage | undefined {
  try {
    const storage = (win as { localStorage?: KeyValueStorage }).localStorage;
    if (!storage) return undefined;
    const probe = `${PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

let shared: SharedStore | undefined;

/** One store per page, so commands and the pane in a shared runtime hear each other directly. */
export function getSharedStore(): SharedStore {
  if (!shared) {
    const win = globalThis as unknown as Partial<StorageEventTarget>;
    const events = typeof win.addEventListener === 'function' ? (win as StorageEventTarget) : undefined;
    shared = new SharedStore(browserStorage() ?? new MemoryStorage(), events);
  }
  return shared;
}
