/**
 * Entry of taskpane.html. Finds out where it runs (WPS, Excel, or a plain browser), then shows the
 * pane over that host inside Fluent's provider. In Excel it also registers the ribbon commands, so
 * with the shared runtime the ribbon buttons and the pane share this page, its host and its store.
 */
import { createRoot } from 'react-dom/client';
import { registerExcelCommands, type OfficeCommandApi } from '../commands/excel-commands';
import { getSharedStore } from '../app/shared-store';
import { detectHost } from '../hosts/detect';
import { createExcelHost } from '../hosts/excel/excel-host';
import { checkRequirements } from '../hosts/excel/requirements';
import type { WorkbookHost } from '../hosts/host';
import { createWpsHost } from '../hosts/wps/wps-host';
import { App } from './App';
import { NoHost } from './components/NoHost';
import { PaneRoot } from './PaneRoot';
import { browserServices } from './services/browser-services';

const DEMO_PAGE = 'demo.html';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const detection = await detectHost(window);
  let host: WorkbookHost;
  if (detection.kind === 'excel') {
    const check = checkRequirements(Office);
    if (!check.ok) {
      root.render(<PaneRoot><NoHost message={check.message} /></PaneRoot>);
      return;
    }
    const excel = createExcelHost();
    host = excel;
    registerExcelCommands({
      getHost: () => excel,
      office: Office as unknown as OfficeCommandApi,
      noticeUrl: new URL('notice.html', window.location.href).toString(),
      checkRequirements: () => checkRequirements(Office),
    });
  } else if (detection.kind === 'wps') {
    host = createWpsHost(detection.application);
  } else {
    root.render(<PaneRoot><NoHost message={detection.message} demoHref={DEMO_PAGE} /></PaneRoot>);
    return;
  }
  root.render(
    <PaneRoot>
      <App host={host} store={getSharedStore()} services={browserServices()} />
    </PaneRoot>,
  );
}

void start();
