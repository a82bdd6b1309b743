import {
  Button,
  Caption1,
  Subtitle2,
  Toast,
  ToastBody,
  ToastTitle,
  Toaster,
  makeStyles,
  tokens,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { useState, useSyncExternalStore } from 'react';
import { errorText } from '../../commands/messages';
import { runGenerate, runValidate } from '../../commands/run-commands';
import type { SharedStore } from '../../commands/shared-store';
import { App } from '../../taskpane/App';
import type { PaneServices } from '../../taskpane/services/types';
import type { DemoHost } from './demo-host';
import { DEMO_TEXT } from './demo-text';
import type { DemoWorkbook } from './demo-workbook';
import { SheetView } from './SheetView';

export interface DemoPageProps {
  book: DemoWorkbook;
  host: DemoHost;
  store: SharedStore;
  services: PaneServices;
  /** Whether the pane starts open. Default true. */
  paneOpen?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  ribbon: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  ribbonTab: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1, marginRight: tokens.spacingHorizontalM },
  main: { display: 'flex', flexGrow: 1, minHeight: 0 },
  sheet: { flexGrow: 1, minWidth: 0 },
  pane: {
    width: '380px',
    flexShrink: 0,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
  },
  paneTitle: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  paneBody: { flexGrow: 1, minHeight: 0 },
});

/**
 * The demo: a simulated 预算公开 ribbon tab (the same 校验 / 生成说明 commands Excel and WPS run),
 * the workbook, and the task pane beside it, as in Excel. Ribbon buttons work with the pane closed:
 * a result worth looking at opens it, "未发现问题" comes as a notification.
 */
export function DemoPage({ book, host, store, services, paneOpen = true }: DemoPageProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(paneOpen);
  const [busy, setBusy] = useState(false);
  const toasterId = useId('demo-toaster');
  const { dispatchToast } = useToastController(toasterId);
  useSyncExternalStore(
    (cb) => book.subscribe(cb),
    () => book.version,
  );
  const active = book.sheet(book.activeSheet);

  const notify = (text: string, intent: 'success' | 'info' | 'warning' | 'error') =>
    dispatchToast(
      <Toast data-testid="demo-toast">
        <ToastTitle>{DEMO_TEXT.title}</ToastTitle>
        <ToastBody>{text}</ToastBody>
      </Toast>,
      { intent, timeout: 6000 },
    );

  const ribbon = async (action: string, run: () => Promise<{ summary: string; needsPane: boolean }>) => {
    if (busy) return;
    setBusy(true);
    try {
      const outcome = await run();
      if (outcome.needsPane) setOpen(true);
      else notify(outcome.summary, 'success');
    } catch (e) {
      notify(DEMO_TEXT.failed(action, errorText(e)), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Toaster toasterId={toasterId} position="top-end" />
      <header className={styles.header}>
        <Subtitle2>{DEMO_TEXT.title}</Subtitle2>
        <Caption1>{DEMO_TEXT.subtitle(book.name)}</Caption1>
      </header>
      <div className={styles.ribbon} role="toolbar" aria-label={DEMO_TEXT.ribbonTab} data-testid="demo-ribbon">
        <span className={styles.ribbonTab}>{DEMO_TEXT.ribbonTab}</span>
        <Button size="small" disabled={busy} data-ribbon="validate" onClick={() => ribbon(DEMO_TEXT.validate, () => runValidate(host, undefined, { store, origin: 'ribbon' }))}>
          {DEMO_TEXT.validate}
        </Button>
        <Button size="small" disabled={busy} data-ribbon="generate" onClick={() => ribbon(DEMO_TEXT.generate, () => runGenerate(host, undefined, { store, origin: 'ribbon' }))}>
          {DEMO_TEXT.generate}
        </Button>
        <Button size="small" data-ribbon="pane" onClick={() => setOpen((o) => !o)}>
          {open ? DEMO_TEXT.closePane : DEMO_TEXT.openPane}
        </Button>
        {active && (
          <Button size="small" appearance="subtle" data-ribbon="protect" onClick={() => book.setProtected(active.name, !active.protected)}>
            {active.protected ? DEMO_TEXT.unprotect : DEMO_TEXT.protect}
          </Button>
        )}
        {busy && <Caption1>{DEMO_TEXT.busy}</Caption1>}
      </div>
      <div className={styles.main}>
        <div className={styles.sheet}>
          <SheetView book={book} host={host} />
        </div>
        {open && (
          <aside className={styles.pane} data-testid="demo-pane">
            <div className={styles.paneBody}>
              <App host={host} store={store} services={services} />
            </div>
          </aside>
        )}
      </div>
    </div>
  );
}
