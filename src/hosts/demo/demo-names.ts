import { a1, parseRef } from '../../engine';

/**
 * Workbook names as a spreadsheet keeps them, for the demo workbook (and the test fakes of Excel and WPS): a name's
 * reference is a formula ("=表1!$B$3,表1!$C$5"), moved when rows or columns are inserted or deleted on its sheet;
 * a deleted cell reads "表1!#REF!".
 */

function sheetOf(part: string): string {
  const t = part.trim();
  return t.startsWith("'") ? t.slice(1, -1).replace(/''/g, "'") : t;
}

/** Splits a reference at its top-level commas (none inside a quoted sheet name). */
export function splitAreas(formula: string): string[] {
  const text = formula.replace(/^=/, '');
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * The reference after rows (axis 'row') or columns of `sheet` were inserted (count > 0) or deleted (count < 0)
 * at 0-based index `at`.
 */
export function shiftFormula(formula: string, sheet: string, axis: 'row' | 'col', at: number, count: number): string {
  const areas = splitAreas(formula).map((area) => {
    const bang = area.lastIndexOf('!');
    if (bang < 0) return area;
    const where = area.slice(0, bang);
    const ref = area.slice(bang + 1);
    if (sheetOf(where).toLowerCase() !== sheet.toLowerCase()) return area;
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
    if (!m) return area;
    const p = parseRef(`${m[1]}${m[2]}`);
    let pos = axis === 'row' ? p.row : p.col;
    if (count > 0) {
      if (pos >= at) pos += count;
    } else {
      const n = -count;
      if (pos >= at && pos < at + n) return `${where}!#REF!`;
      if (pos >= at + n) pos -= n;
    }
    const cell = axis === 'row' ? a1(pos, p.col) : a1(p.row, pos);
    return `${where}!${cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')}`;
  });
  return `=${areas.join(',')}`;
}

/** Whether a formula is a reference Excel accepts for a name: cells of a sheet, joined by commas. */
export function isReference(formula: string): boolean {
  return formula.startsWith('=') && splitAreas(formula).every((a) => /^('(?:[^']|'')+'|[^'!,]+)!\$?[A-Z]{1,3}\$?\d+$/.test(a.trim()));
}
