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
import { useRef, useState, useSyncExternalStore, type DragEvent } from 'react';
import { errorText } from '../app/messages';
import { runGenerate, runValidate } from '../app/run-commands';
import type { SharedStore } from '../app/shared-store';
import { App } from '../taskpane/App';
import type { PaneServices } from '../taskpane/services/types';
import type { DemoHost } from '../hosts/demo/demo-host';
import { DEMO_TEXT } from './demo-text';
import type { DemoWorkbook } from '../hosts/demo/demo-workbook';
import { SheetView } from './SheetView';

export interface DemoPageProps {
  /** The workbook shown; absent until the clerk opens one (the page opened from disk has no sample). */
  book?: DemoWorkbook;
  host?: DemoHost;
  store?: SharedStore;
  services: PaneServices;
  /** Whether the pane starts open. Default true. */
  paneOpen?: boolean;
  /** Whether the workbook is the built-in sample (the subtitle says what it is). */
  sample?: boolean;
  /** Why there is no workbook yet, shown where the sheet would be. */
  loadNote?: string;
  /** Reads a dropped or picked .xlsx in the page; rejects with the one line to show. */
  onOpenFile?: (file: File) => Promise<void>;
  /** Saves the workbook as it is now (marks, filled cells, 情况说明) as .xlsx. */
  onSave?: () => Promise<void>;
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
  empty: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    rowGap: tokens.spacingVerticalM,
    color: tokens.colorNeutralForeground2,
  },
  dropping: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  spacer: { flexGrow: 1 },
});

/**
 * The demo: a simulated 预算公开 ribbon tab (the same 校验 / 生成说明 commands Excel and WPS run),
 * the workbook, and the task pane beside it, as in Excel. Ribbon buttons work with the pane closed:
 * a result worth looking at opens it, "未发现问题" comes as a notification.
 */
export function DemoPage({ book, host, store, services, paneOpen = true, sample = true, loadNote, onOpenFile, onSave }: DemoPageProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(paneOpen);
  const [busy, setBusy] = useState(false);
  const [dropping, setDropping] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const toasterId = useId('demo-toaster');
  const { dispatchToast } = useToastController(toasterId);
  useSyncExternalStore(
    (cb) => (book ? book.subscribe(cb) : () => undefined),
    () => book?.version ?? -1,
  );
  const active = book?.sheet(book.activeSheet);

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

  const openFile = async (file: File | undefined) => {
    if (!file || !onOpenFile || busy) return;
    if (!/\.xlsx$/i.test(file.name)) {
      notify(DEMO_TEXT.notXlsx(file.name), 'error');
      return;
    }
    setBusy(true);
    try {
      await onOpenFile(file);
    } catch (e) {
      notify(DEMO_TEXT.openFailed(file.name, errorText(e)), 'error');
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!onSave || busy) return;
    setBusy(true);
    try {
      await onSave();
    } catch (e) {
      notify(DEMO_TEXT.failed(DEMO_TEXT.save, errorText(e)), 'error');
    } finally {
      setBusy(false);
    }
  };

  const onDragOver = (e: DragEvent) => {
    if (!onOpenFile || !Array.from(e.dataTransfer.types).includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDropping(true);
  };
  const onDrop = (e: DragEvent) => {
    if (!onOpenFile) return;
    e.preventDefault();
    setDropping(false);
    void openFile(e.dataTransfer.files[0]);
  };

  return (
    <div
      className={`${styles.root}${dropping ? ` ${styles.dropping}` : ''}`}
      data-testid="demo-page"
      onDragOver={onDragOver}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <Toaster toasterId={toasterId} position="top-end" />
      <header className={styles.header}>
        <Subtitle2>{DEMO_TEXT.title}</Subtitle2>
        <Caption1 data-testid="demo-subtitle">{book ? (sample ? DEMO_TEXT.subtitle(book.name) : DEMO_TEXT.subtitleOpened(book.name)) : DEMO_TEXT.noWorkbook}</Caption1>
      </header>
      <div className={styles.ribbon} role="toolbar" aria-label={DEMO_TEXT.ribbonTab} data-testid="demo-ribbon">
        <span className={styles.ribbonTab}>{DEMO_TEXT.ribbonTab}</span>
        {onOpenFile && (
          <>
            <input
              ref={picker}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              hidden
              data-testid="open-file-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                void openFile(file);
              }}
            />
            <Button size="small" disabled={busy} data-ribbon="open" onClick={() => picker.current?.click()}>
              {DEMO_TEXT.open}
            </Button>
          </>
        )}
        {onSave && book && (
          <Button size="small" disabled={busy} data-ribbon="save" onClick={() => void save()}>
            {DEMO_TEXT.save}
          </Button>
        )}
        {book && host && store && (
          <>
            <Button size="small" disabled={busy} data-ribbon="validate" onClick={() => ribbon(DEMO_TEXT.validate, () => runValidate(host, undefined, { store, origin: 'ribbon' }))}>
              {DEMO_TEXT.validate}
            </Button>
            <Button size="small" disabled={busy} data-ribbon="generate" onClick={() => ribbon(DEMO_TEXT.generate, () => runGenerate(host, undefined, { store, origin: 'ribbon' }))}>
              {DEMO_TEXT.generate}
            </Button>
            <Button size="small" data-ribbon="pane" onClick={() => setOpen((o) => !o)}>
              {open ? DEMO_TEXT.closePane : DEMO_TEXT.openPane}
            </Button>
          </>
        )}
        {book && active && (
          <Button size="small" appearance="subtle" data-ribbon="protect" onClick={() => book.setProtected(active.name, !active.protected)}>
            {active.protected ? DEMO_TEXT.unprotect : DEMO_TEXT.protect}
          </Button>
        )}
        {busy && <Caption1>{DEMO_TEXT.busy}</Caption1>}
        <span className={styles.spacer} />
        {onOpenFile && <Caption1>{DEMO_TEXT.local}</Caption1>}
      </div>
      <div className={styles.main}>
        {book && host && store ? (
          <div className={styles.sheet}>
            <SheetView book={book} host={host} />
          </div>
        ) : (
          <div className={styles.empty} data-testid="demo-empty">
            <Subtitle2>{DEMO_TEXT.dropHere}</Subtitle2>
            {onOpenFile && (
              <Button appearance="primary" onClick={() => picker.current?.click()}>
                {DEMO_TEXT.open}
              </Button>
            )}
            {loadNote && <Caption1>{loadNote}</Caption1>}
          </div>
        )}
        {open && book && host && store && (
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
