import type { Analysis } from '../analyze';
import { compactText, displayText } from '../grid/text';
import type { CellRef, SheetGrid, WorkbookGrid } from '../grid/types';

/**
 * A 情况说明 kept in a sheet: its text (one row a line, the row's non-empty cells joined) and, for
 * each line of that text, the cells it came from, so a finding's sentence can be shown in its cell.
 */
export interface SheetText {
  sheet: string;
  text: string;
  /** lines[i] is text line i + 1: the sheet row and the cells on it, with their place in the line. */
  lines: Array<{ row: number; cells: Array<{ col: number; start: number; end: number }> }>;
}

/** The sheet's text, one row a line; a cell holding line breaks gives several lines of its row. */
export function sheetText(sheet: SheetGrid): SheetText {
  const originRow = sheet.originRow ?? 0;
  const originCol = sheet.originCol ?? 0;
  const texts: string[] = [];
  const lines: SheetText['lines'] = [];
  for (let r = 0; r < sheet.cells.length; r++) {
    const row = originRow + r;
    const cells = sheet.cells[r];
    const spans: Array<{ col: number; start: number; end: number }> = [];
    let joined = '';
    (cells ?? []).forEach((cell, c) => {
      const t = displayText(cell);
      if (t === '') return;
      spans.push({ col: originCol + c, start: joined.length, end: joined.length + t.length });
      joined += t;
    });
    const breaks = /\r?\n/g;
    let start = 0;
    for (;;) {
      const m = breaks.exec(joined);
      const end = m ? m.index : joined.length;
      texts.push(joined.slice(start, end));
      lines.push({
        row,
        cells: spans
          .filter((s) => s.start < end && s.end > start)
          .map((s) => ({ col: s.col, start: Math.max(s.start, start) - start, end: Math.min(s.end, end) - start })),
      });
      if (!m) break;
      start = m.index + m[0].length;
    }
  }
  return { sheet: sheet.name, text: texts.join('\n'), lines };
}

/** The cell holding a finding's sentence (line as the checker counts it, 1-based); the line's first cell when the sentence is not found in it. */
export function cellOfSentence(source: SheetText, line: number, sentence: string): CellRef | undefined {
  const l = source.lines[line - 1];
  if (!l || l.cells.length === 0) return undefined;
  const lineText = source.text.split('\n')[line - 1] ?? '';
  const at = sentence.trim() ? lineText.indexOf(sentence.trim()) : -1;
  const cell = (at >= 0 && l.cells.find((c) => at >= c.start && at < c.end)) || l.cells[0];
  return { sheet: source.sheet, row: l.row, col: cell.col };
}

/** Sheet names that hold a 情况说明, not a 填表说明 or the clerk's 情况说明素材. */
const NARRATIVE_SHEET = /说明$/;
const NOT_NARRATIVE = /(填表|填报|编制|使用|操作|表样|格式)说明$/;

/** The workbook's 情况说明 sheet: named …说明, holding text and none of the recognized tables. */
export function findNarrativeSheet(grid: WorkbookGrid, analysis: Analysis): SheetGrid | undefined {
  const tableSheets = new Set(analysis.tables.map((t) => t.sheet));
  const candidates = grid.sheets.filter((s) => {
    const name = compactText(s.name);
    return NARRATIVE_SHEET.test(name) && !NOT_NARRATIVE.test(name) && !tableSheets.has(s.name) && sheetText(s).text.trim() !== '';
  });
  return candidates.find((s) => /情况说明/.test(compactText(s.name))) ?? candidates[0];
}
