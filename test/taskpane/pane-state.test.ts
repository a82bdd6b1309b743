import { DEFAULT_PANE_SETTINGS } from '../../src/app/pane-settings';
import { buildValidationReport, type ValidationReport } from '../../src/app/report';
import { analysisReport, analyzeWorkbook } from '../../src/engine';
import { initialPaneState, paneReducer, type PaneState } from '../../src/taskpane/state/pane-state';
import { sampleGrid } from '../support/workbooks';

const idle = (): PaneState => initialPaneState({ settings: DEFAULT_PANE_SETTINGS, priorFile: {}, history: [] });
const report = (origin: ValidationReport['origin']): ValidationReport =>
  buildValidationReport(analysisReport(analyzeWorkbook(sampleGrid())), { origin, marks: { ok: true, cells: 0 }, at: new Date('2024-03-01T08:05:00Z') });
const entry = { id: '1', label: '填充占比', at: '2024-03-01T08:05:00Z', cells: 4 };

describe('paneReducer', () => {
  it('runs one action: started clears the last message, progress shows, finished leaves its result and the history', () => {
    let s = paneReducer({ ...idle(), message: { intent: 'info', text: '旧消息' } }, { type: 'started', busy: 'fill' });
    expect(s).toMatchObject({ busy: 'fill', message: undefined, progress: undefined });
    s = paneReducer(s, { type: 'progress', progress: { step: '读取工作簿', fraction: 0.1 } });
    expect(s.progress?.fraction).toBe(0.1);
    s = paneReducer(s, { type: 'finished', result: { tab: 'fill', message: { intent: 'success', text: '完成' } }, history: [entry] });
    expect(s).toMatchObject({ busy: null, progress: undefined, tab: 'fill', message: { text: '完成' }, history: [entry] });
  });

  it('a failed action leaves its message and frees the pane', () => {
    const s = paneReducer(paneReducer(idle(), { type: 'started', busy: 'validate' }), { type: 'failed', message: { intent: 'error', text: '出错' } });
    expect(s).toMatchObject({ busy: null, message: { intent: 'error', text: '出错' } });
  });

  it('a report from the pane’s own run is kept without a ribbon message; the selection it pointed into is dropped', () => {
    const busy = { ...paneReducer(idle(), { type: 'started', busy: 'validate' }), selectedFinding: 3, tab: 'settings' as const };
    const s = paneReducer(busy, { type: 'report', report: report('pane'), history: [entry] });
    expect(s.validation?.origin).toBe('pane');
    expect(s).toMatchObject({ selectedFinding: undefined, tab: 'settings', message: undefined, history: [entry] });
  });

  it('a ribbon’s report, while the pane is idle, opens its tab and says where it came from; while busy it is only kept', () => {
    const s = paneReducer({ ...idle(), tab: 'settings' }, { type: 'report', report: report('ribbon'), history: [] });
    expect(s.tab).toBe('findings');
    expect(s.message?.text).toContain('功能区');
    const busy = paneReducer({ ...idle(), tab: 'settings', busy: 'fill' }, { type: 'report', report: report('ribbon'), history: [] });
    expect(busy.tab).toBe('settings');
    expect(busy.message).toBeUndefined();
    expect(busy.validation).toBeDefined();
  });

  it('settings saved drop the fill plan made under the old ones; the settings themselves come from the store', () => {
    const planned = { ...idle(), fillPlan: { tables: [] } as unknown as PaneState['fillPlan'] };
    const s = paneReducer(planned, { type: 'settingsSaved' });
    expect(s.fillPlan).toBeUndefined();
    expect(s.message?.intent).toBe('success');
    expect(s.settings).toBe(planned.settings);
    const other = { ...DEFAULT_PANE_SETTINGS, prior: { kind: 'none' as const } };
    expect(paneReducer(s, { type: 'settings', settings: other }).settings).toBe(other);
  });

  it('keeps what to check across changes of one field, and the selections', () => {
    let s = paneReducer(idle(), { type: 'checkInput', input: { kind: 'text' } });
    s = paneReducer(s, { type: 'checkInput', input: { text: '情况说明' } });
    expect(s.checkInput).toEqual({ kind: 'text', sheet: '', text: '情况说明' });
    s = paneReducer(paneReducer(s, { type: 'selectFinding', index: 2 }), { type: 'selectCheckFinding', id: 'k1' });
    expect(s).toMatchObject({ selectedFinding: 2, selectedCheckId: 'k1' });
  });
});
