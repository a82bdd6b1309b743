import { BINDING_PREFIX, movesFromTrackers, trackersFor } from '../../../src/hosts/excel/binding-anchors';
import { EditJournal, cellKey } from '../../../src/hosts/journal';
import { MARK_FILL } from '../../../src/hosts/mark-style';
import { FakeWorkbook } from '../../support/office-fake';
import { excelHostOn } from './fixture';

/** Issue 10: before ExcelApi 1.7 the journal's cells are followed by bindings (src/hosts/excel/binding-anchors.ts). */

const cells: Array<[number, number]> = [
  [2, 1],
  [2, 2],
  [2, 3],
  [4, 1],
  [4, 3],
  [6, 2],
];

function journalOf(list: Array<[number, number]>, sheet = '表1'): { journal: EditJournal; text: string } {
  const journal = new EditJournal();
  journal.commitMarks(list.map(([row, col]) => ({ sheet, row, col, severity: 'error' as const, originalFill: null, noteExisted: false })));
  return { journal, text: journal.serialize() };
}

describe('trackers: a few cells stand for all', () => {
  it('binds the first and last cell of each row and of each column, under ids of this journal', () => {
    const { journal, text } = journalOf(cells);
    const trackers = trackersFor(journal, text);
    // Each of these cells ends a row or a column.
    expect(trackers.map((t) => [t.row, t.col])).toEqual([
      [2, 1],
      [2, 2],
      [2, 3],
      [4, 1],
      [4, 3],
      [6, 2],
    ]);
    const wide = journalOf([
      [2, 1],
      [2, 2],
      [2, 3],
      [3, 1],
      [3, 2],
      [3, 3],
      [4, 1],
      [4, 2],
      [4, 3],
    ]);
    // The middle cell C4 is no row's nor column's end: followed through the others.
    expect(trackersFor(wide.journal, wide.text).map((t) => `${t.row},${t.col}`)).not.toContain('3,2');
    expect(trackers.every((t) => t.id.startsWith(BINDING_PREFIX))).toBe(true);
    const other = journalOf(cells.slice(1));
    expect(trackersFor(other.journal, other.text)[0].id).not.toBe(trackers[0].id);
  });

  it('moves every cell by the trackers of its row and its column', () => {
    const wide = journalOf([
      [2, 1],
      [2, 2],
      [2, 3],
      [3, 1],
      [3, 2],
      [3, 3],
    ]);
    const trackers = trackersFor(wide.journal, wide.text);
    // Two rows inserted above row 3: every tracker two rows down.
    const located = new Map(trackers.map((t) => [t.id, { row: t.row + 2, col: t.col }]));
    const { moves, exact } = movesFromTrackers(wide.journal, wide.text, located);
    expect(exact.has(cellKey({ sheet: '表1', row: 4, col: 1 }))).toBe(true);
    expect(moves.get(cellKey({ sheet: '表1', row: 3, col: 2 }))).toEqual({ row: 5, col: 2 });
    expect(moves.size).toBe(6);
  });

  it('calls a cell deleted only when its own binding lost its cell', () => {
    const { journal, text } = journalOf(cells);
    const trackers = trackersFor(journal, text);
    // Row 3 (index 2) deleted: its cells' bindings have no cell; the rows below move up by one.
    const located = new Map(trackers.map((t) => [t.id, t.row === 2 ? null : { row: t.row - 1, col: t.col }]));
    const { moves } = movesFromTrackers(journal, text, located);
    expect(moves.get(cellKey({ sheet: '表1', row: 2, col: 1 }))).toBeNull();
    // B5's column is known from B5 itself, though B3 (the column's other end) is gone.
    expect(moves.get(cellKey({ sheet: '表1', row: 4, col: 1 }))).toEqual({ row: 3, col: 1 });
    expect(moves.get(cellKey({ sheet: '表1', row: 6, col: 2 }))).toEqual({ row: 5, col: 2 });
  });

  it('does not follow a row whose trackers disagree (cells shifted in some columns only)', () => {
    const { journal, text } = journalOf([
      [2, 1],
      [2, 2],
      [2, 3],
    ]);
    const trackers = trackersFor(journal, text);
    // "Insert cells, shift down" over column D only: D3's binding went down, B3's did not.
    const located = new Map(trackers.map((t) => [t.id, t.col === 3 ? { row: 3, col: 3 } : { row: 2, col: t.col }]));
    const { moves } = movesFromTrackers(journal, text, located);
    expect(moves.has(cellKey({ sheet: '表1', row: 2, col: 2 }))).toBe(false);
    expect(moves.has(cellKey({ sheet: '表1', row: 2, col: 3 }))).toBe(false);
  });

  it('says nothing of a sheet none of whose bindings has a cell (the sheet was deleted: the sheet list says so)', () => {
    const { journal, text } = journalOf(cells);
    const located = new Map(trackersFor(journal, text).map((t) => [t.id, null]));
    expect(movesFromTrackers(journal, text, located).moves.size).toBe(0);
  });
});

describe('Excel 2016 (ExcelApi 1.1): bindings in the document', () => {
  const book = () => {
    const b = FakeWorkbook.from([{ name: '表1', rows: Array.from({ length: 8 }, () => ['项目', 1, 2, 3]) }]);
    b.excelApiVersion = '1.1';
    return b;
  };
  const markAt = (row: number, col: number) => ({ sheet: '表1', range: { top: row, left: col, bottom: row, right: col }, severity: 'error' as const, note: 'n' });

  it('keeps only the bindings of the journal saved last, and releases them all once nothing is left', async () => {
    const b = book();
    await excelHostOn(b).mark([markAt(2, 1), markAt(4, 2)]);
    const first = [...b.bindings.keys()];
    expect(first.length).toBe(2);
    await excelHostOn(b).mark([markAt(3, 1)]);
    const second = [...b.bindings.keys()];
    expect(second.some((id) => first.includes(id))).toBe(false);
    await excelHostOn(b).clearMarks();
    expect(b.bindings.size).toBe(0);
  });

  it('after a marked row is deleted, finds the dead binding in a few round trips and clears the others where they are', async () => {
    const b = book();
    const marks = Array.from({ length: 6 }, (_, i) => markAt(1 + i, 1 + (i % 3)));
    await excelHostOn(b).mark(marks);
    // Row 4 (D4, marked) deleted: the marks below move up one row.
    b.shift('表1', 'row', 3, -1);
    const bound = b.bindings.size;
    const before = b.syncCount;
    const r = await excelHostOn(b).clearMarks();
    expect(r.ok && r.notice).toContain('表1!D4');
    // The two trips of the write, one read of the bindings, and the halving down to the dead one.
    expect(b.syncCount - before).toBeLessThanOrEqual(3 + 2 * Math.ceil(Math.log2(bound)));
    const filled = [...b.sheet('表1')!.cells.values()].filter((c) => c.fill === MARK_FILL.error);
    expect(filled).toEqual([]);
  });

  it('binding calls refused: the cells are known by address, and nothing fails', async () => {
    const b = book();
    b.failBindings = true;
    expect((await excelHostOn(b).mark([markAt(2, 1)])).ok).toBe(true);
    expect(b.bindings.size).toBe(0);
    expect((await excelHostOn(b).clearMarks()).ok).toBe(true);
    expect(b.sheet('表1')!.get(2, 1)?.fill ?? null).toBeNull();
  });
});
