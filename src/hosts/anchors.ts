import { a1, parseRef } from '../engine';
import { cellKey, type EditJournal } from './journal';

/**
 * Following the journal's cells when the clerk inserts or deletes rows or columns (Excel and WPS).
 *
 * The journal keeps addresses. Beside it the host keeps hidden workbook names whose reference is the list of
 * those cells (`=表1!$B$3,表1!$C$5,…`, one name per sheet and chunk): the spreadsheet itself moves a name's
 * references when rows or columns are inserted or deleted above or left of them, and turns a deleted cell into
 * #REF!. Reading the names back, area by area, gives where each recorded cell is now.
 *
 * A name belongs to one saved journal: its name carries a hash of the journal's text, so names left by an earlier
 * journal (or by a save that did not complete) are never read as this journal's, only deleted.
 */

export const ANCHOR_PREFIX = 'yusuanGongkai_cells_';
/** A name's reference stays well below the 8,192 characters of a formula. */
const MAX_FORMULA_CHARS = 2000;

export interface AnchorName {
  name: string;
  /** The reference as the spreadsheet writes it: "=表1!$B$3,表1!$C$5". */
  formula: string;
  sheet: string;
  cells: Array<{ row: number; col: number }>;
}

/** FNV-1a of the journal's text, 8 hex digits. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function quoteSheet(sheet: string): string {
  // Explicit ranges, not \p{L}: WPS's older embedded browsers predate Unicode property escapes (quoting more is harmless).
  return /^[A-Za-z_\u00c0-\u024f\u3400-\u9fff\uf900-\ufaff][A-Za-z0-9_.\u00c0-\u024f\u3400-\u9fff\uf900-\ufaff]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function absolute(row: number, col: number): string {
  return a1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
}

/** The names that anchor `journal`'s cells, for the journal serialized as `text`. */
export function anchorNames(journal: EditJournal, text = journal.serialize()): AnchorName[] {
  const tag = hash(text);
  const out: AnchorName[] = [];
  for (const { sheet, cells } of journal.anchorCells()) {
    const q = quoteSheet(sheet);
    let chunk: Array<{ row: number; col: number }> = [];
    let length = 1;
    const flush = () => {
      if (!chunk.length) return;
      out.push({
        name: `${ANCHOR_PREFIX}${tag}_${out.length + 1}`,
        formula: `=${chunk.map((c) => `${q}!${absolute(c.row, c.col)}`).join(',')}`,
        sheet,
        cells: chunk,
      });
      chunk = [];
      length = 1;
    };
    for (const c of cells) {
      const piece = q.length + 1 + absolute(c.row, c.col).length + 1;
      if (length + piece > MAX_FORMULA_CHARS) flush();
      chunk.push(c);
      length += piece;
    }
    flush();
  }
  return out;
}

/**
 * The areas of a reference as the spreadsheet gives it back: each a cell, or null where it reads #REF! (the
 * cell was deleted). Undefined when the text is not a list of single cells.
 */
export function parseAreas(formula: string): Array<{ row: number; col: number } | null> | undefined {
  const text = formula.trim().replace(/^=/, '');
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      if (quoted && text[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  const out: Array<{ row: number; col: number } | null> = [];
  for (const p of parts) {
    const bang = p.lastIndexOf('!');
    const ref = (bang < 0 ? p : p.slice(bang + 1)).trim();
    if (/#REF!?$/.test(p.trim()) || ref === '#REF' || ref === '') {
      out.push(null);
      continue;
    }
    const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
    if (!m) return undefined;
    const { row, col } = parseRef(`${m[1]}${m[2]}`);
    out.push({ row, col });
  }
  return out;
}

/**
 * Where each anchored cell of `journal` is now, from the names as read back (`read`: name → its formula). A
 * name that is missing, or whose areas do not match the cells it was written with, moves nothing.
 */
export function movesFromNames(journal: EditJournal, text: string, read: Map<string, string>): Map<string, { row: number; col: number } | null> {
  const moves = new Map<string, { row: number; col: number } | null>();
  for (const n of anchorNames(journal, text)) {
    const formula = read.get(n.name);
    if (formula === undefined) continue;
    const areas = parseAreas(formula);
    if (!areas || areas.length !== n.cells.length) continue;
    n.cells.forEach((c, i) => {
      const now = areas[i];
      if (!now || now.row !== c.row || now.col !== c.col) moves.set(cellKey({ sheet: n.sheet, ...c }), now);
    });
  }
  return moves;
}
