/** @jest-environment jsdom */
import { act, fireEvent, screen } from '@testing-library/react';
import { createDemoHost } from '../../src/hosts/demo/demo-host';
import { DemoWorkbook } from '../../src/hosts/demo/demo-workbook';
import { SheetView, shownText, typedValue } from '../../src/demo/SheetView';
import { MARK_FILL } from '../../src/hosts/mark-style';
import { renderInPane } from '../taskpane/render';

function book() {
  return new DemoWorkbook({
    grid: {
      name: 'x.xlsx',
      sheets: [
        { name: '表3', cells: [['表3 部门支出总体情况表', null, null], ['科目', '合计', '基本支出'], ['201', 170.1, '　  55.40']], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] },
        { name: '表5', cells: [['表5']] },
      ],
    },
    formulas: [{ sheet: '表3', row: 2, col: 1, formula: 'SUM(B4:B9)' }],
  });
}

describe('SheetView', () => {
  it('draws values as the sheet shows them, merges as one cell', () => {
    const b = book();
    const { container } = renderInPane(<SheetView book={b} host={createDemoHost(b)} />);
    expect(container.querySelector('td[data-ref="B3"]')!.textContent).toBe('170.10');
    expect(container.querySelector('td[data-ref="C3"]')!.textContent).toBe('　  55.40');
    expect(container.querySelector('td[data-ref="A1"]')!.getAttribute('colspan')).toBe('3');
    expect(container.querySelector('td[data-ref="B1"]')).toBeNull();
  });

  it('follows the host: selection on another sheet, mark fills, the formula in the bar', async () => {
    const b = book();
    const host = createDemoHost(b);
    const { container } = renderInPane(<SheetView book={b} host={host} />);
    await act(async () => {
      await host.mark([{ sheet: '表3', range: { top: 2, left: 1, bottom: 2, right: 1 }, severity: 'error', note: '合计不符' }]);
      await host.select('表3', { top: 2, left: 1, bottom: 2, right: 2 });
    });
    const cell = container.querySelector('td[data-ref="B3"]')!;
    expect(cell.getAttribute('data-fill')).toBe(MARK_FILL.error);
    expect(cell.getAttribute('title')).toBe('合计不符');
    expect(cell.getAttribute('data-active')).toBe('true');
    expect(container.querySelector('td[data-ref="C3"]')!.getAttribute('data-selected')).toBe('true');
    expect(screen.getByTestId('name-box').textContent).toBe('表3!B3:C3');
    expect(screen.getByTestId('formula-bar').textContent).toBe('=SUM(B4:B9)');
    await act(async () => {
      await host.select('表5', { top: 0, left: 0, bottom: 0, right: 0 });
    });
    expect(screen.getByTestId('sheet-view').getAttribute('data-sheet')).toBe('表5');
  });

  it('lets the clerk type into a cell, which the add-in then treats as the clerk’s', async () => {
    const b = book();
    const host = createDemoHost(b);
    const { container } = renderInPane(<SheetView book={b} host={host} />);
    fireEvent.doubleClick(container.querySelector('td[data-ref="D3"]')!);
    const editor = screen.getByTestId('cell-editor');
    fireEvent.change(editor, { target: { value: '手填' } });
    fireEvent.keyDown(editor, { key: 'Enter' });
    expect(b.cell('表3', 2, 3)?.value).toBe('手填');
    const r = await host.applyEdits({ label: 't', edits: [{ sheet: '表3', row: 2, col: 3, value: 1 }] });
    expect(r.ok === false && r.reason).toBe('conflict');
  });
});

describe('cell text', () => {
  it('shows numbers as a sheet formatted to two decimals would, and reads typed numbers as numbers', () => {
    expect(shownText(170.1)).toBe('170.10');
    expect(shownText(208)).toBe('208');
    expect(shownText(0.4547)).toBe('0.4547');
    expect(shownText({ error: '#REF!' })).toBe('#REF!');
    expect(typedValue('12.5')).toBe(12.5);
    expect(typedValue('05')).toBe(5);
    expect(typedValue('增长10%')).toBe('增长10%');
    expect(typedValue('')).toBeUndefined();
  });
});
