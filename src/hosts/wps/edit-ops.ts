import type { CellRef } from '../../engine';
import type { ApplyResult, CellEdit, CellInput, EditBatch, WriteOptions } from '../host';
import { cellKey, isBlankValue, lastPerCell, isEmptyState, type CellState, type EditJournal } from '../journal';
import { HOST_MESSAGES } from '../messages';
import { cellAt, readStates, restoreState, writeValue } from './cell-io';
import { deleteSheetQuietly } from './journal-store';
import { conflictResult, protectedResult, sheetMissingResult, type PlannedWrite, type RunnerContext, type UndoLog } from './write-runner';
import type { EtWorksheet } from './wps-types';

interface Target {
  ref: CellRef;
  current: CellState;
  wanted: CellInput;
}

function refOf(c: CellRef): CellRef {
  return { sheet: c.sheet, row: c.row, col: c.col };
}

function groupBySheet<T extends CellRef>(cells: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const c of cells) {
    const list = out.get(c.sheet) ?? [];
    list.push(c);
    out.set(c.sheet, list);
  }
  return out;
}

/** Reads the current state of every target; undefined when one of their sheets is gone. */
function readTargets<T extends CellRef>(ctx: RunnerContext, cells: T[]): Map<string, CellState> | undefined {
  const out = new Map<string, CellState>();
  for (const [sheet, list] of groupBySheet(cells)) {
    const ws = ctx.sheet(sheet);
    if (!ws) return undefined;
    for (const [k, state] of readStates(ws, list)) out.set(`${sheet}\u0000${k}`, state);
  }
  return out;
}

/** Writes values, pushing the restore of each cell's previous state once it has been written. */
function writeTargets(ctx: RunnerContext, targets: Target[], log: UndoLog): void {
  for (const t of targets) {
    const ws = ctx.sheet(t.ref.sheet)!;
    const cell = cellAt(ws, t.ref.row, t.ref.col);
    writeValue(cell, t.wanted);
    log.push(() => restoreState(cellAt(ws, t.ref.row, t.ref.col), t.current));
  }
}

export function planApplyEdits(ctx: RunnerContext, batch: EditBatch, now: () => Date) {
  return (journal: EditJournal): PlannedWrite | ApplyResult => {
    const edits: CellEdit[] = lastPerCell(batch.edits);
    const states = readTargets(ctx, edits);
    if (!states) return sheetMissingResult();
    const sheets = [...new Set(edits.map((e) => e.sheet))];
    const refused = protectedResult(sheets.map((s) => ctx.sheet(s)));
    if (refused) return refused;
    const targets: Target[] = edits.map((e) => ({ ref: refOf(e), current: states.get(cellKey(e))!, wanted: e.value }));
    if (!batch.overwrite) {
      const conflicts = journal.conflicts(targets);
      if (conflicts.length) return conflictResult(conflicts);
    }
    return {
      written: edits.length,
      sheets,
      write: (log) => writeTargets(ctx, targets, log),
      commit: (j) => j.recordBatch(batch.label, targets.map((t) => ({ ref: t.ref, before: t.current, after: t.wanted })), { at: now() }),
    };
  };
}

/** Content of a sheet's used range as targets whose wanted value is blank. */
function usedContent(ws: EtWorksheet, name: string): Map<string, Target> {
  const used = ws.UsedRange;
  const refs: CellRef[] = [];
  for (let r = 0; r < used.Rows.Count; r++)
    for (let c = 0; c < used.Columns.Count; c++) refs.push({ sheet: name, row: used.Row - 1 + r, col: used.Column - 1 + c });
  const out = new Map<string, Target>();
  for (const [k, state] of readStates(ws, refs)) {
    if (isEmptyState(state)) continue;
    const [row, col] = k.split(',').map(Number);
    out.set(k, { ref: { sheet: name, row, col }, current: state, wanted: null });
  }
  return out;
}

/**
 * Writes the whole sheet the add-in owns (情况说明): creates it after the last sheet, or replaces
 * what it held. A cell the clerk typed into since is a conflict, not silently lost.
 */
export function planWriteSheet(ctx: RunnerContext, name: string, rows: CellInput[][], label: string, options: WriteOptions, now: () => Date) {
  return (journal: EditJournal): PlannedWrite | ApplyResult => {
    const existing = ctx.sheet(name);
    if (existing) {
      const refused = protectedResult([existing]);
      if (refused) return refused;
    }
    const targets = existing ? usedContent(existing, name) : new Map<string, Target>();
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const wanted = v ?? null;
        const t = targets.get(`${r},${c}`);
        if (t) t.wanted = wanted;
        else if (!isBlankValue(wanted)) targets.set(`${r},${c}`, { ref: { sheet: name, row: r, col: c }, current: { value: null }, wanted });
      }),
    );
    const touched = [...targets.values()];
    if (!options.overwrite) {
      const conflicts = journal.conflicts(touched);
      if (conflicts.length) return conflictResult(conflicts);
    }
    const created: string[] = existing ? [] : [name];
    return {
      written: touched.length,
      sheets: [name],
      write: (log) => {
        if (!existing) createSheet(ctx, name, log);
        writeTargets(ctx, touched, log);
      },
      commit: (j) =>
        j.recordBatch(label, touched.map((t) => ({ ref: t.ref, before: t.current, after: t.wanted })), { createdSheets: created, at: now() }),
    };
  };
}

function createSheet(ctx: RunnerContext, name: string, log: UndoLog): void {
  const book = ctx.book;
  const active = book.ActiveSheet;
  const ws = book.Sheets.Add(null, book.Sheets.Item(book.Sheets.Count));
  ctx.forget(name);
  try {
    ws.Name = name;
  } catch (e) {
    deleteSheetQuietly(book, ws);
    if (active) active.Activate();
    throw e;
  }
  // Adding a sheet activates it; the clerk stays where they were (the pane can select the new sheet).
  if (active) active.Activate();
  log.push(() => {
    deleteSheetQuietly(book, ws);
    ctx.forget(name);
    if (active) active.Activate();
  });
}

/** Puts the last batch's cells back as they were, unless someone changed them since (then: ask). */
export function planUndo(ctx: RunnerContext, options: WriteOptions) {
  return (journal: EditJournal): PlannedWrite | ApplyResult => {
    const batch = journal.lastBatch();
    if (!batch) return { ok: false, reason: 'failed', message: HOST_MESSAGES.nothingToUndo() };
    const toDelete = batch.createdSheets.filter((s) => ctx.sheet(s));
    const kept = batch.cells.filter((c) => !batch.createdSheets.includes(c.sheet));
    const states = readTargets(ctx, kept);
    if (!states) return sheetMissingResult();
    const sheets = [...new Set(kept.map((c) => c.sheet))];
    const refused = protectedResult(sheets.map((s) => ctx.sheet(s)));
    if (refused) return refused;
    const current = (ref: CellRef) => states.get(cellKey(ref)) ?? { value: null };
    if (!options.overwrite) {
      const conflicts = journal.undoConflicts({ ...batch, cells: kept }, current);
      if (conflicts.length) return conflictResult(conflicts, true);
    }
    return {
      written: batch.cells.length,
      sheets,
      write: (log) => {
        for (const c of kept) {
          const ws = ctx.sheet(c.sheet)!;
          const now = current(c);
          restoreState(cellAt(ws, c.row, c.col), c.before);
          log.push(() => restoreState(cellAt(ws, c.row, c.col), now));
        }
        // A sheet the batch created goes last: deleting it cannot be taken back.
        for (const name of toDelete) {
          deleteSheetQuietly(ctx.book, ctx.sheet(name)!);
          ctx.forget(name);
        }
      },
      commit: (j) => j.commitUndo(batch.id),
    };
  };
}
