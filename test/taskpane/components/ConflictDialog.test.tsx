/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { ConflictDialog } from '../../../src/taskpane/components/ConflictDialog';
import type { Conflict } from '../../../src/hosts/host';
import { renderInPane } from '../render';

const conflicts: Conflict[] = [
  { ref: { sheet: '表1 收支总表', row: 3, col: 2 }, current: '手填', wanted: 45.47 },
  { ref: { sheet: '表2', row: 6, col: 16 }, current: { error: '#REF!' }, wanted: null },
];

describe('ConflictDialog', () => {
  it('lists each cell with what it holds and what would be written', () => {
    renderInPane(<ConflictDialog open conflicts={conflicts} onConfirm={() => undefined} onCancel={() => undefined} />);
    expect(screen.getByText('这些单元格已有内容')).toBeTruthy();
    const rows = document.querySelectorAll('[data-conflict]');
    expect(Array.from(rows).map((r) => r.getAttribute('data-conflict'))).toEqual(["'表1 收支总表'!C4", '表2!Q7']);
    expect(rows[0].textContent).toContain('手填');
    expect(rows[0].textContent).toContain('45.47');
    expect(rows[1].textContent).toContain('#REF!');
    expect(rows[1].textContent).toContain('（空）');
  });

  it('calls onConfirm for 覆盖 and onCancel for 取消', () => {
    const calls: string[] = [];
    renderInPane(<ConflictDialog open conflicts={conflicts} onConfirm={() => calls.push('confirm')} onCancel={() => calls.push('cancel')} />);
    fireEvent.click(screen.getByText('覆盖'));
    fireEvent.click(screen.getByText('取消'));
    expect(calls).toEqual(['confirm', 'cancel']);
  });

  it('words the undo case as undo, and shortens a long list', () => {
    const many: Conflict[] = Array.from({ length: 7 }, (_, i) => ({ ref: { sheet: '表3', row: i, col: 0 }, current: i, wanted: null }));
    renderInPane(<ConflictDialog open kind="undo" maxRows={5} conflicts={many} onConfirm={() => undefined} onCancel={() => undefined} />);
    expect(screen.getByText('撤销会覆盖之后的修改')).toBeTruthy();
    expect(screen.getByText('仍然撤销')).toBeTruthy();
    expect(document.querySelectorAll('[data-conflict]')).toHaveLength(5);
    expect(screen.getByText('……另有 2 个单元格')).toBeTruthy();
  });

  it('shows nothing when closed', () => {
    renderInPane(<ConflictDialog open={false} conflicts={conflicts} onConfirm={() => undefined} onCancel={() => undefined} />);
    expect(screen.queryByTestId('conflict-dialog')).toBeNull();
  });
});
