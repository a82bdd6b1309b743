import { ANCHOR_PREFIX, anchorNames, movesFromNames } from '../anchors';
import { EditJournal, type JournalCellsGone } from '../journal';
import { toRows } from './cell-values';
import { WPS_MESSAGES } from './messages';
import type { EtNames, EtSheets, EtWorkbook, EtWorksheet, WpsPluginStorage } from './wps-types';
import { XL_SHEET_VERY_HIDDEN } from './wps-types';

/**
 * Where the WPS host keeps the edit journal. WPS has no undo for what an add-in writes, so undo and
 * "clear marks" rest on this record alone, and it must live in the workbook itself:
 * - it survives saving, closing and reopening the file (and a WPS restart, which PluginStorage does not);
 * - the ribbon page and the task pane are separate pages with separate memory, and both read the same
 *   record from the workbook before every operation;
 * - custom document properties would do too, but a property value is limited to 255 characters.
 * So it is JSON in column A of a very hidden sheet (xlSheetVeryHidden: not listed under 取消隐藏), in
 * chunks below the 32,767-character cell limit. When the workbook structure is protected no sheet
 * can be added; then the journal is kept in PluginStorage, for this WPS session only.
 */
export const JOURNAL_SHEET_NAME = '预算公开助手记录';
const MARKER = 'yusuan-gongkai journal v1';
const CHUNK_CHARS = 30000;

export interface WpsJournalStore {
  /** The journal with every entry moved to where its cell is now (see ../anchors.ts); `gone` says what was deleted. */
  load(book: EtWorkbook): EditJournal;
  /** Cells of the journal last loaded that the clerk deleted with their rows or columns (their entries dropped). */
  readonly gone?: JournalCellsGone;
  /** Throws when it cannot save; the caller rolls its writes back. */
  save(book: EtWorkbook, journal: EditJournal): void;
}

export function findSheet(sheets: EtSheets, name: string): EtWorksheet | undefined {
  for (let i = 1; i <= sheets.Count; i++) {
    const s = sheets.Item(i);
    if (s.Name === name) return s;
  }
  return undefined;
}

/** Deletes a sheet without WPS asking the clerk to confirm. */
export function deleteSheetQuietly(book: EtWorkbook, ws: EtWorksheet): void {
  const app = book.Application;
  const alerts = app ? app.DisplayAlerts : undefined;
  if (app) app.DisplayAlerts = false;
  try {
    ws.Delete();
  } finally {
    if (app && alerts !== undefined) app.DisplayAlerts = alerts;
  }
}

export class HiddenSheetJournalStore implements WpsJournalStore {
  constructor(private readonly fallback?: WpsPluginStorage) {}

  private fallbackKey(book: EtWorkbook): string {
    return `yusuan-gongkai.journal:${book.FullName || book.Name}`;
  }

  gone: JournalCellsGone = [];

  load(book: EtWorkbook): EditJournal {
    const text = this.loadText(book);
    const journal = EditJournal.parse(text);
    this.gone = [];
    if (text && book.Names) this.gone = journal.relocate(movesFromNames(journal, text, ourNames(book.Names))).gone;
    return journal;
  }

  private loadText(book: EtWorkbook): string | null {
    const ws = findSheet(book.Worksheets, JOURNAL_SHEET_NAME);
    if (!ws) {
      const kept = this.fallback?.getItem(this.fallbackKey(book));
      return typeof kept === 'string' ? kept : null;
    }
    const [head] = toRows(ws.Range('A1:B1').Value2);
    const count = Number(head[1]);
    if (head[0] !== MARKER || !Number.isInteger(count) || count < 1) return null;
    const chunks = toRows(ws.Range(`A2:A${count + 1}`).Value2).map((row) => (typeof row[0] === 'string' ? row[0] : ''));
    return chunks.join('');
  }

  save(book: EtWorkbook, journal: EditJournal): void {
    const text = journal.serialize();
    // The names first, the journal last: a save that fails at a name leaves the journal from before it.
    if (book.Names) {
      try {
        saveNames(book.Names, journal, text);
      } catch {
        // Names refused: the journal is still saved, its cells known by address until a save keeps names again.
      }
    }
    let ws = findSheet(book.Worksheets, JOURNAL_SHEET_NAME);
    if (!ws && book.ProtectStructure && this.fallback) {
      this.fallback.setItem(this.fallbackKey(book), text);
      return;
    }
    ws ??= this.createSheet(book);
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += CHUNK_CHARS) chunks.push(text.slice(i, i + CHUNK_CHARS));
    const [head] = toRows(ws.Range('A1:B1').Value2);
    const ours = head[0] === MARKER;
    // A sheet of the clerk's that happens to have this name is never written over.
    if (!ours && !(head[0] === undefined || head[0] === null || head[0] === ''))
      throw new Error(WPS_MESSAGES.journalSheetTaken(JOURNAL_SHEET_NAME));
    const oldCount = ours && Number.isInteger(Number(head[1])) ? Number(head[1]) : 0;
    // An apostrophe keeps each chunk text, whatever characters it starts with. The head and the chunks in one
    // write: a save that fails leaves the journal before it whole, never a new head over old chunks.
    const rows: Array<Array<string | number | null>> = [[MARKER, chunks.length], ...chunks.map((c) => [`'${c}`, null])];
    ws.Range(`A1:B${chunks.length + 1}`).Value2 = rows;
    if (oldCount > chunks.length) ws.Range(`A${chunks.length + 2}:A${oldCount + 1}`).ClearContents();
  }

  private createSheet(book: EtWorkbook): EtWorksheet {
    const active = book.ActiveSheet;
    const last = book.Sheets.Item(book.Sheets.Count);
    const ws = book.Sheets.Add(null, last);
    try {
      ws.Name = JOURNAL_SHEET_NAME;
      ws.Visible = XL_SHEET_VERY_HIDDEN;
    } catch (e) {
      deleteSheetQuietly(book, ws);
      throw e;
    } finally {
      // Adding a sheet activates it; give the clerk back the sheet they were on.
      if (active) active.Activate();
    }
    return ws;
  }
}

/** The add-in's names in the workbook: name → reference. */
function ourNames(names: EtNames): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 1; i <= names.Count; i++) {
    const n = names.Item(i);
    if (n.Name.startsWith(ANCHOR_PREFIX)) out.set(n.Name, String(n.RefersTo));
  }
  return out;
}

/** Hidden names that follow the journal's cells (../anchors.ts); the ones of an earlier journal are deleted. */
function saveNames(names: EtNames, journal: EditJournal, text: string): void {
  const before = ourNames(names);
  const wanted = anchorNames(journal, text);
  for (const n of wanted) if (!before.has(n.name)) names.Add(n.name, n.formula, false);
  const keep = new Set(wanted.map((n) => n.name));
  for (const name of before.keys()) if (!keep.has(name)) names.Item(name).Delete();
}
