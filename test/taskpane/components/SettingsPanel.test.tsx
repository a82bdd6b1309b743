/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { DEFAULT_PANE_SETTINGS, type PaneSettings } from '../../../src/app/pane-settings';
import { SettingsPanel } from '../../../src/taskpane/components/SettingsPanel';
import { renderInPane } from '../render';

function setup(overrides: Partial<Parameters<typeof SettingsPanel>[0]> = {}) {
  const saved: PaneSettings[] = [];
  const picked: File[] = [];
  const view = renderInPane(
    <SettingsPanel
      settings={DEFAULT_PANE_SETTINGS}
      sheetNames={['表1', '上年表1', '上年表3']}
      onSave={(s) => saved.push(s)}
      onPickPriorFile={(f) => picked.push(f)}
      onRemovePriorFile={() => undefined}
      {...overrides}
    />,
  );
  return { ...view, saved, picked };
}

const input = (container: HTMLElement, key: string) => container.querySelector(`input[data-setting="${key}"]`) as HTMLInputElement;

describe('SettingsPanel', () => {
  it('saves the tolerance, threshold and wording the clerk chose', () => {
    const { container, saved } = setup();
    fireEvent.change(input(container, 'tolerance'), { target: { value: ' 0.01 ' } });
    fireEvent.change(input(container, 'reasonThresholdPercent'), { target: { value: '20' } });
    fireEvent.change(container.querySelector('select[data-setting="percentDecimals"]')!, { target: { value: '0' } });
    fireEvent.click(screen.getByLabelText('各自四舍五入，不强制合计 100%'));
    fireEvent.click(screen.getByText('保存设置'));
    expect(saved).toHaveLength(1);
    expect(saved[0].engine.tolerance).toBe('0.01');
    expect(saved[0].engine.reasonThresholdPercent).toBe('20');
    expect(saved[0].engine.percentDecimals).toBe(0);
    expect(saved[0].engine.shareRounding).toBe('plain');
  });

  it('will not save a tolerance that is not a number', () => {
    const { container, saved } = setup();
    fireEvent.change(input(container, 'tolerance'), { target: { value: '半分' } });
    expect(screen.getByText('请输入不小于 0 的数字')).toBeTruthy();
    fireEvent.click(screen.getByText('保存设置'));
    expect(saved).toEqual([]);
  });

  it('takes last year from chosen sheets of this workbook', () => {
    const { saved } = setup();
    fireEvent.click(screen.getByLabelText('本工作簿中的上年表格所在工作表'));
    fireEvent.click(screen.getByLabelText('上年表1'));
    fireEvent.click(screen.getByLabelText('上年表3'));
    fireEvent.click(screen.getByText('保存设置'));
    expect(saved[0].prior).toEqual({ kind: 'sheets', sheets: ['上年表1', '上年表3'] });
  });

  it('takes last year’s file from disk and shows what was read', () => {
    const { container, picked, rerender } = setup();
    fireEvent.click(screen.getByLabelText('上年的工作簿文件'));
    const file = new File(['x'], '2022年部门预算公开表.xlsx');
    fireEvent.change(container.querySelector('[data-testid="prior-file-input"]')!, { target: { files: [file] } });
    expect(picked.map((f) => f.name)).toEqual(['2022年部门预算公开表.xlsx']);
    rerender(
      <SettingsPanel
        settings={{ ...DEFAULT_PANE_SETTINGS, prior: { kind: 'file', name: '2022年部门预算公开表.xlsx' } }}
        sheetNames={[]}
        priorFile={{ name: '2022年部门预算公开表.xlsx', sheets: 7, persisted: false }}
        onSave={() => undefined}
        onPickPriorFile={() => undefined}
        onRemovePriorFile={() => undefined}
      />,
    );
    expect(screen.getByText('已读取：2022年部门预算公开表.xlsx（7 张工作表）')).toBeTruthy();
    expect(screen.getByText('文件较大，只保存在本窗格中；关闭窗格后需重新选择。')).toBeTruthy();
  });

  it('says why a file could not be read', () => {
    setup({ settings: { ...DEFAULT_PANE_SETTINGS, prior: { kind: 'file', name: '' } }, priorFile: { error: '不是有效的 .xlsx 文件' } });
    expect(screen.getByText('无法读取上年文件：不是有效的 .xlsx 文件')).toBeTruthy();
  });
});
