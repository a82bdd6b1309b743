/**
 * Entry of demo.html (npm run demo, or dist/demo.html opened from disk or an intranet server): the
 * sample workbook (demo-workbook.json, parsed at build time from examples/source/changji-2023.txt)
 * or any .xlsx the clerk drops or picks, in a simulated spreadsheet beside the task pane; the
 * marked and filled workbook saves as .xlsx. Files are read and written in the page: nothing is
 * uploaded, and nothing is fetched but the page's own files from where it came from.
 */
import { createRoot } from 'react-dom/client';
import { useCallback, useState } from 'react';
import { MemoryStorage, SharedStore } from '../app/shared-store';
import { browserServices } from '../taskpane/services/browser-services';
import { PaneRoot } from '../taskpane/PaneRoot';
import { createDemoHost, type DemoHost } from '../hosts/demo/demo-host';
import { DEMO_TEXT } from './demo-text';
import { DemoPage } from './DemoPage';
import { DemoWorkbook, type DemoWorkbookData } from '../hosts/demo/demo-workbook';

const WORKBOOK_URL = 'demo-workbook.json';
/** Each call to the demo host waits this long, so progress shows as against a real spreadsheet. */
const LATENCY_MS = 120;

interface Opened {
  book: DemoWorkbook;
  host: DemoHost;
  store: SharedStore;
  /** The bytes of the file the clerk opened; absent for the built-in sample. */
  original?: Uint8Array;
  /** A new key for each workbook, so the pane starts afresh on it. */
  id: number;
}

let opened = 0;

function open(book: DemoWorkbook, original?: Uint8Array): Opened {
  // Each workbook starts with its own results: nothing is kept across files or reloads.
  return { book, host: createDemoHost(book, { latencyMs: LATENCY_MS }), store: new SharedStore(new MemoryStorage()), original, id: ++opened };
}

async function exceljs(): Promise<typeof import('exceljs')> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
  return mod.default ?? mod;
}

function Root({ initial, loadNote }: { initial?: Opened; loadNote?: string }) {
  const [current, setCurrent] = useState<Opened | undefined>(initial);
  const services = browserServices();
  const openFile = useCallback(async (file: File) => {
    const { demoWorkbookFromXlsx } = await import(/* webpackChunkName: "demo-xlsx" */ '../hosts/demo/demo-xlsx');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const book = await demoWorkbookFromXlsx(await exceljs(), bytes, file.name);
    setCurrent(open(book, bytes));
  }, []);
  const save = useCallback(async () => {
    if (!current) return;
    const { demoWorkbookToXlsx, DEMO_XLSX_TEXT } = await import(/* webpackChunkName: "demo-xlsx" */ '../hosts/demo/demo-xlsx');
    const bytes = await demoWorkbookToXlsx(await exceljs(), current.book, current.original);
    const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    services.download(blob, DEMO_XLSX_TEXT.savedName(current.book.name));
  }, [current, services]);
  return (
    <DemoPage
      key={current?.id ?? 0}
      book={current?.book}
      host={current?.host}
      store={current?.store}
      services={services}
      sample={current ? !current.original : false}
      loadNote={current ? undefined : loadNote}
      onOpenFile={openFile}
      onSave={save}
    />
  );
}

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  document.title = DEMO_TEXT.title;
  let initial: Opened | undefined;
  let loadNote: string | undefined;
  try {
    const response = await fetch(WORKBOOK_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    initial = open(new DemoWorkbook((await response.json()) as DemoWorkbookData));
  } catch (e) {
    // Opened from disk (file://) the sample cannot be fetched; the page still opens the clerk's own file.
    loadNote = DEMO_TEXT.loadFailed(e instanceof Error ? e.message : String(e));
  }
  root.render(
    <PaneRoot>
      <Root initial={initial} loadNote={loadNote} />
    </PaneRoot>,
  );
}

void start();
