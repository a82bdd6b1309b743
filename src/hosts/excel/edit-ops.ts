import type { CellRef } from '../../engine';
import type { CellEdit, CellInput, EditBatch, WriteOptions } from '../host';
import { isBlankValue, isEmptyState, lastPerCell, type CellState, type EditJournal } from '../journal';
import { HOST_MESSAGES } from '../messages';
import { queueRestores, queueStateReads, queueValueWrites, rangeAddress } from './cell-io';
import { toCellState, toExcelInput } from './cell-values';
import {
  READ_AGAIN,
  conflictResult,
  protectedResult,
  type Prepare,
  type PreparedWrite,
  type WriteContext,
} from './write-runner';

/** The batch's cells are written as given; nothing is written if one of them belongs to the clerk. */
export function prepareApplyEdits(batch: EditBatch, now: () => Date): Prepare {
  const edits: CellEdit[] = lastPerCell(batch.edits);
  return (w): PreparedWrite => {
    const current = queueStateReads(w.sheets, edits);
    return {
      usesJournal: false,
      finish(journal, sheets) {
        const touched = new Set(edits.map((e) => e.sheet));
        const refused = protectedResult(sheets, touched);
        if (refused) return refused;
        const targets = edits.map((e) => ({ ref: refOf(e), current: current(e), wanted: e.value }));
        if (!batch.overwrite) {
          const conflicts = journal.conflicts(targets);
          if (conflicts.length) return conflictResult(conflicts);
        }
        queueValueWrites(w.sheets, edits);
        return {
          written: edits.length,
          sheets: [...touched],
          commit: (j) =>
            j.recordBatch(batch.label, targets.map((t) => ({ ref: t.ref, before: t.current, after: t.wanted })), { at: now() }),
          rollback: (rw, sheet) =>
            queueRestores(rw.sheets, targets.filter((t) => !sheet || t.ref.sheet === sheet).map((t) => ({ ...t.ref, state: t.current }))),
        };
      },
    };
  };
}

interface SheetContent {
  top: number;
  left: number;
  states: CellState[][];
}

function queueUsedRange(w: WriteContext, name: string): () => SheetContent {
  const ws = w.sheets.get(name);
  const range = w.features.valuesOnlyUsedRange ? ws.getUsedRange(true) : ws.getUsedRange();
  range.load('rowIndex,columnIndex,values,valueTypes,formulas');
  return () => ({
    top: range.rowIndex,
    left: range.columnIndex,
    states: range.values.map((row, r) => row.map((v, c) => toCellState(v, range.valueTypes[r][c], range.formulas[r][c]))),
  });
}

/**
 * Writes the whole sheet the add-in owns (情况说明): creates it, or replaces what it held. The old
 * content is read first, so a paragraph the clerk edited by hand is a conflict rather than lost.
 */
export function prepareWriteSheet(
  name: string,
  rows: CellInput[][],
  label: string,
  options: WriteOptions,
  now: () => Date,
  knownSheets: () => Set<string>,
  forgetSheet: (name: string) => void,
): Prepare {
  return (w): PreparedWrite => {
    const old = knownSheets().has(name) ? queueUsedRange(w, name) : undefined;
    return {
      usesJournal: false,
      onItemNotFound() {
        forgetSheet(name);
        return true;
      },
      finish(journal, sheets) {
        const info = sheets.find((s) => s.name === name);
        if (info && !old) return READ_AGAIN;
        const refused = protectedResult(sheets, [name]);
        if (refused) return refused;

        const content = info && old ? old() : undefined;
        const height = rows.length;
        const width = Math.max(0, ...rows.map((r) => r.length));
        const targets = new Map<string, { ref: CellRef; current: CellState; wanted: CellInput }>();
        const at = (row: number, col: number) => `${row},${col}`;
        for (let r = 0; r < height; r++) {
          for (let c = 0; c < width; c++) {
            const wanted = rows[r][c] ?? null;
            targets.set(at(r, c), { ref: { sheet: name, row: r, col: c }, current: { value: null }, wanted });
          }
        }
        content?.states.forEach((row, i) =>
          row.forEach((state, j) => {
            if (isEmptyState(state)) return;
            const r = content.top + i;
            const c = content.left + j;
            const t = targets.get(at(r, c));
            if (t) t.current = state;
            else targets.set(at(r, c), { ref: { sheet: name, row: r, col: c }, current: state, wanted: null });
          }),
        );
        const touched = [...targets.values()].filter((t) => !isEmptyState(t.current) || !isBlankValue(t.wanted));
        if (!options.overwrite) {
          const conflicts = journal.conflicts(touched);
          if (conflicts.length) return conflictResult(conflicts);
        }

        const ws = info ? w.sheets.get(name) : w.sheets.add(name);
        if (content && content.states.length) {
          ws.getRange(rangeAddress(content.top, content.left, content.states.length, content.states[0].length)).clear('Contents');
        }
        if (height && width) {
          ws.getRange(rangeAddress(0, 0, height, width)).values = rows.map((r) =>
            Array.from({ length: width }, (_, c) => toExcelInput(r[c] ?? null)),
          );
        }
        const created = info ? [] : [name];
        return {
          written: height * width,
          sheets: [name],
          commit: (j) =>
            j.recordBatch(label, touched.map((t) => ({ ref: t.ref, before: t.current, after: t.wanted })), {
              createdSheets: created,
              at: now(),
            }),
          rollback: (rw) => {
            if (created.length) {
              rw.sheets.get(name).delete();
              return;
            }
            if (height && width) rw.sheets.get(name).getRange(rangeAddress(0, 0, height, width)).clear('Contents');
            queueRestores(rw.sheets, touched.filter((t) => !isEmptyState(t.current)).map((t) => ({ ...t.ref, state: t.current })));
          },
        };
      },
    };
  };
}

/** Puts the last batch's cells back as they were, unless someone changed them since (then: ask). */
export function prepareUndo(options: WriteOptions): Prepare {
  return (w, hint): PreparedWrite => {
    const batch = hint.lastBatch();
    const kept = batch ? batch.cells.filter((c) => !batch.createdSheets.includes(c.sheet)) : [];
    const current = queueStateReads(w.sheets, kept);
    return {
      usesJournal: true,
      finish(journal: EditJournal, sheets) {
        if (!batch) return { ok: false, reason: 'failed', message: HOST_MESSAGES.nothingToUndo() };
        const refused = protectedResult(sheets, new Set(kept.map((c) => c.sheet)));
        if (refused) return refused;
        if (!options.overwrite) {
          const conflicts = journal.undoConflicts({ ...batch, cells: kept }, current);
          if (conflicts.length) return conflictResult(conflicts, true);
        }
        queueRestores(w.sheets, kept.map((c) => ({ ...refOf(c), state: c.before })));
        const existing = new Set(sheets.map((s) => s.name));
        const toDelete = batch.createdSheets.filter((s) => existing.has(s));
        for (const s of toDelete) w.sheets.get(s).delete();
        return {
          written: batch.cells.length,
          sheets: [...new Set(kept.map((c) => c.sheet))],
          commit: (j) => j.commitUndo(batch.id),
          rollback: (rw, sheet) =>
            queueValueWrites(
              rw.sheets,
              kept.filter((c) => !sheet || c.sheet === sheet).map((c) => ({ ...refOf(c), value: c.after })),
            ),
        };
      },
    };
  };
}

function refOf(c: CellRef): CellRef {
  return { sheet: c.sheet, row: c.row, col: c.col };
}
