/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { buildNarrativeCheckReport, type NarrativeCheckFinding, type NarrativeCheckReport } from '../../../src/app/narrative-check-report';
import { analyzeWorkbook, checkNarrativeReport, sheetText } from '../../../src/engine';
import { NarrativeCheck, type NarrativeCheckInputState } from '../../../src/taskpane/components/NarrativeCheck';
import { readExample } from '../../engine/narrative/fixtures';
import { sampleGrid } from '../../support/workbooks';
import { renderInPane } from '../render';

const published = readExample('narrative/004-published.txt');
const slipped = published.replace('住房保障支出87.29万元，占1.85%', '住房保障支出87.29万元，占2.85%');
const analysis = analyzeWorkbook(sampleGrid());

/** The checker's real result on 004's text with a slip, as a sheet's text or a pasted one. */
function reportOf(text: string, inSheet: boolean): NarrativeCheckReport {
  const sheet = inSheet ? sheetText({ name: '情况说明', cells: text.split('\n').map((l) => [l]) }) : undefined;
  return buildNarrativeCheckReport(checkNarrativeReport(text, analysis), { ...(sheet ? { sheet } : {}), prior: 'none', at: new Date('2023-03-01T08:00:00Z') });
}

const input: NarrativeCheckInputState = { kind: 'sheet', sheet: '', text: '' };

function renderCheck(props: Partial<Parameters<typeof NarrativeCheck>[0]> = {}) {
  const calls: Array<[string, unknown?]> = [];
  const view = renderInPane(
    <NarrativeCheck
      input={input}
      sheetNames={['表1', '情况说明']}
      onInput={(p) => calls.push(['input', p])}
      onCheck={() => calls.push(['check'])}
      onSelect={(f: NarrativeCheckFinding, where) => calls.push([where, f.id])}
      {...props}
    />,
  );
  return { ...view, calls };
}

describe('NarrativeCheck (核对情况说明)', () => {
  it('offers a sheet of the workbook or a pasted text, and checks on 核对', () => {
    const { calls, container } = renderCheck();
    const select = screen.getByTestId('check-sheet') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(['自动（名称含“情况说明”的工作表）', '表1', '情况说明']);
    fireEvent.change(select, { target: { value: '情况说明' } });
    fireEvent.click(screen.getByLabelText('粘贴的文字'));
    fireEvent.click(screen.getByText('核对'));
    expect(calls).toEqual([['input', { sheet: '情况说明' }], ['input', { kind: 'text' }], ['check']]);
    expect(container.querySelector('[data-testid="check-text"]')).toBeNull();
    expect(container.querySelector('[data-testid="narrative-check-result"]')).toBeNull();
  });

  it('takes a pasted text, and is disabled while busy', () => {
    const { calls } = renderCheck({ input: { ...input, kind: 'text' }, busy: true });
    fireEvent.change(screen.getByTestId('check-text'), { target: { value: '一、总体说明' } });
    expect(calls).toEqual([['input', { text: '一、总体说明' }]]);
    expect((screen.getByText('核对').closest('button') as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists each finding by severity with its rule, the sentence, what is wrong and what is right; a click selects its table cells', () => {
    const report = reportOf(slipped, false);
    const { calls, container } = renderCheck({ report, input: { ...input, kind: 'text', text: slipped } });
    const cards = container.querySelectorAll('[data-check-finding-id]');
    expect(cards).toHaveLength(report.findings.length);
    expect(Array.from(container.querySelectorAll('[data-severity]')).map((e) => e.getAttribute('data-severity'))).toEqual(['error', 'warning']);
    const share = report.findings.find((f) => f.stated === '2.85%')!;
    const card = container.querySelector(`[data-check-finding-id="${share.id}"]`) as HTMLElement;
    expect(card.getAttribute('data-rule')).toBe('narrative/table-figure');
    expect(card.getAttribute('data-target')).toBe("'5一般公共预算支出'!E26");
    const text = card.textContent!;
    expect(text).toContain(`第${share.line}行 · 一般公共预算当年拨款`);
    expect(text).toContain(share.message);
    expect(text).toContain(`原句：「${share.sentence}」`);
    expect(within(card).getByText('2.85%')).toBeTruthy();
    expect(within(card).getByText('1.86%')).toBeTruthy();
    expect(text).toContain('文中的金额、占比、增减额和增减率应与公开表一致');
    expect(text).toContain("'5一般公共预算支出'!E26");
    fireEvent.click(card);
    expect(calls).toEqual([['table', share.id]]);
    // A pasted text has no cell for its sentences.
    expect(container.querySelector('[data-action="locate-sentence"]')).toBeNull();
    expect(screen.getByText(/文中 \d+ 个数字，核对 \d+ 个/).textContent).toContain('粘贴的文字');
    expect(screen.getByText(/未提供上年数/)).toBeTruthy();
    expect(screen.getByText(`未核对的数字（${report.unchecked.length}）`)).toBeTruthy();
  });

  it('for a sheet, names the cell of each sentence and goes there on 定位原句', () => {
    const report = reportOf(slipped, true);
    const { calls, container } = renderCheck({ report, selectedId: report.findings[0].id });
    const share = report.findings.find((f) => f.stated === '2.85%')!;
    const locate = container.querySelector(`[data-sentence-cell="${share.sentenceCell}"]`) as HTMLElement;
    expect(locate.textContent).toBe(`定位原句：${share.sentenceCell}`);
    expect(share.sentenceCell).toBe(`情况说明!A${share.line}`);
    fireEvent.click(locate);
    expect(calls).toEqual([['sentence', share.id]]);
    expect(container.querySelector(`[data-check-finding-id="${report.findings[0].id}"]`)!.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector(`[data-check-finding-id="${share.id}"]`)!.textContent).toContain(`${share.sentenceCell} · 一般公共预算当年拨款`);
  });

  it('says 未发现问题 when the text checks out', () => {
    const report = reportOf('一、总体说明\n收支总预算6128.18万元。', false);
    expect(report.findings).toEqual([]);
    renderCheck({ report });
    expect(screen.getByText('未发现问题')).toBeTruthy();
  });
});
