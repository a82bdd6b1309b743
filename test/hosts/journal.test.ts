import { anchorNames, movesFromNames, parseAreas } from '../../src/hosts/anchors';
import {
  EditJournal,
  MAX_UNDO_BATCHES,
  expandMarks,
  sameShown,
  type CellState,
  type MarkRecord,
} from '../../src/hosts/journal';

const ref = (row: number, col: number, sheet = '表1') => ({ sheet, row, col });
const empty: CellState = { value: null };
const at = new Date('2024-03-01T08:00:00Z');

describe('sameShown', () => {
  it.each([
    [null, null, true],
    [null, '', true],
    ['', 0, false],
    [0.4547, '45.47%', true],
    [1760, '1,760', true],
    [3.9, 3.9, true],
    [0.1 + 0.2, 0.3, true],
    ['001', 1, true],
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    [true, 'TRUE', false],
    [{ error: '#REF!' }, { error: '#REF!' }, true],
    [{ error: '#REF!' }, '#REF!', false],
  ])('%p shows %p: %p', (shown, written, expected) => {
    expect(sameShown(shown as never, written as never)).toBe(expected);
  });
});

describe('EditJournal conflicts and ownership', () => {
  it('lets the add-in write empty cells, its own cells and cells already showing the value', () => {
    const j = new EditJournal();
    j.recordBatch('a', [{ ref: ref(0, 0), before: empty, after: 5 }], { at });
    const conflicts = j.conflicts([
      { ref: ref(0, 0), current: { value: 5 }, wanted: 6 },
      { ref: ref(0, 1), current: empty, wanted: 6 },
      { ref: ref(0, 2), current: { value: 7 }, wanted: 7 },
      { ref: ref(0, 3), current: { value: '手填' }, wanted: 7 },
    ]);
    expect(conflicts).toEqual([{ ref: ref(0, 3), current: '手填', wanted: 7 }]);
  });

  it('treats a formula as the clerk’s, even where the add-in once wrote', () => {
    const j = new EditJournal();
    j.recordBatch('a', [{ ref: ref(0, 0), before: empty, after: 5 }], { at });
    expect(j.conflicts([{ ref: ref(0, 0), current: { value: 5, formula: '=B1' }, wanted: 6 }])).toHaveLength(1);
    expect(j.conflicts([{ ref: ref(0, 1), current: { value: null, formula: '=""' }, wanted: 6 }])).toHaveLength(1);
  });

  it('gives up ownership once the clerk changes the cell', () => {
    const j = new EditJournal();
    j.recordBatch('a', [{ ref: ref(0, 0), before: empty, after: 5 }], { at });
    expect(j.owns(ref(0, 0), { value: 5 })).toBe(true);
    expect(j.owns(ref(0, 0), { value: 4 })).toBe(false);
  });

  it('does not take over a clerk’s cell that happened to hold the value already', () => {
    const j = new EditJournal();
    j.recordBatch('a', [{ ref: ref(0, 0), before: { value: 7 }, after: 7 }], { at });
    expect(j.ownedValue(ref(0, 0))).toBeUndefined();
    expect(j.conflicts([{ ref: ref(0, 0), current: { value: 7 }, wanted: 8 }])).toHaveLength(1);
  });

  it('forgets ownership of cells it blanked', () => {
    const j = new EditJournal();
    j.recordBatch('a', [{ ref: ref(0, 0), before: empty, after: 5 }], { at });
    j.recordBatch('b', [{ ref: ref(0, 0), before: { value: 5 }, after: null }], { at });
    expect(j.ownedValue(ref(0, 0))).toBeUndefined();
    expect(j.toJSON().owned).toEqual({});
  });
});

describe('EditJournal undo', () => {
  it('undoes the last batch first and gives back the ownership it had', () => {
    const j = new EditJournal();
    j.recordBatch('第一次', [{ ref: ref(0, 0), before: empty, after: 1 }], { at });
    j.recordBatch('第二次', [{ ref: ref(0, 0), before: { value: 1 }, after: 2 }], { at });
    expect(j.history().map((h) => h.label)).toEqual(['第二次', '第一次']);
    const last = j.lastBatch()!;
    expect(last.cells).toEqual([{ sheet: '表1', row: 0, col: 0, before: { value: 1 }, after: 2, ownedBefore: 1 }]);
    j.commitUndo(last.id);
    expect(j.ownedValue(ref(0, 0))).toBe(1);
    j.commitUndo(j.lastBatch()!.id);
    expect(j.ownedValue(ref(0, 0))).toBeUndefined();
    expect(j.lastBatch()).toBeUndefined();
  });

  it('refuses to undo anything but the last batch', () => {
    const j = new EditJournal();
    const first = j.recordBatch('a', [{ ref: ref(0, 0), before: empty, after: 1 }], { at });
    j.recordBatch('b', [{ ref: ref(0, 1), before: empty, after: 1 }], { at });
    expect(() => j.commitUndo(first.id)).toThrow();
  });

  it('finds cells changed since the batch, ignoring sheets the batch created', () => {
    const j = new EditJournal();
    const b = j.recordBatch(
      'a',
      [
        { ref: ref(0, 0), before: empty, after: 1 },
        { ref: ref(0, 1), before: empty, after: null },
        { ref: ref(0, 0, '情况说明'), before: empty, after: '标题' },
      ],
      { at, createdSheets: ['情况说明'] },
    );
    const now = (r: { row: number; col: number; sheet: string }): CellState =>
      r.col === 0 ? { value: '改过' } : { value: null };
    expect(j.undoConflicts(b, now)).toEqual([{ ref: ref(0, 0), current: '改过', wanted: null }]);
  });

  it('keeps only the last batches', () => {
    const j = new EditJournal();
    for (let i = 0; i < MAX_UNDO_BATCHES + 5; i++) j.recordBatch(`b${i}`, [{ ref: ref(i, 0), before: empty, after: i + 1 }], { at });
    expect(j.history()).toHaveLength(MAX_UNDO_BATCHES);
    expect(j.history()[MAX_UNDO_BATCHES - 1].label).toBe('b5');
    expect(j.ownedValue(ref(0, 0))).toBe(1);
  });
});

describe('EditJournal marks', () => {
  it('carries the first-recorded fill of cells still marked and lists the ones to restore', () => {
    const j = new EditJournal();
    const rec = (row: number, originalFill: string | null): MarkRecord => ({
      sheet: '表1', row, col: 0, severity: 'error', originalFill, noteExisted: false,
    });
    j.commitMarks([rec(0, '#00B0F0'), rec(1, null)]);
    const { carried, unmark } = j.planMarks([{ sheet: '表1', row: 1, col: 0, severity: 'warning' }]);
    expect([...carried.values()]).toEqual([rec(1, null)]);
    expect(unmark).toEqual([rec(0, '#00B0F0')]);
  });

  it('expands ranges to cells, the more severe colour winning, notes on the first cell', () => {
    const cells = expandMarks([
      { sheet: 'S', range: { top: 0, left: 0, bottom: 0, right: 1 }, severity: 'warning', note: '提示一' },
      { sheet: 'S', range: { top: 0, left: 1, bottom: 1, right: 1 }, severity: 'error', note: '错误一' },
      { sheet: 'S', range: { top: 0, left: 0, bottom: 0, right: 0 }, severity: 'warning', note: '提示二' },
    ]);
    expect(cells).toEqual([
      { sheet: 'S', row: 0, col: 0, severity: 'warning', note: '提示一\n提示二' },
      { sheet: 'S', row: 0, col: 1, severity: 'error', note: '错误一' },
      { sheet: 'S', row: 1, col: 1, severity: 'error' },
    ]);
  });
});

describe('EditJournal serialization', () => {
  it('round-trips through JSON', () => {
    const j = new EditJournal();
    j.recordBatch('填充占比', [{ ref: ref(2, 3), before: { value: 'x', formula: '=A1' }, after: 0.5 }], { at });
    j.commitMarks([{ sheet: '表1', row: 0, col: 0, severity: 'warning', originalFill: '#FFFFFF', noteExisted: true }]);
    const back = EditJournal.parse(j.serialize());
    expect(back.toJSON()).toEqual(j.toJSON());
    expect(back.history()).toEqual([{ id: 'b1', label: '填充占比', at: at.toISOString(), cells: 1 }]);
    expect(back.rev).toBe(j.rev);
  });

  it('starts afresh from anything it cannot read', () => {
    for (const bad of [null, '', 'not json', '{"version":2}', '[]']) {
      expect(EditJournal.parse(bad).toJSON()).toEqual(new EditJournal().toJSON());
    }
  });
});

describe('following the journal’s cells (anchors)', () => {
  const marked = (): EditJournal => {
    const j = new EditJournal();
    j.commitMarks([
      { sheet: '表1', row: 2, col: 1, severity: 'error', originalFill: null, noteExisted: false, note: '合计不符' },
      { sheet: "O'Brien 表", row: 4, col: 0, severity: 'warning', originalFill: '#FFFF00', noteExisted: false },
    ]);
    j.recordBatch('填写', [{ ref: ref(5, 2), before: empty, after: '说明' }], { at });
    return j;
  };

  it('names every cell once, per sheet, in a fixed order, with a reference the spreadsheet reads back', () => {
    const j = marked();
    const names = anchorNames(j);
    expect(names.map((n) => [n.sheet, n.formula])).toEqual([
      ["O'Brien 表", "='O''Brien 表'!$A$5"],
      ['表1', '=表1!$B$3,表1!$C$6'],
    ]);
    expect(anchorNames(j).map((n) => n.name)).toEqual(names.map((n) => n.name));
    // Another journal, other names: an earlier journal's names are never read as this one's.
    j.commitMarks([]);
    expect(anchorNames(j)[0].name).not.toBe(names[0].name);
    expect(parseAreas("='O''Brien 表'!$A$5,表1!#REF!,#REF!,表1!$C$6")).toEqual([{ row: 4, col: 0 }, null, null, { row: 5, col: 2 }]);
    expect(parseAreas('=SUM(A1)')).toBeUndefined();
  });

  it('moves marks, owned cells and batches to where the names say, and drops a deleted cell', () => {
    const j = marked();
    const text = j.serialize();
    const [other, t1] = anchorNames(j, text);
    const read = new Map([
      [t1.name, '=表1!#REF!,表1!$C$8'],
      [other.name, "='O''Brien 表'!$B$5"],
    ]);
    const { moved, gone } = j.relocate(movesFromNames(j, text, read));
    expect(moved).toBe(2);
    expect(gone).toEqual([ref(2, 1)]);
    expect(j.marks().map((m) => [m.sheet, m.row, m.col])).toEqual([["O'Brien 表", 4, 1]]);
    expect(j.ownedValue(ref(7, 2))).toBe('说明');
    expect(j.ownedValue(ref(5, 2))).toBeUndefined();
    expect(j.lastBatch()!.cells.map((c) => [c.row, c.col])).toEqual([[7, 2]]);
  });

  it('a name missing, or with other areas than it was written with, moves nothing', () => {
    const j = marked();
    const text = j.serialize();
    const [, t1] = anchorNames(j, text);
    expect(movesFromNames(j, text, new Map()).size).toBe(0);
    expect(movesFromNames(j, text, new Map([[t1.name, '=表1!$B$9']])).size).toBe(0);
    expect(j.relocate(new Map()).moved).toBe(0);
    expect(j.serialize()).toBe(text);
  });
});
