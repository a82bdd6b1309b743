import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { a1, columnLetters, formatRange } from '../engine';
import { isCellError, type CellRange, type RawCell } from '../engine';
import type { DemoHost } from '../hosts/demo/demo-host';
import { key, type DemoSheet, type DemoWorkbook } from '../hosts/demo/demo-workbook';

export interface SheetViewProps {
  /** The workbook shown; the view re-renders whenever it changes. */
  book: DemoWorkbook;
  /** The demo host, to show the cells the add-in wrote in their own style. */
  host: DemoHost;
  /** Extra rows and columns drawn past the used range. Default 3. */
  margin?: number;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0, backgroundColor: tokens.colorNeutralBackground1 },
  formulaBar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  nameBox: {
    minWidth: '160px',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontFamily: tokens.fontFamilyMonospace,
  },
  formula: { flexGrow: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2 },
  grid: { flexGrow: 1, overflow: 'auto', position: 'relative' },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 3, backgroundColor: tokens.colorNeutralBackground3, width: '40px' },
  colHead: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    height: '20px',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headSelected: { backgroundColor: tokens.colorNeutralBackground3Selected, color: tokens.colorBrandForeground1 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    height: '22px',
    whiteSpace: 'pre',
    verticalAlign: 'middle',
    position: 'relative',
  },
  /** Text wraps where it would run into a filled neighbour, or inside a merged area (as wrap-text headers do). */
  wrap: { whiteSpace: 'pre-wrap', overflow: 'hidden' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  bold: { fontWeight: tokens.fontWeightSemibold },
  written: { color: tokens.colorBrandForeground1, fontStyle: 'italic' },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  active: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  note: {
    position: 'absolute',
    top: 0,
    right: 0,
    width: 0,
    height: 0,
    borderTop: `6px solid ${tokens.colorPaletteRedBorder2}`,
    borderLeft: '6px solid transparent',
  },
  tabs: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tab: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderTop: 'none',
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
  },
  tabActive: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  lock: { marginLeft: tokens.spacingHorizontalXXS },
  editor: {
    position: 'absolute',
    inset: 0,
    width: '100%',
    boxSizing: 'border-box',
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
});

/** What the clerk types: a number when it reads as one, else the text as typed; empty clears the cell. */
export function typedValue(text: string): string | number | undefined {
  if (text === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : text;
}

/** Excel's column width unit (characters of the default font) in pixels, roughly. */
const px = (chars: number) => Math.round(chars * 7 + 5);

export function shownText(v: RawCell): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : Math.abs(v * 100 - Math.round(v * 100)) < 1e-9 ? v.toFixed(2) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

function inRange(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** Which cell of a merge is drawn (its top-left) and which are covered by it. */
function mergeMaps(sheet: DemoSheet) {
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    spans.set(key(m.top, m.left), { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(key(r, c));
  }
  return { spans, covered };
}

/** The demo's spreadsheet: a formula bar, the active sheet as an HTML table with fills and selection, sheet tabs. */
export function SheetView({ book, host, margin = 3 }: SheetViewProps) {
  const styles = useStyles();
  useSyncExternalStore(
    (cb) => book.subscribe(cb),
    () => book.version,
  );
  const sheet = book.sheet(book.activeSheet);
  const gridRef = useRef<HTMLDivElement>(null);
  const sel = book.selection;
  // The cell being typed into (double-click, as in Excel), with its text so far.
  const [editing, setEditing] = useState<{ sheet: string; row: number; col: number; text: string } | undefined>();
  const commit = () => {
    if (!editing) return;
    const value = typedValue(editing.text);
    book.setCell(editing.sheet, editing.row, editing.col, value === undefined ? undefined : { value });
    setEditing(undefined);
    book.changed();
  };

  const { spans, covered } = useMemo(() => (sheet ? mergeMaps(sheet) : { spans: new Map(), covered: new Set<string>() }), [sheet, book.version]);

  // Bring the active cell into view below the sticky column letters and right of the row numbers.
  useEffect(() => {
    const grid = gridRef.current;
    const el = grid?.querySelector<HTMLElement>('[data-active="true"]');
    if (!grid || !el) return;
    const head = 24;
    const rowHead = 40;
    if (el.offsetTop - head < grid.scrollTop || el.offsetTop + el.offsetHeight > grid.scrollTop + grid.clientHeight) {
      grid.scrollTop = Math.max(0, el.offsetTop - head - Math.round(grid.clientHeight / 3));
    }
    if (el.offsetLeft - rowHead < grid.scrollLeft || el.offsetLeft + Math.min(el.offsetWidth, grid.clientWidth / 2) > grid.scrollLeft + grid.clientWidth) {
      grid.scrollLeft = Math.max(0, el.offsetLeft - rowHead - 20);
    }
  }, [book.version, book.activeSheet, sel.top, sel.left]);

  if (!sheet) return <div className={styles.root} />;
  const used = book.usedSize(sheet);
  const rows = Math.max(used.rows + margin, sel.bottom + 2);
  const cols = Math.max(used.cols + margin, sel.right + 2);
  const widths = new Map((sheet.layout.widths ?? []).map((w) => [w.col, w.width]));
  const bold = sheet.layout.bold ?? [];
  const activeCell = sheet.cells.get(key(sel.top, sel.left));
  const colWidths = Array.from({ length: cols }, (_, c) => px(widths.get(c) ?? 9));
  // Fixed layout (columns as wide as the sheet says, text overflowing as in Excel) needs a set width.
  const tableWidth = 40 + colWidths.reduce((a, b) => a + b, 0);

  return (
    <div className={styles.root} data-testid="sheet-view" data-sheet={sheet.name}>
      <div className={styles.formulaBar}>
        <span className={styles.nameBox} data-testid="name-box">
          {formatRange(sheet.name, sel)}
        </span>
        <span className={styles.formula} data-testid="formula-bar">
          {activeCell?.formula ? `=${activeCell.formula}` : shownText(activeCell?.value ?? null)}
        </span>
      </div>
      <div className={styles.grid} ref={gridRef}>
        <table className={styles.table} style={{ width: `${tableWidth}px` }} data-testid="sheet-table">
          <colgroup>
            <col style={{ width: '40px' }} />
            {colWidths.map((w, c) => (
              <col key={c} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.corner} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={mergeClasses(styles.colHead, c >= sel.left && c <= sel.right && styles.headSelected)}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th className={mergeClasses(styles.rowHead, r >= sel.top && r <= sel.bottom && styles.headSelected)}>{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const k = key(r, c);
                  if (covered.has(k)) return null;
                  const span = spans.get(k);
                  const cell = sheet.cells.get(k);
                  const value = cell?.value ?? null;
                  const fill = sheet.fills.get(k);
                  const note = sheet.notes.get(k);
                  const selected = inRange(sel, r, c);
                  const active = r === sel.top && c === sel.left;
                  const written = host.ownedValue({ sheet: sheet.name, row: r, col: c }) !== undefined;
                  const right = c + (span?.cols ?? 1);
                  const wrap = !!span || (typeof value === 'string' && (sheet.cells.has(key(r, right)) || covered.has(key(r, right))));
                  return (
                    <td
                      key={c}
                      rowSpan={span?.rows}
                      colSpan={span?.cols}
                      title={note}
                      data-ref={a1(r, c)}
                      data-selected={selected ? 'true' : undefined}
                      data-active={active ? 'true' : undefined}
                      data-fill={fill}
                      data-written={written ? 'true' : undefined}
                      style={fill ? { backgroundColor: fill } : undefined}
                      className={mergeClasses(
                        styles.cell,
                        wrap && styles.wrap,
                        typeof value === 'number' && styles.number,
                        bold.some((b) => inRange(b, r, c)) && styles.bold,
                        written && styles.written,
                        selected && !fill && styles.selected,
                        active && styles.active,
                      )}
                      onClick={() => book.select(sheet.name, { top: r, left: c, bottom: r, right: c })}
                      onDoubleClick={() => !sheet.protected && setEditing({ sheet: sheet.name, row: r, col: c, text: shownText(value) })}
                    >
                      {shownText(value)}
                      {note && <span className={styles.note} aria-label={note} />}
                      {editing && editing.sheet === sheet.name && editing.row === r && editing.col === c && (
                        <input
                          className={styles.editor}
                          autoFocus
                          value={editing.text}
                          data-testid="cell-editor"
                          onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                          onBlur={commit}
                          onKeyDown={(e) => {
                            if (e.key === 'Enter') commit();
                            if (e.key === 'Escape') setEditing(undefined);
                          }}
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.tabs} role="tablist" data-testid="sheet-tabs">
        {book.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === sheet.name}
            className={mergeClasses(styles.tab, s.name === sheet.name && styles.tabActive)}
            onClick={() => book.activate(s.name)}
            data-sheet-tab={s.name}
          >
            {s.name}
            {s.protected && <span className={styles.lock}>🔒</span>}
          </button>
        ))}
      </div>
    </div>
  );
}
