/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { NarrativeReport } from '../../src/app/narrative-report';
import { MemoryStorage, SharedStore } from '../../src/app/shared-store';
import { runValidate } from '../../src/app/run-commands';
import { analyzeWorkbook } from '../../src/engine';
import { createDemoHost } from '../../src/hosts/demo/demo-host';
import { DemoWorkbook, key } from '../../src/hosts/demo/demo-workbook';
import { MARK_FILL } from '../../src/hosts/mark-style';
import { App } from '../../src/taskpane/App';
import type { PaneServices } from '../../src/taskpane/services/types';
import { readExample } from '../engine/narrative/fixtures';
import { sampleGrid } from '../support/workbooks';
import { renderInPane } from './render';

function setup(grid = sampleGrid()) {
  const book = new DemoWorkbook({ grid });
  const host = createDemoHost(book);
  const store = new SharedStore(new MemoryStorage());
  const calls: { copied: string[]; downloads: string[]; docx: NarrativeReport[] } = { copied: [], downloads: [], docx: [] };
  const services: PaneServices = {
    readPriorWorkbook: async () => ({ sheets: [] }),
    narrativeDocx: async (r) => {
      calls.docx.push(r);
      return new Blob(['docx']);
    },
    download: (_b, name) => calls.downloads.push(name),
    copyText: async (t) => {
      calls.copied.push(t);
      return true;
    },
  };
  const view = renderInPane(<App host={host} store={store} services={services} />);
  return { ...view, book, host, store, calls };
}

const click = (text: string) => fireEvent.click(screen.getByText(text));

describe('the task pane over the demo workbook', () => {
  it('checks, lists every finding, and selects a finding’s cells in the sheet', async () => {
    const { container, book } = setup();
    click('校验');
    await waitFor(() => expect(container.querySelectorAll('[data-finding-id]').length).toBeGreaterThan(0));
    expect(container.querySelectorAll('[data-finding-id]')).toHaveLength(analyzeWorkbook(sampleGrid()).findings.length);
    expect(screen.getByTestId('pane-message').textContent).toMatch(/发现 \d+ 个错误/);

    const card = container.querySelector('[data-target="\'5一般公共预算支出\'!G19"]') as HTMLElement;
    fireEvent.click(card);
    await waitFor(() => expect(book.activeSheet).toBe('5一般公共预算支出'));
    expect(book.selection.top).toBe(18);
    expect(book.selection.left).toBe(6);
    expect(card.getAttribute('aria-pressed')).toBe('true');
  });

  it('clears every mark with one action', async () => {
    const { container, book } = setup();
    click('校验');
    await waitFor(() => expect(container.querySelectorAll('[data-finding-id]').length).toBeGreaterThan(0));
    expect(book.sheet('表2')!.fills.get(key(6, 4))).toBe(MARK_FILL.error);
    click('清除标记');
    await waitFor(() => expect(screen.getByTestId('pane-message').textContent).toMatch(/已清除本助手添加的 \d+ 处标记/));
    expect(book.sheets.every((s) => s.fills.size === 0 && s.notes.size === 0)).toBe(true);
  });

  it('asks before overwriting the clerk’s text in 情况说明, lists the cells, and writes after 覆盖', async () => {
    const { book, calls } = setup();
    click('生成说明');
    await waitFor(() => expect(screen.getByTestId('narrative')).toBeTruthy());
    book.setCell('情况说明', 3, 0, { value: '我改写的段落' });

    click('生成说明');
    const dialog = await screen.findByTestId('conflict-dialog');
    expect(dialog.textContent).toContain('情况说明!A4');
    expect(dialog.textContent).toContain('我改写的段落');
    click('覆盖');
    await waitFor(() => expect(book.cell('情况说明', 3, 0)?.value).not.toBe('我改写的段落'));

    click('复制全文');
    await waitFor(() => expect(calls.copied).toHaveLength(1));
    expect(calls.copied[0].startsWith(String(book.cell('情况说明', 0, 0)?.value))).toBe(true);
    click('下载 Word（.docx）');
    await waitFor(() => expect(calls.downloads).toHaveLength(1));
    expect(calls.downloads[0]).toMatch(/\.docx$/);
  });

  it('writes nothing when the clerk cancels, and says so', async () => {
    const { book } = setup();
    click('生成说明');
    await waitFor(() => expect(screen.getByTestId('narrative')).toBeTruthy());
    book.setCell('情况说明', 3, 0, { value: '我改写的段落' });
    click('生成说明');
    await screen.findByTestId('conflict-dialog');
    click('取消');
    await waitFor(() => expect(screen.queryByTestId('conflict-dialog')).toBeNull());
    expect(book.cell('情况说明', 3, 0)?.value).toBe('我改写的段落');
    await waitFor(() => expect(screen.getAllByText(/没有覆盖|没有写入工作表/).length).toBeGreaterThan(0));
  });

  it('gives a clear message when the sheet is protected', async () => {
    const { book } = setup();
    click('生成说明');
    await waitFor(() => expect(screen.getByTestId('narrative')).toBeTruthy());
    book.setProtected('情况说明', true);
    click('生成说明');
    await waitFor(() => expect(screen.getByTestId('pane-message').getAttribute('data-intent')).toBe('error'));
    expect(screen.getByTestId('pane-message').textContent).toContain('受保护');
  });

  it('undoes the last write', async () => {
    const { book } = setup();
    click('生成说明');
    await waitFor(() => expect(book.sheet('情况说明')).toBeDefined());
    await waitFor(() => expect((screen.getByText('撤销').closest('button') as HTMLButtonElement).disabled).toBe(false));
    click('撤销');
    await waitFor(() => expect(book.sheet('情况说明')).toBeUndefined());
    expect(screen.getByTestId('pane-message').textContent).toContain('已撤销：生成情况说明');
  });

  it('shows a result a ribbon button left in the store', async () => {
    const { container, host, store } = setup();
    await act(async () => {
      await runValidate(host, undefined, { store, origin: 'ribbon' });
    });
    await waitFor(() => expect(container.querySelectorAll('[data-finding-id]').length).toBeGreaterThan(0));
    expect(screen.getByTestId('pane-message').textContent).toMatch(/功能区按钮于 \d\d:\d\d 完成的结果/);
  });

  it('fills shares where planned and selects what it wrote', async () => {
    const { book } = setup();
    fireEvent.click(screen.getByRole('tab', { name: '占比/同比' }));
    click('计算填充内容');
    await screen.findByText(/将在 \d+ 张表中写入 \d+ 个单元格/);
    // The plan shows before the pane is idle again; a click while busy is ignored, as for a clerk.
    await waitFor(() => expect(screen.getByTestId('pane').getAttribute('data-busy')).toBe(''));
    click('填充占比/同比');
    await waitFor(() => expect(screen.getByTestId('pane-message').textContent).toMatch(/已写入 \d+ 个单元格/));
    const sel = book.selection;
    expect(book.cell(book.activeSheet, sel.top, sel.left)?.value).toBe('占比(%)');
  });

  describe('核对情况说明', () => {
    const published = readExample('narrative/004-published.txt');
    const slipped = published.replace('住房保障支出87.29万元，占1.85%', '住房保障支出87.29万元，占2.85%');
    const openTab = () => fireEvent.click(screen.getByRole('tab', { name: '情况说明' }));
    const found = (container: HTMLElement, selector: string) =>
      waitFor(
        () => {
          const e = container.querySelector(selector);
          if (!e) throw new Error(`no ${selector} yet`);
          return e as HTMLElement;
        },
        { timeout: 10000 },
      );

    it('checks a pasted text; a click on a finding selects its table cell; the text stays while the clerk looks at other tabs', async () => {
      const { container, book } = setup();
      openTab();
      fireEvent.click(screen.getByLabelText('粘贴的文字'));
      fireEvent.change(screen.getByTestId('check-text'), { target: { value: slipped } });
      click('核对');
      const card = await found(container, '[data-check-finding-id][data-target="\'5一般公共预算支出\'!E26"]');
      expect(card.textContent).toContain('2.85%');
      expect(screen.getByTestId('pane-message').textContent).toMatch(/核对了 \d+ 个，发现 \d+ 个错误/);
      fireEvent.click(card);
      await waitFor(() => expect(book.activeSheet).toBe('5一般公共预算支出'));
      expect(book.selection).toEqual({ top: 25, left: 4, bottom: 25, right: 4 });
      expect(card.getAttribute('aria-pressed')).toBe('true');
      fireEvent.click(screen.getByRole('tab', { name: '问题' }));
      openTab();
      expect((screen.getByTestId('check-text') as HTMLTextAreaElement).value).toBe(slipped);
    });

    it('checks the workbook’s 情况说明 sheet and goes to the cell holding a sentence', async () => {
      const grid = sampleGrid();
      const { container, book } = setup({ sheets: [...grid.sheets, { name: '情况说明', cells: slipped.split('\n').map((l) => [l]) }] });
      openTab();
      click('核对');
      const locate = await found(container, '[data-action="locate-sentence"]');
      expect(screen.getByTestId('narrative-check-result').getAttribute('data-source')).toBe('sheet');
      const share = Array.from(container.querySelectorAll('[data-check-finding-id]')).find((c) => c.textContent!.includes('2.85%'))!;
      const sentenceButton = share.parentElement!.querySelector('[data-action="locate-sentence"]') as HTMLElement;
      const row = slipped.split('\n').findIndex((l) => l.includes('占2.85%'));
      expect(sentenceButton.getAttribute('data-sentence-cell')).toBe(`情况说明!A${row + 1}`);
      fireEvent.click(sentenceButton);
      await waitFor(() => expect(book.activeSheet).toBe('情况说明'));
      expect(book.selection).toEqual({ top: row, left: 0, bottom: row, right: 0 });
      expect(locate).toBeTruthy();
      // The sheets are listed for the next check.
      expect(Array.from((screen.getByTestId('check-sheet') as HTMLSelectElement).options).map((o) => o.value)).toContain('情况说明');
    });
  });
});
