/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import type { FillChoice, FillPlan } from '../../../src/app/fill';
import { FillPanel } from '../../../src/taskpane/components/FillPanel';
import { renderInPane } from '../render';

const plan: FillPlan = {
  prior: { source: 'workbook', name: '2022.xlsx' },
  tables: [
    { id: 'T3', number: 3, title: '部门支出总体情况表', sheet: '表3', columns: { change: 7, rate: 8, share: 9 }, cells: { change: 10, rate: 10, share: 6 } },
    { id: 'T5', number: 5, title: '一般公共预算支出情况表', sheet: '表5', columns: { share: 7 }, cells: { share: 5 } },
  ],
};

describe('FillPanel', () => {
  it('offers to plan first', () => {
    const calls: string[] = [];
    renderInPane(<FillPanel onPlan={() => calls.push('plan')} onFill={() => undefined} />);
    fireEvent.click(screen.getByText('计算填充内容'));
    expect(calls).toEqual(['plan']);
  });

  it('fills every planned table and kind at the planned columns by default', () => {
    const chosen: FillChoice[] = [];
    renderInPane(<FillPanel plan={plan} onPlan={() => undefined} onFill={(c) => chosen.push(c)} />);
    expect(screen.getByText('将在 2 张表中写入 31 个单元格（含表头）。')).toBeTruthy();
    fireEvent.click(screen.getByText('填充占比/同比'));
    expect(chosen[0].tables).toEqual({ T3: { include: true }, T5: { include: true } });
    expect(chosen[0].kinds.share && chosen[0].kinds.change && chosen[0].kinds.rate).toBe(true);
  });

  it('passes the clerk’s choices: a table left out, a kind left out, a table moved', () => {
    const chosen: FillChoice[] = [];
    const { container } = renderInPane(<FillPanel plan={plan} onPlan={() => undefined} onFill={(c) => chosen.push(c)} />);
    fireEvent.click(screen.getByLabelText('表5 一般公共预算支出情况表'));
    fireEvent.click(screen.getByLabelText('增减率(%)'));
    fireEvent.change(container.querySelector('[data-fill-start="T3"]')!, { target: { value: 'l' } });
    expect(screen.getByText('将在 1 张表中写入 16 个单元格（含表头）。')).toBeTruthy();
    fireEvent.click(screen.getByText('填充占比/同比'));
    expect(chosen[0].tables.T5.include).toBe(false);
    expect(chosen[0].tables.T3).toEqual({ include: true, startCol: 11 });
    expect(chosen[0].kinds.rate).toBe(false);
  });

  it('refuses a start column that is not a column', () => {
    const chosen: FillChoice[] = [];
    const { container } = renderInPane(<FillPanel plan={plan} onPlan={() => undefined} onFill={(c) => chosen.push(c)} />);
    fireEvent.change(container.querySelector('[data-fill-start="T3"]')!, { target: { value: '第8列' } });
    expect(screen.getByText('请输入列字母，如 H 或 AB')).toBeTruthy();
    fireEvent.click(screen.getByText('填充占比/同比'));
    expect(chosen).toEqual([]);
  });

  it('says only shares can be filled without last year', () => {
    renderInPane(<FillPanel plan={{ ...plan, prior: { source: 'none' } }} onPlan={() => undefined} onFill={() => undefined} />);
    expect(screen.getByText('没有上年数，只能填写占比。可在“设置”中指定上年数来源。')).toBeTruthy();
  });
});
