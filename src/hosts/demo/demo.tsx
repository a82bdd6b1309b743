/**
 * Entry of demo.html (npm run demo): the sample workbook, parsed at build time from
 * examples/source/changji-2023.txt into demo-workbook.json, in a simulated spreadsheet beside the
 * task pane. Nothing is fetched but that file, from the same server.
 */
import { createRoot } from 'react-dom/client';
import { MemoryStorage, SharedStore } from '../../commands/shared-store';
import { browserServices } from '../../taskpane/services/browser-services';
import { PaneRoot } from '../../taskpane/PaneRoot';
import { createDemoHost } from './demo-host';
import { DEMO_TEXT } from './demo-text';
import { DemoPage } from './DemoPage';
import { DemoWorkbook, type DemoWorkbookData } from './demo-workbook';

const WORKBOOK_URL = 'demo-workbook.json';
/** Each call to the demo host waits this long, so progress shows as against a real spreadsheet. */
const LATENCY_MS = 120;

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  let data: DemoWorkbookData;
  try {
    const response = await fetch(WORKBOOK_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    data = (await response.json()) as DemoWorkbookData;
  } catch (e) {
    root.render(<p style={{ padding: 16 }}>{DEMO_TEXT.loadFailed(e instanceof Error ? e.message : String(e))}</p>);
    return;
  }
  document.title = DEMO_TEXT.title;
  const book = new DemoWorkbook(data);
  const host = createDemoHost(book, { latencyMs: LATENCY_MS });
  // Each visit starts from the sample as published: results are not kept across reloads.
  const store = new SharedStore(new MemoryStorage());
  root.render(
    <PaneRoot>
      <DemoPage book={book} host={host} store={store} services={browserServices()} />
    </PaneRoot>,
  );
}

void start();
