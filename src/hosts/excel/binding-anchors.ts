import { a1 } from '../../engine';
import { EditJournal, cellKey } from '../journal';
import { hash, parseAreas, quoteSheet } from '../anchors';

/**
 * Following the journal's cells on an Excel without NamedItem.formula (before ExcelApi 1.7: Excel 2016 bought
 * outright has 1.1 only), where ../anchors.ts's hidden names cannot be read back.
 *
 * Office's common bindings API (Office.context.document.bindings, in every Excel since 2013) binds a cell under
 * an id; the binding is kept in the document and moves with its cell when the clerk inserts or deletes rows or
 * columns, and Excel.Binding.getRange() (ExcelApi 1.1) says where it is now. Binding every cell of the journal
 * would cost two calls per cell at every save, so a few cells stand for the others (`trackers`): the first and
 * last recorded cell of each row and of each column. A recorded cell's row is now where any tracker of its row
 * went, its column where any tracker of its column went. Where the trackers of one row (or column) disagree (the
 * clerk shifted some cells only), or none of them is left, the cell is not followed: it stays at its address and
 * is treated as before (mark-ops.ts leaves a sheet alone where a cell does not look as the add-in left it).
 *
 * Bindings belong to one saved journal (the id carries a hash of its text, as the names do); those of an earlier
 * journal are released, never read as this one's. Nothing here can fail an operation: a binding call that fails
 * leaves those cells known by address only.
 */

export const BINDING_PREFIX = 'yusuanGongkai_b_';

interface AsyncResultLike<T = unknown> {
  status: string;
  value?: T;
}

/** The part of Office.context.document.bindings used here (requirement sets TextBindings / MatrixBindings). */
export interface CommonBindings {
  addFromNamedItemAsync(itemName: string, bindingType: 'text', options: { id: string }, callback: (r: AsyncResultLike) => void): void;
  releaseByIdAsync(id: string, callback: (r: AsyncResultLike) => void): void;
  getAllAsync(callback: (r: AsyncResultLike<Array<{ id: string }>>) => void): void;
}

type Cell = { row: number; col: number };

export interface Tracker {
  id: string;
  sheet: string;
  row: number;
  col: number;
}

/** The cells that stand for the journal's cells (serialized as `text`), each with its binding id. */
export function trackersFor(journal: EditJournal, text = journal.serialize()): Tracker[] {
  const tag = hash(text);
  const out: Tracker[] = [];
  for (const { sheet, cells } of journal.anchorCells()) {
    const chosen = new Map<string, Cell>();
    const ends = (group: (c: Cell) => number) => {
      const first = new Map<number, Cell>();
      const last = new Map<number, Cell>();
      for (const c of cells) {
        if (!first.has(group(c))) first.set(group(c), c);
        last.set(group(c), c);
      }
      for (const c of [...first.values(), ...last.values()]) chosen.set(`${c.row},${c.col}`, c);
    };
    ends((c) => c.row);
    ends((c) => c.col);
    for (const c of [...chosen.values()].sort((a, b) => a.row - b.row || a.col - b.col))
      out.push({ id: `${BINDING_PREFIX}${tag}_${out.length + 1}`, sheet, row: c.row, col: c.col });
  }
  return out;
}

/** Where one coordinate of a row (or column) went, from its trackers; undefined when unknown or in doubt. */
function agreed(values: Array<number | undefined>): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  if (!known.length || known.some((v) => v !== known[0])) return undefined;
  return known[0];
}

export interface TrackedMoves {
  /** cellKey of a recorded cell → its cell now, or null when its own binding was deleted with it; cells not followed are left out. */
  moves: Map<string, Cell | null>;
  /** cellKeys (where they are now) of the cells followed by a binding of their own: known exactly. */
  exact: Set<string>;
}

/** Where each recorded cell of `journal` is now, from `located` (binding id → its cell now, null when the binding no longer has a cell). */
export function movesFromTrackers(journal: EditJournal, text: string, located: Map<string, Cell | null>): TrackedMoves {
  const moves = new Map<string, Cell | null>();
  const exact = new Set<string>();
  const bySheet = new Map<string, Tracker[]>();
  for (const t of trackersFor(journal, text)) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t]);
  for (const { sheet, cells } of journal.anchorCells()) {
    const trackers = (bySheet.get(sheet) ?? []).filter((t) => located.has(t.id));
    // No cell of the sheet left at all: the sheet itself is most likely gone, which the sheet list tells better
    // (journal.reconcileSheets); its cells are not called deleted here.
    if (!trackers.some((t) => located.get(t.id))) continue;
    const own = new Map(trackers.map((t) => [`${t.row},${t.col}`, located.get(t.id)]));
    const rowOf = (row: number) => agreed(trackers.filter((t) => t.row === row).map((t) => located.get(t.id)?.row));
    const colOf = (col: number) => agreed(trackers.filter((t) => t.col === col).map((t) => located.get(t.id)?.col));
    for (const c of cells) {
      const key = cellKey({ sheet, ...c });
      const self = own.get(`${c.row},${c.col}`);
      if (self === null) {
        moves.set(key, null);
        continue;
      }
      if (self) exact.add(cellKey({ sheet, ...self }));
      const row = rowOf(c.row);
      const col = colOf(c.col);
      if (row === undefined || col === undefined) continue;
      if (row !== c.row || col !== c.col) moves.set(key, { row, col });
    }
  }
  return { moves, exact };
}

function call<T>(start: (done: (r: AsyncResultLike<T>) => void) => void): Promise<AsyncResultLike<T>> {
  return new Promise((resolve) => {
    try {
      start(resolve);
    } catch {
      resolve({ status: 'failed' });
    }
  });
}

const succeeded = (r: AsyncResultLike) => String(r.status) === 'succeeded';

/** The journal's trackers in one document, as a journal store reads and saves them. */
export class BindingAnchors {
  /** The add-in's binding ids in the document (as far as known), and where each is now (after `locate`). */
  private ours = new Set<string>();
  private located: Map<string, Cell | null> | undefined;
  /** Bindings found without a cell: they never get one back, so they are not read again. */
  private readonly dead = new Set<string>();

  constructor(private readonly bindings: () => CommonBindings | undefined) {}

  private api(): CommonBindings | undefined {
    try {
      return this.bindings();
    } catch {
      return undefined;
    }
  }

  /** Finds where every binding of the add-in's is now: one common-API call and one batch (more only where one is dead). */
  async locate(ctx: Excel.RequestContext): Promise<void> {
    this.located = undefined;
    const api = this.api();
    if (!api) return;
    const all = await call<Array<{ id: string }>>((done) => api.getAllAsync(done));
    if (!succeeded(all)) return;
    const ids = (all.value ?? []).map((b) => b.id).filter((id) => id.startsWith(BINDING_PREFIX));
    this.ours = new Set(ids);
    const located = new Map<string, Cell | null>(ids.filter((id) => this.dead.has(id)).map((id) => [id, null]));
    // A binding whose cell was deleted fails the whole batch: halve the batch until the dead ones are found (a
    // few more round trips, once: the next save binds the cells again).
    const read = async (group: string[]): Promise<void> => {
      if (!group.length) return;
      try {
        const ranges = group.map((id) => {
          const range = ctx.workbook.bindings.getItem(id).getRange();
          range.load('address');
          return range;
        });
        await ctx.sync();
        group.forEach((id, i) => located.set(id, parseAreas(ranges[i].address)?.[0] ?? null));
      } catch {
        if (group.length === 1) {
          located.set(group[0], null);
          this.dead.add(group[0]);
        } else {
          const half = Math.ceil(group.length / 2);
          await read(group.slice(0, half));
          await read(group.slice(half));
        }
      }
    };
    await read(ids.filter((id) => !this.dead.has(id)));
    this.located = located;
  }

  /**
   * Where the cells of the journal just loaded (serialized as `text`) are now; empty when not known. What `locate`
   * found is used once: a later load without its own `locate` (a plain read) moves nothing.
   */
  moves(journal: EditJournal, text: string | null): TrackedMoves {
    const located = this.located;
    this.located = undefined;
    if (!text || !located) return { moves: new Map(), exact: new Set() };
    return movesFromTrackers(journal, text, located);
  }

  /** Binds the trackers of the journal just saved (as `text`) and releases every other binding of the add-in's. */
  async save(text: string): Promise<void> {
    const api = this.api();
    if (!api) return;
    const wanted = trackersFor(EditJournal.parse(text), text);
    const keep = new Set(wanted.map((t) => t.id));
    const adds = wanted
      .filter((t) => !this.ours.has(t.id))
      .map(async (t) => {
        const r = await call((done) => api.addFromNamedItemAsync(`${quoteSheet(t.sheet)}!${a1(t.row, t.col)}`, 'text', { id: t.id }, done));
        if (succeeded(r)) this.ours.add(t.id);
      });
    const releases = [...this.ours]
      .filter((id) => !keep.has(id))
      .map(async (id) => {
        const r = await call((done) => api.releaseByIdAsync(id, done));
        if (succeeded(r)) this.ours.delete(id);
      });
    await Promise.all([...adds, ...releases]);
    this.located = undefined;
  }
}
