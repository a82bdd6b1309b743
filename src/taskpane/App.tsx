import { Tab, TabList } from '@fluentui/react-components';
import { listProfiles } from '../engine';
import type { SharedStore } from '../app/shared-store';
import type { WorkbookHost } from '../hosts/host';
import { useAppStyles } from './App.styles';
import { ActionBar } from './components/ActionBar';
import { ConflictDialog } from './components/ConflictDialog';
import { FillPanel } from './components/FillPanel';
import { FindingsList } from './components/FindingsList';
import { NarrativeCheck } from './components/NarrativeCheck';
import { NarrativePanel } from './components/NarrativePanel';
import { RunStatus } from './components/RunStatus';
import { SettingsPanel } from './components/SettingsPanel';
import { TablesList } from './components/TablesList';
import type { PaneServices } from './services/types';
import { S } from './strings';
import { usePaneController, type PaneTab } from './use-pane-controller';

export interface AppProps {
  /** The workbook: Excel, WPS or the demo. */
  host: WorkbookHost;
  /** Where ribbon results and settings are shared (getSharedStore() in a page). */
  store: SharedStore;
  /** Files, clipboard, downloads (browserServices() in a page). */
  services: PaneServices;
}

/** The task pane: actions on top, then findings, tables, 占比/同比, 情况说明 (the generated text and 核对) and settings as tabs. */
export function App({ host, store, services }: AppProps) {
  const styles = useAppStyles();
  const c = usePaneController(host, store, services);
  const s = c.state;

  return (
    <div className={styles.root} data-testid="pane" data-busy={s.busy ?? ''}>
      <ActionBar
        busy={s.busy}
        undoLabel={s.history[0]?.label}
        onValidate={c.validate}
        onGenerate={c.generate}
        onClearMarks={c.clearMarks}
        onUndo={c.undo}
      />
      <RunStatus progress={s.progress} message={s.message} onDismiss={c.dismissMessage} />
      <TabList className={styles.tabs} selectedValue={s.tab} onTabSelect={(_e, d) => c.setTab(d.value as PaneTab)} size="small">
        <Tab value="findings">
          {S.tabs.findings}
          {s.validation && s.validation.findings.length > 0 ? `（${s.validation.findings.length}）` : ''}
        </Tab>
        <Tab value="tables">{S.tabs.tables}</Tab>
        <Tab value="fill">{S.tabs.fill}</Tab>
        <Tab value="narrative">{S.tabs.narrative}</Tab>
        <Tab value="settings">{S.tabs.settings}</Tab>
      </TabList>
      <div className={styles.body} role="tabpanel">
        {s.tab === 'findings' && <FindingsList report={s.validation} selected={s.selectedFinding} onSelect={c.selectFinding} />}
        {s.tab === 'tables' && <TablesList report={s.validation} onLocate={c.locateTable} />}
        {s.tab === 'fill' && <FillPanel plan={s.fillPlan} busy={s.busy !== null} onPlan={c.planFill} onFill={c.fill} />}
        {s.tab === 'narrative' && (
          <>
            <NarrativePanel
              report={s.narrative}
              busy={s.busy !== null}
              onDownload={c.downloadDocx}
              onCopy={c.copyNarrative}
              onWriteAnyway={c.writeNarrativeAnyway}
            />
            <NarrativeCheck
              input={s.checkInput}
              sheetNames={s.sheetNames}
              report={s.narrativeCheck}
              busy={s.busy !== null}
              selectedId={s.selectedCheckId}
              onInput={c.setCheckInput}
              onCheck={c.checkNarrative}
              onSelect={c.selectCheckFinding}
            />
          </>
        )}
        {s.tab === 'settings' && (
          <SettingsPanel
            settings={s.settings}
            sheetNames={s.sheetNames.length ? s.sheetNames : Array.from(new Set((s.validation?.tables ?? []).map((t) => t.sheet)))}
            profiles={listProfiles()}
            priorFile={s.priorFile}
            onSave={c.saveSettings}
            onPickPriorFile={c.pickPriorFile}
            onRemovePriorFile={c.removePriorFile}
          />
        )}
      </div>
      <ConflictDialog
        open={!!s.conflict}
        kind={s.conflict?.kind}
        conflicts={s.conflict?.conflicts ?? []}
        onConfirm={() => s.conflict?.resolve(true)}
        onCancel={() => s.conflict?.resolve(false)}
      />
    </div>
  );
}
