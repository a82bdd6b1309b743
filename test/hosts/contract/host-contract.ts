import type { Severity } from '../../../src/engine/findings';
import type { CellRange, RawCell, SheetGrid, WorkbookGrid } from '../../../src/engine/grid/types';
import type { ApplyResult, WorkbookHost } from '../../../src/hosts/host';
import { MARK_FILL } from '../../../src/hosts/mark-style';

/**
 * What every WorkbookHost must do, whatever spreadsheet it drives. Each host's test passes a
 * factory that builds the host over its own fake document, plus an inspector that looks at that
 * document directly (never through the host), so the suite checks what really landed in the sheet.
 */

export interface ContractSheet {
  name: string;
  /** Row-major from A1; blank is null. */
  rows: RawCell[][];
  /** Pre-existing fills: 'A3' → '#00B0F0'. */
  fills?: Record<string, string>;
  /** Merged ranges: 'A1:D1'. */
  merges?: string[];
}

export interface HostInspector {
  /** The value the cell shows; null (or undefined) when blank. */
  valueAt(sheet: string, row: number, col: number): RawCell;
  /** '#RRGGBB' in upper case, or null for no fill. */
  fillAt(sheet: string, row: number, col: number): string | null;
  selection(): { sheet: string; range: CellRange } | null;
  sheetNames(): string[];
  protectSheet(name: string): void;
  /** As if the clerk typed into the cell. */
  typeValue(sheet: string, row: number, col: number, value: string | number | null): void;
}

export interface HostFixture {
  host: WorkbookHost;
  inspect: HostInspector;
  /** Another host over the same document, as when the pane is closed and opened again. */
  reopen(): WorkbookHost;
}

export type MakeHost = (sheets: ContractSheet[]) => HostFixture | Promise<HostFixture>;

export const CONTRACT_SHEETS: ContractSheet[] = [
  {
    name: '表1',
    rows: [
      ['表1 部门收支总体情况表', null, null],
      ['项目', '预算数', '占比'],
      ['一般公共预算拨款收入', 4698.73, null],
      ['其他收入', 176.97, '手填'],
      ['合计', { error: '#REF!' }, null],
      [null, '4878.73\u3000', null],
    ],
    fills: { A3: '#00B0F0' },
  },
  {
    name: '表3',
    rows: [
      ['表3 部门支出总体情况表', null],
      ['科目', '合计'],
      ['201', 100],
    ],
  },
];

const NARRATIVE = '情况说明';

export function cellOf(grid: WorkbookGrid, sheet: string, row: number, col: number): RawCell {
  const s: SheetGrid | undefined = grid.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s.cells[row - (s.originRow ?? 0)]?.[col - (s.originCol ?? 0)];
}

export function isBlank(v: RawCell): boolean {
  return v === null || v === undefined;
}

function expectOk(r: ApplyResult): void {
  if (!r.ok) throw new Error(`expected ok, got ${r.reason}: ${r.message}`);
}

function range(top: number, left: number, bottom = top, right = left): CellRange {
  return { top, left, bottom, right };
}

export function describeHostContract(name: string, makeHost: MakeHost): void {
  describe(`${name} host contract`, () => {
    let host: WorkbookHost;
    let inspect: HostInspector;
    let fixture: HostFixture;

    beforeEach(async () => {
      fixture = await makeHost(JSON.parse(JSON.stringify(CONTRACT_SHEETS)) as ContractSheet[]);
      host = fixture.host;
      inspect = fixture.inspect;
    });

    describe('readWorkbook', () => {
      it('reads the shown values: text, numbers, errors and blanks', async () => {
        const grid = await host.readWorkbook();
        expect(grid.sheets.map((s) => s.name)).toEqual(['表1', '表3']);
        expect(cellOf(grid, '表1', 0, 0)).toBe('表1 部门收支总体情况表');
        expect(cellOf(grid, '表1', 2, 1)).toBe(4698.73);
        expect(cellOf(grid, '表1', 4, 1)).toEqual({ error: '#REF!' });
        expect(cellOf(grid, '表1', 5, 1)).toBe('4878.73\u3000');
        expect(isBlank(cellOf(grid, '表1', 2, 2))).toBe(true);
        expect(cellOf(grid, '表3', 2, 1)).toBe(100);
      });
    });

    describe('applyEdits', () => {
      it('writes every cell of the batch', async () => {
        const r = await host.applyEdits({
          label: '填充占比',
          edits: [
            { sheet: '表1', row: 2, col: 2, value: 0.9637 },
            { sheet: '表3', row: 2, col: 2, value: '说明' },
          ],
        });
        expect(r).toEqual({ ok: true, written: 2 });
        expect(inspect.valueAt('表1', 2, 2)).toBe(0.9637);
        expect(inspect.valueAt('表3', 2, 2)).toBe('说明');
      });

      it('refuses a non-empty cell it did not write, and writes nothing of the batch', async () => {
        const r = await host.applyEdits({
          label: '填充占比',
          edits: [
            { sheet: '表1', row: 2, col: 2, value: 0.9637 },
            { sheet: '表1', row: 3, col: 2, value: 0.0363 },
          ],
        });
        expect(r.ok).toBe(false);
        if (r.ok || r.reason !== 'conflict') throw new Error('expected a conflict');
        expect(r.conflicts).toEqual([{ ref: { sheet: '表1', row: 3, col: 2 }, current: '手填', wanted: 0.0363 }]);
        expect(r.message).toMatch(/C4/);
        expect(isBlank(inspect.valueAt('表1', 2, 2))).toBe(true);
        expect(inspect.valueAt('表1', 3, 2)).toBe('手填');
      });

      it('writes over the clerk’s cell with overwrite: true', async () => {
        const r = await host.applyEdits({
          label: '填充占比',
          overwrite: true,
          edits: [{ sheet: '表1', row: 3, col: 2, value: 0.0363 }],
        });
        expect(r).toEqual({ ok: true, written: 1 });
        expect(inspect.valueAt('表1', 3, 2)).toBe(0.0363);
      });

      it('rewrites its own cells without asking', async () => {
        expectOk(await host.applyEdits({ label: 'a', edits: [{ sheet: '表1', row: 2, col: 2, value: 1 }] }));
        expectOk(await host.applyEdits({ label: 'b', edits: [{ sheet: '表1', row: 2, col: 2, value: 2 }] }));
        expect(inspect.valueAt('表1', 2, 2)).toBe(2);
      });

      it('asks again once the clerk has changed a cell it wrote', async () => {
        expectOk(await host.applyEdits({ label: 'a', edits: [{ sheet: '表1', row: 2, col: 2, value: 1 }] }));
        inspect.typeValue('表1', 2, 2, '改过');
        const r = await host.applyEdits({ label: 'b', edits: [{ sheet: '表1', row: 2, col: 2, value: 2 }] });
        expect(r.ok === false && r.reason).toBe('conflict');
        expect(inspect.valueAt('表1', 2, 2)).toBe('改过');
      });
    });

    describe('undoLast', () => {
      it('restores exactly what each batch changed, last batch first', async () => {
        expectOk(await host.applyEdits({ label: '第一次', edits: [{ sheet: '表1', row: 2, col: 2, value: 1 }] }));
        expectOk(
          await host.applyEdits({
            label: '第二次',
            overwrite: true,
            edits: [
              { sheet: '表1', row: 2, col: 2, value: 2 },
              { sheet: '表1', row: 3, col: 2, value: 0.04 },
            ],
          }),
        );
        expect(host.undoHistory().map((e) => [e.label, e.cells])).toEqual([
          ['第二次', 2],
          ['第一次', 1],
        ]);

        expectOk(await host.undoLast());
        expect(inspect.valueAt('表1', 2, 2)).toBe(1);
        expect(inspect.valueAt('表1', 3, 2)).toBe('手填');
        expect(host.undoHistory().map((e) => e.label)).toEqual(['第一次']);

        expectOk(await host.undoLast());
        expect(isBlank(inspect.valueAt('表1', 2, 2))).toBe(true);
        expect(host.undoHistory()).toEqual([]);

        const none = await host.undoLast();
        expect(none.ok).toBe(false);
      });

      it('asks before undoing over a later edit of the clerk', async () => {
        expectOk(await host.applyEdits({ label: 'a', edits: [{ sheet: '表1', row: 2, col: 2, value: 1 }] }));
        inspect.typeValue('表1', 2, 2, '后来改的');
        const r = await host.undoLast();
        expect(r.ok === false && r.reason).toBe('conflict');
        expect(inspect.valueAt('表1', 2, 2)).toBe('后来改的');
        expectOk(await host.undoLast({ overwrite: true }));
        expect(isBlank(inspect.valueAt('表1', 2, 2))).toBe(true);
      });

      it('still undoes after the pane is reopened: the journal is kept in the document', async () => {
        expectOk(await host.applyEdits({ label: '填充占比', edits: [{ sheet: '表1', row: 2, col: 2, value: 1 }] }));
        const again = fixture.reopen();
        await again.readWorkbook();
        expect(again.undoHistory().map((e) => e.label)).toEqual(['填充占比']);
        expectOk(await again.undoLast());
        expect(isBlank(inspect.valueAt('表1', 2, 2))).toBe(true);
      });
    });

    describe('mark and clearMarks', () => {
      const mark = (top: number, left: number, severity: Severity, right = left) => ({
        sheet: '表1',
        range: range(top, left, top, right),
        severity,
        note: severity === 'error' ? '合计不等于各项之和' : '请说明原因',
      });

      it('colours by severity, replaces earlier marks and clears back to the previous fills exactly', async () => {
        expectOk(await host.mark([mark(2, 0, 'error', 1), mark(4, 1, 'warning')]));
        expect(inspect.fillAt('表1', 2, 0)).toBe(MARK_FILL.error);
        expect(inspect.fillAt('表1', 2, 1)).toBe(MARK_FILL.error);
        expect(inspect.fillAt('表1', 4, 1)).toBe(MARK_FILL.warning);

        expectOk(await host.mark([mark(4, 1, 'error')]));
        expect(inspect.fillAt('表1', 2, 0)).toBe('#00B0F0');
        expect(inspect.fillAt('表1', 2, 1)).toBeNull();
        expect(inspect.fillAt('表1', 4, 1)).toBe(MARK_FILL.error);

        expectOk(await host.clearMarks());
        expect(inspect.fillAt('表1', 2, 0)).toBe('#00B0F0');
        expect(inspect.fillAt('表1', 2, 1)).toBeNull();
        expect(inspect.fillAt('表1', 4, 1)).toBeNull();
      });

      it('clears marks made before the pane was reopened', async () => {
        expectOk(await host.mark([mark(2, 0, 'warning')]));
        const again = fixture.reopen();
        expectOk(await again.clearMarks());
        expect(inspect.fillAt('表1', 2, 0)).toBe('#00B0F0');
      });

      it('leaves values alone', async () => {
        expectOk(await host.mark([mark(2, 1, 'error')]));
        expectOk(await host.clearMarks());
        expect(inspect.valueAt('表1', 2, 1)).toBe(4698.73);
      });
    });

    describe('a protected sheet', () => {
      it('refuses the whole batch and changes nothing, on any sheet', async () => {
        inspect.protectSheet('表3');
        const r = await host.applyEdits({
          label: '填充占比',
          edits: [
            { sheet: '表1', row: 2, col: 2, value: 0.9637 },
            { sheet: '表3', row: 2, col: 2, value: 1 },
          ],
        });
        expect(r.ok === false && r.reason).toBe('protected');
        expect(r.ok === false && r.message).toBeTruthy();
        expect(isBlank(inspect.valueAt('表1', 2, 2))).toBe(true);
        expect(isBlank(inspect.valueAt('表3', 2, 2))).toBe(true);
        expect(host.undoHistory()).toEqual([]);
      });

      it('refuses marks and leaves every fill as it was', async () => {
        inspect.protectSheet('表3');
        const r = await host.mark([
          { sheet: '表1', range: range(2, 0), severity: 'error', note: 'x' },
          { sheet: '表3', range: range(2, 1), severity: 'error', note: 'y' },
        ]);
        expect(r.ok === false && r.reason).toBe('protected');
        expect(inspect.fillAt('表1', 2, 0)).toBe('#00B0F0');
        expect(inspect.fillAt('表3', 2, 1)).toBeNull();
      });
    });

    describe('writeSheet', () => {
      it('creates the 情况说明 sheet, replaces it on a second call, and undoes both', async () => {
        const first = await host.writeSheet(NARRATIVE, [['一、收支预算总体情况'], ['第一段'], ['第二段']], '生成情况说明');
        expect(first.ok).toBe(true);
        expect(inspect.sheetNames()).toContain(NARRATIVE);
        expect(inspect.valueAt(NARRATIVE, 0, 0)).toBe('一、收支预算总体情况');
        expect(inspect.valueAt(NARRATIVE, 2, 0)).toBe('第二段');

        expectOk(await host.writeSheet(NARRATIVE, [['一、收支预算总体情况'], ['新的一段']], '生成情况说明'));
        expect(inspect.valueAt(NARRATIVE, 1, 0)).toBe('新的一段');
        expect(isBlank(inspect.valueAt(NARRATIVE, 2, 0))).toBe(true);
        expect(inspect.sheetNames().filter((n) => n === NARRATIVE)).toHaveLength(1);

        expectOk(await host.undoLast());
        expect(inspect.valueAt(NARRATIVE, 1, 0)).toBe('第一段');
        expect(inspect.valueAt(NARRATIVE, 2, 0)).toBe('第二段');

        expectOk(await host.undoLast());
        expect(inspect.sheetNames()).not.toContain(NARRATIVE);
      });

      it('asks before replacing a paragraph the clerk edited', async () => {
        expectOk(await host.writeSheet(NARRATIVE, [['标题'], ['第一段']], '生成情况说明'));
        inspect.typeValue(NARRATIVE, 1, 0, '第一段，主要原因是人员增加。');
        const r = await host.writeSheet(NARRATIVE, [['标题'], ['新的第一段']], '生成情况说明');
        expect(r.ok === false && r.reason).toBe('conflict');
        expect(inspect.valueAt(NARRATIVE, 1, 0)).toBe('第一段，主要原因是人员增加。');
        expectOk(await host.writeSheet(NARRATIVE, [['标题'], ['新的第一段']], '生成情况说明', { overwrite: true }));
        expect(inspect.valueAt(NARRATIVE, 1, 0)).toBe('新的第一段');
      });
    });

    describe('select', () => {
      it('activates the sheet and selects the range', async () => {
        await host.select('表3', range(2, 1, 3, 2));
        expect(inspect.selection()).toEqual({ sheet: '表3', range: range(2, 1, 3, 2) });
      });
    });
  });
}
