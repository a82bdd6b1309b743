/**
 * Fuzz test (issue 10, "What must be true" 3): a few hundred seeded grids through recognition, validation,
 * generation and the narrative check. Grids are real workbooks (the sample and every examples/regions/*
 * source.txt) mutated the way departments' files go wrong — rows and columns dropped, duplicated, swapped;
 * cells blanked or filled with text, #REF!, huge, negative, fractional numbers, full-width digits, spaces, U+3000,
 * very long strings, control characters; whole tables shifted; merges added; sheets truncated, dropped, renamed —
 * plus fully random small grids. For each: analyzeWorkbook, generateNarrative and checkNarrative on the text the
 * generator just wrote must return without an exception, every finding must be well formed, and the check must
 * find no figure of the generator's own text that disagrees with the tables it was written from.
 *
 * The work is bounded (a fixed number of cases, bounded mutations and sizes); nothing is timed.
 *
 * Replay a failing case: the test name and the failure give its number and the master seed:
 *   FUZZ_SEED=<seed> FUZZ_ONLY=<case> npx jest test/engine/fuzz.test.ts
 * FUZZ_DUMP=<folder> writes each case's grid (JSON), narrative and figures there.
 * More cases locally: FUZZ_CASES=5000 (and any FUZZ_SEED) — CI runs the default count with the default seed.
 */
import * as fs from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import {
  analysisNotes,
  analyzeWorkbook,
  checkNarrativeReport,
  findingToJson,
  generateNarrative,
  priorFromAnalysis,
  priorFromColumns,
  readClerkTexts,
  readReasons,
  renderText,
  STYLE_PRESETS,
  TABLE_FIGURE_RULE,
  type Analysis,
  type CellRange,
  type CellRef,
  type Finding,
  type NarrativeFinding,
  type PriorYear,
  type RawCell,
  type Settings,
  type SheetGrid,
  type WorkbookGrid,
} from '../../src/engine';
import { parseSheetSource } from '../../src/hosts/node/sheet-source';
import { ROOT, sampleGrid } from '../support/workbooks';

const MASTER_SEED = Number(process.env.FUZZ_SEED ?? 20240610) >>> 0;
const CASES = Number(process.env.FUZZ_CASES ?? 250);
/** A folder to write each case's grid, narrative and figures to, for looking at a replayed case. */
const DUMP = process.env.FUZZ_DUMP;
const ONLY = process.env.FUZZ_ONLY !== undefined ? Number(process.env.FUZZ_ONLY) : undefined;

/**
 * Known bugs the fuzzer finds that belong to someone else's ongoing work, each with its issue. A case whose
 * failure matches one is still run and still asserted on everything else; only that one expectation is relaxed,
 * the case says which bug it excused (console.warn), and each bug has its own `test.failing` reproduction below,
 * which starts failing the day the bug is fixed (then turn it into a plain test and remove the entry).
 */
interface KnownBug {
  issue: string;
  what: string;
  /** True when this narrative-check finding on the generator's own text is this bug. */
  narrativeFinding?: (f: NarrativeFinding) => boolean;
  /** True when this cell, outside the grid's rows and columns, is this bug. */
  cellOutside?: (ref: CellRef, sheet: { top: number; left: number; bottom: number; right: number }) => boolean;
  /** True when this exception (thrown by analyzeWorkbook) is this bug: the rest of the case cannot run. */
  crash?: (e: Error) => boolean;
}
const KNOWN_BUGS: KnownBug[] = [];

// ---------------------------------------------------------------------------------------------------------------
// A small PRNG of our own (mulberry32), so a seed means the same grids on every machine and Node version.

class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
}

function caseSeed(i: number): number {
  // Each case its own stream: replaying case i needs only the master seed and i.
  let h = (MASTER_SEED ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------------------------------------------
// The real workbooks mutated.

interface Base {
  name: string;
  grid: WorkbookGrid;
}

function loadBases(): { bases: Base[]; unreadable: string[] } {
  const bases: Base[] = [{ name: 'sample (changji-2023)', grid: sampleGrid() }];
  const unreadable: string[] = [];
  const zhaohua = path.join(ROOT, 'examples', 'source', 'zhaohua-2023.txt');
  bases.push({ name: 'zhaohua-2023', grid: parseSheetSource(fs.readFileSync(zhaohua, 'utf8')) });
  const regions = path.join(ROOT, 'examples', 'regions');
  for (const dir of fs.readdirSync(regions).sort()) {
    const file = path.join(regions, dir, 'source.txt');
    if (!fs.existsSync(file)) continue;
    try {
      bases.push({ name: `regions/${dir}`, grid: parseSheetSource(fs.readFileSync(file, 'utf8')) });
    } catch (e) {
      unreadable.push(`regions/${dir}: ${(e as Error).message}`);
    }
  }
  return { bases, unreadable };
}

const { bases: BASES, unreadable: UNREADABLE } = loadBases();

/** Words of the real workbooks (titles, headers, row labels), so random grids sometimes look like tables. */
const VOCABULARY: string[] = (() => {
  const words = new Set<string>();
  for (const b of BASES)
    for (const s of b.grid.sheets)
      for (const row of s.cells.slice(0, 40))
        for (const v of row ?? []) if (typeof v === 'string' && v.trim() && v.length <= 40) words.add(v);
  return Array.from(words).sort();
})();

const CONTROL = ['\u0000', '\u0007', '\u001b[2J', '\u001b[31m', '\r', '\n', '\t', '\u202e', '\u200b', '\ufeff', '\u0085', '\u2028'];
const SPACES = [' ', '　', '\u00a0', '\u2009', '\t', '  '];
const FULL_WIDTH = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/\./g, '．');

/** A value a clerk's cell may hold where an amount belongs, or anything else. */
function nastyValue(rng: Rng, near: RawCell): RawCell {
  const n = typeof near === 'number' && Number.isFinite(near) && Math.abs(near) < 1e12 ? near : rng.range(0, 99999) / 100;
  switch (rng.int(22)) {
    case 0:
      return null;
    case 1:
      return '';
    case 2:
      return { error: rng.pick(['#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!']) };
    case 3:
      return rng.pick(['#REF!', '#DIV/0!', '#N/A', '#VALUE!']);
    case 4:
      return rng.pick([1e15, 123456789012345.67, 9.99e20, 1e54, 1e300, Number.MAX_VALUE, 2 ** 53 + 1]);
    case 5:
      return rng.pick([-n, -1e15, -0.01, -0, -Number.MAX_VALUE]);
    case 6:
      return rng.pick([n / 1000, 0.001, 1e-10, 5e-324, 0.1 + 0.2, n + 0.005, n * 1.0000001]);
    case 7:
      return rng.pick([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    case 8:
      return FULL_WIDTH(String(n));
    case 9:
      return rng.pick(SPACES) + String(n) + rng.pick(SPACES);
    case 10:
      return `${n}　`;
    case 11: {
      const s = String(Math.round(n * 100));
      const cut = rng.range(1, Math.max(1, s.length - 1));
      return `${s.slice(0, cut)}${rng.pick(SPACES)}${s.slice(cut)}`; // "12 34"
    }
    case 12:
      return rng.pick(['待定', '见附表', '无', '合计', '-', '—', '——', '/', '(12.5)', '1,234.50', '1,2,3', '1e5', '0x10', '+7', '.5', '5.', '１，２３４', '12万元', '12%', 'true']);
    case 13:
      return rng.pick(VOCABULARY);
    case 14:
      return rng.pick(VOCABULARY) + rng.pick(CONTROL) + String(n);
    case 15:
      return 'x'.repeat(rng.range(1, 3)) + '长'.repeat(rng.pick([300, 2000, 6000]));
    case 16:
      return rng.pick(CONTROL) + String(n);
    case 17:
      return rng.chance(0.5);
    case 18:
      return String(n);
    case 19:
      return n * rng.pick([10000, 0.0001, 100, -1]);
    case 20:
      return undefined;
    default:
      return Math.round(n * rng.range(1, 1000)) / 100;
  }
}

function cloneWorkbook(g: WorkbookGrid): WorkbookGrid {
  return {
    ...(g.name !== undefined ? { name: g.name } : {}),
    sheets: g.sheets.map((s) => ({ ...s, cells: s.cells.map((r) => (r ? [...r] : [])), ...(s.merges ? { merges: s.merges.map((m) => ({ ...m })) } : {}) })),
  };
}

function width(s: SheetGrid): number {
  let w = 0;
  for (const r of s.cells) if (r && r.length > w) w = r.length;
  return w;
}

/** Merges in cell-array coordinates are sheet coordinates minus the origin; shifting rows or columns moves them. */
function shiftMerges(s: SheetGrid, at: number, by: number, axis: 'row' | 'col'): void {
  if (!s.merges) return;
  const origin = axis === 'row' ? s.originRow ?? 0 : s.originCol ?? 0;
  const pos = origin + at;
  const out: CellRange[] = [];
  for (const m of s.merges) {
    const lo = axis === 'row' ? m.top : m.left;
    const hi = axis === 'row' ? m.bottom : m.right;
    let nlo = lo;
    let nhi = hi;
    if (by < 0) {
      // Deleting index pos: merges over it shrink, after it move up.
      if (lo > pos) nlo--;
      if (hi >= pos) nhi--;
      if (nhi < nlo) continue;
    } else {
      if (lo >= pos) nlo += by;
      if (hi >= pos) nhi += by;
    }
    out.push(axis === 'row' ? { ...m, top: nlo, bottom: nhi } : { ...m, left: nlo, right: nhi });
  }
  s.merges = out;
}

type Mutation = (rng: Rng, wb: WorkbookGrid) => string | undefined;

const sheetOf = (rng: Rng, wb: WorkbookGrid): SheetGrid | undefined => (wb.sheets.length ? rng.pick(wb.sheets) : undefined);

const MUTATIONS: Array<[string, number, Mutation]> = [
  ['drop-row', 4, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s || !s.cells.length) return;
    const r = rng.int(s.cells.length);
    s.cells.splice(r, 1);
    shiftMerges(s, r, -1, 'row');
    return `drop row ${r} of ${s.name}`;
  }],
  ['duplicate-row', 3, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s || !s.cells.length) return;
    const r = rng.int(s.cells.length);
    s.cells.splice(r, 0, [...(s.cells[r] ?? [])]);
    shiftMerges(s, r + 1, 1, 'row');
    return `duplicate row ${r} of ${s.name}`;
  }],
  ['swap-rows', 3, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s || s.cells.length < 2) return;
    const a = rng.int(s.cells.length);
    const b = rng.int(s.cells.length);
    [s.cells[a], s.cells[b]] = [s.cells[b], s.cells[a]];
    return `swap rows ${a} and ${b} of ${s.name}`;
  }],
  ['drop-col', 3, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s) return;
    const c = rng.int(Math.max(1, width(s)));
    for (const r of s.cells) if (r.length > c) r.splice(c, 1);
    shiftMerges(s, c, -1, 'col');
    return `drop column ${c} of ${s.name}`;
  }],
  ['duplicate-col', 2, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s) return;
    const c = rng.int(Math.max(1, width(s)));
    for (const r of s.cells) if (r.length > c) r.splice(c, 0, r[c]);
    shiftMerges(s, c + 1, 1, 'col');
    return `duplicate column ${c} of ${s.name}`;
  }],
  ['swap-cols', 2, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s) return;
    const w = width(s);
    if (w < 2) return;
    const a = rng.int(w);
    const b = rng.int(w);
    for (const r of s.cells) {
      const x = r[a];
      const y = r[b];
      r[a] = y;
      r[b] = x;
    }
    return `swap columns ${a} and ${b} of ${s.name}`;
  }],
  ['blank-cells', 4, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s || !s.cells.length) return;
    const n = rng.range(1, 20);
    for (let k = 0; k < n; k++) {
      const r = s.cells[rng.int(s.cells.length)];
      if (r.length) r[rng.int(r.length)] = rng.pick([null, undefined, '', '　']);
    }
    return `blank ${n} cells of ${s.name}`;
  }],
  ['nasty-cells', 8, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s || !s.cells.length) return;
    const n = rng.range(1, 12);
    const put: string[] = [];
    for (let k = 0; k < n; k++) {
      const ri = rng.int(s.cells.length);
      const r = s.cells[ri];
      const c = rng.int(Math.max(1, r.length + 1));
      const v = nastyValue(rng, r[c]);
      r[c] = v;
      put.push(`[${ri},${c}]=${describeValue(v)}`);
    }
    return `in ${s.name}: ${put.join(' ')}`;
  }],
  ['scale-column', 2, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s) return;
    const c = rng.int(Math.max(1, width(s)));
    const f = rng.pick([10000, 0.0001, -1, 1.01, 1e12]);
    for (const r of s.cells) if (typeof r[c] === 'number') r[c] = (r[c] as number) * f;
    return `column ${c} of ${s.name} × ${f}`;
  }],
  ['shift-table', 3, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s) return;
    const down = rng.range(0, 6);
    const right = rng.range(0, 4);
    if (rng.chance(0.5)) {
      s.originRow = (s.originRow ?? 0) + down;
      s.originCol = (s.originCol ?? 0) + right;
      s.merges = s.merges?.map((m) => ({ top: m.top + down, bottom: m.bottom + down, left: m.left + right, right: m.right + right }));
      return `move ${s.name} by origin +${down} rows +${right} columns`;
    }
    for (let k = 0; k < down; k++) s.cells.unshift([]);
    for (const r of s.cells) r.unshift(...new Array<RawCell>(right).fill(null));
    s.merges = s.merges?.map((m) => ({ top: m.top + down, bottom: m.bottom + down, left: m.left + right, right: m.right + right }));
    return `pad ${s.name} with ${down} empty rows, ${right} empty columns`;
  }],
  ['add-merge', 3, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s || !s.cells.length) return;
    const top = (s.originRow ?? 0) + rng.int(s.cells.length);
    const left = (s.originCol ?? 0) + rng.int(Math.max(1, width(s)));
    const bottom = Math.min(top + rng.range(0, 3), (s.originRow ?? 0) + s.cells.length - 1);
    const right = Math.min(left + rng.range(0, 4), (s.originCol ?? 0) + Math.max(0, width(s) - 1));
    const m = { top, left, bottom, right };
    s.merges = [...(s.merges ?? []), m];
    return `merge ${JSON.stringify(m)} in ${s.name}`;
  }],
  ['drop-merges', 1, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s?.merges?.length) return;
    delete s.merges;
    return `remove merges of ${s.name}`;
  }],
  ['truncate-sheet', 2, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s || !s.cells.length) return;
    const keep = rng.int(s.cells.length);
    s.cells.length = keep;
    if (rng.chance(0.3)) {
      const w = rng.int(Math.max(1, width(s)));
      for (const r of s.cells) if (r.length > w) r.length = w;
    }
    const bottom = (s.originRow ?? 0) + keep - 1;
    s.merges = s.merges?.filter((m) => m.top <= bottom).map((m) => ({ ...m, bottom: Math.min(m.bottom, bottom) }));
    return `truncate ${s.name} to ${keep} rows`;
  }],
  ['ragged-rows', 1, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s) return;
    for (const r of s.cells) if (rng.chance(0.3)) r.length = rng.int(r.length + 1);
    return `cut rows of ${s.name} short`;
  }],
  ['drop-sheet', 2, (rng, wb) => {
    if (!wb.sheets.length) return;
    const i = rng.int(wb.sheets.length);
    const [s] = wb.sheets.splice(i, 1);
    return `drop sheet ${s.name}`;
  }],
  ['duplicate-sheet', 1, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s) return;
    const copy = cloneWorkbook({ sheets: [s] }).sheets[0];
    copy.name = `${s.name} (2)`;
    wb.sheets.splice(rng.int(wb.sheets.length + 1), 0, copy);
    return `duplicate sheet ${s.name}`;
  }],
  ['rename-sheet', 1, (rng, wb) => {
    const s = sheetOf(rng, wb);
    if (!s) return;
    const name = rng.pick(["表'1", 'Sheet 1', 'a!b', '1表', '表1', '表 1', "O'Brien's", '长'.repeat(31)]);
    if (wb.sheets.some((x) => x.name === name)) return;
    const old = s.name;
    s.name = name;
    return `rename ${old} to ${name}`;
  }],
  ['shuffle-sheets', 1, (rng, wb) => {
    for (let i = wb.sheets.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [wb.sheets[i], wb.sheets[j]] = [wb.sheets[j], wb.sheets[i]];
    }
    return 'shuffle sheets';
  }],
];

const MUTATION_WEIGHT = MUTATIONS.reduce((n, m) => n + m[1], 0);

function mutate(rng: Rng, wb: WorkbookGrid, count: number): string[] {
  const log: string[] = [];
  for (let k = 0; k < count; k++) {
    let w = rng.int(MUTATION_WEIGHT);
    const m = MUTATIONS.find((x) => (w -= x[1]) < 0)!;
    const done = m[2](rng, wb);
    if (done) log.push(done);
  }
  return log;
}

/** A small grid of anything: real labels and titles, numbers, nasty values, merges. */
function randomWorkbook(rng: Rng): { wb: WorkbookGrid; log: string[] } {
  const sheets: SheetGrid[] = [];
  const n = rng.range(1, 3);
  for (let k = 0; k < n; k++) {
    const rows = rng.range(0, 14);
    const cols = rng.range(0, 9);
    const cells: RawCell[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: RawCell[] = [];
      const len = rng.chance(0.2) ? rng.int(cols + 1) : cols;
      for (let c = 0; c < len; c++) {
        const p = rng.next();
        row.push(p < 0.3 ? rng.pick(VOCABULARY) : p < 0.6 ? Math.round(rng.next() * 1e6) / 100 : p < 0.75 ? null : nastyValue(rng, null));
      }
      cells.push(row);
    }
    const merges: CellRange[] = [];
    if (rows && cols)
      for (let m = rng.int(3); m > 0; m--) {
        const top = rng.int(rows);
        const left = rng.int(cols);
        merges.push({ top, left, bottom: Math.min(rows - 1, top + rng.int(3)), right: Math.min(cols - 1, left + rng.int(4)) });
      }
    sheets.push({
      name: rng.chance(0.5) ? `表${k + 1}` : rng.pick(VOCABULARY).slice(0, 31).replace(/[[\]:*?/\\]/g, '') || `Sheet${k + 1}`,
      cells,
      ...(merges.length ? { merges } : {}),
      ...(rng.chance(0.2) ? { originRow: rng.int(5), originCol: rng.int(3) } : {}),
    });
  }
  // Sheet names are unique in a workbook.
  const seen = new Set<string>();
  for (const s of sheets) {
    while (seen.has(s.name)) s.name += '_';
    seen.add(s.name);
  }
  if (!sheets.some((s) => s.originRow || s.originCol))
    for (const s of sheets) s.merges = s.merges?.filter((m) => m.bottom < s.cells.length);
  return { wb: { name: rng.chance(0.5) ? '某局2024年部门预算.xlsx' : 'random.xlsx', sheets }, log: sheets.map((s) => `${s.name} ${s.cells.length}×${width(s)}`) };
}

function describeValue(v: RawCell): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return JSON.stringify(v.length > 24 ? `${v.slice(0, 20)}…(${v.length})` : v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  return JSON.stringify(v);
}

// ---------------------------------------------------------------------------------------------------------------
// One case: build the grid, run everything, check what came back.

interface FuzzCase {
  index: number;
  seed: number;
  kind: 'mutated' | 'subset' | 'random';
  base?: string;
  wb: WorkbookGrid;
  log: string[];
  settings: Partial<Settings>;
  priorKind: 'none' | 'columns' | 'self-perturbed';
}

function buildCase(index: number): FuzzCase {
  const seed = caseSeed(index);
  const rng = new Rng(seed);
  const p = rng.next();
  const kind: FuzzCase['kind'] = p < 0.45 ? 'mutated' : p < 0.7 ? 'subset' : 'random';
  let wb: WorkbookGrid;
  let log: string[];
  let base: string | undefined;
  if (kind === 'random') {
    ({ wb, log } = randomWorkbook(rng));
  } else {
    const b = rng.pick(BASES);
    base = b.name;
    wb = cloneWorkbook(b.grid);
    if (kind === 'subset') {
      const keep = rng.range(1, Math.min(4, wb.sheets.length));
      const start = rng.int(Math.max(1, wb.sheets.length - keep + 1));
      wb.sheets = wb.sheets.slice(start, start + keep);
    }
    log = mutate(rng, wb, rng.range(1, 7));
  }
  const style = rng.pick(['changji', 'zhaohua'] as const);
  const settings: Partial<Settings> = { ...STYLE_PRESETS[style] };
  if (rng.chance(0.3)) settings.shareRounding = 'plain';
  if (rng.chance(0.2)) settings.priorZeroWording = 'not-comparable';
  if (rng.chance(0.2)) settings.amountStyle = 'as-table';
  const priorKind = rng.pick(['none', 'columns', 'self-perturbed'] as const);
  return { index, seed, kind, ...(base ? { base } : {}), wb, log, settings, priorKind };
}

/** Last year as this year's own figures, each scaled, zeroed or negated: every branch of 增减 and 增长率. */
function perturbedPrior(analysis: Analysis, rng: Rng): PriorYear {
  const prior = priorFromAnalysis(analysis, 'fuzz-prior');
  for (const b of prior.blocks)
    for (const r of [...b.rows, ...(b.total ? [b.total] : [])])
      for (const k of Object.keys(r.amounts)) {
        const p = rng.next();
        r.amounts[k] = p < 0.15 ? new Decimal(0) : p < 0.25 ? r.amounts[k].negated() : p < 0.3 ? r.amounts[k].times('1e40') : r.amounts[k].times(rng.range(1, 300)).div(100);
      }
  return prior;
}

/** 'bad-cell', 'narrative/table-figure', the 决算 rules' 'J-15': one word, no spaces. */
const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9/_.-]*$/;
const BAD_TEXT = /undefined|NaN|Infinity|\[object|function\s*\(|=>/;
const CHINESE = /[\u4e00-\u9fff]/;

function bounds(wb: WorkbookGrid): Map<string, { top: number; left: number; bottom: number; right: number }> {
  const out = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  for (const s of wb.sheets) {
    const top = s.originRow ?? 0;
    const left = s.originCol ?? 0;
    out.set(s.name, { top, left, bottom: top + s.cells.length - 1, right: left + width(s) - 1 });
  }
  return out;
}

class Problems {
  readonly list: string[] = [];
  readonly excused = new Set<string>();
  add(what: string): void {
    if (this.list.length < 30) this.list.push(what);
  }
  excuse(what: string): void {
    this.excused.add(what);
  }
}

function checkText(p: Problems, where: string, text: unknown, chinese = true): void {
  if (typeof text !== 'string' || text.trim() === '') return p.add(`${where}: not a non-empty string (${show(text)})`);
  if (chinese && !CHINESE.test(text)) p.add(`${where}: no Chinese in ${JSON.stringify(text.slice(0, 120))}`);
  const bad = BAD_TEXT.exec(text);
  if (bad) p.add(`${where}: “${bad[0]}” in ${JSON.stringify(text.slice(Math.max(0, bad.index - 60), bad.index + 60))}`);
}

function show(x: unknown): string {
  try {
    return JSON.stringify(x)?.slice(0, 200) ?? String(x);
  } catch {
    return String(x);
  }
}

function checkRef(p: Problems, where: string, ref: CellRef | undefined, box: ReturnType<typeof bounds>): void {
  if (ref === undefined) return;
  const b = box.get(ref?.sheet);
  if (!b) return p.add(`${where}: cell on sheet ${JSON.stringify(ref?.sheet)}, not in the workbook`);
  if (!Number.isInteger(ref.row) || !Number.isInteger(ref.col) || ref.row < b.top || ref.row > b.bottom || ref.col < b.left || ref.col > b.right) {
    const known = KNOWN_BUGS.find((k) => k.cellOutside?.(ref, b));
    if (known) p.excuse(`${known.issue}: ${known.what}`);
    else p.add(`${where}: cell ${show(ref)} outside ${ref.sheet} rows ${b.top}–${b.bottom}, columns ${b.left}–${b.right}`);
  }
}

function checkAmount(p: Problems, where: string, d: unknown): void {
  if (!Decimal.isDecimal(d)) return p.add(`${where}: not a Decimal (${show(d)})`);
  if (!(d as Decimal).isFinite()) p.add(`${where}: ${String(d)} is not a finite amount`);
}

function checkFinding(p: Problems, where: string, f: Finding, box: ReturnType<typeof bounds>): void {
  if (typeof f.ruleId !== 'string' || !RULE_ID.test(f.ruleId)) p.add(`${where}: rule id ${show(f.ruleId)}`);
  const w = `${where} ${f.ruleId}`;
  if (f.severity !== 'error' && f.severity !== 'warning') p.add(`${w}: severity ${show(f.severity)}`);
  checkText(p, `${w} message`, f.message);
  if (!Array.isArray(f.tables) || f.tables.some((t) => typeof t !== 'string' || !t)) p.add(`${w}: tables ${show(f.tables)}`);
  if (f.unit !== '万元' && f.unit !== '元') p.add(`${w}: unit ${show(f.unit)}`);
  checkRef(p, `${w} target`, f.target, box);
  if (!Array.isArray(f.sides)) return p.add(`${w}: sides ${show(f.sides)}`);
  f.sides.forEach((s, i) => {
    checkText(p, `${w} side ${i} label`, s.label, false);
    checkAmount(p, `${w} side ${i} amount`, s.amount);
    for (const c of s.cells) checkRef(p, `${w} side ${i}`, c, box);
  });
  if (f.difference !== undefined) checkAmount(p, `${w} difference`, f.difference);
  const json = findingToJson(f);
  // As the tables print it (money): two decimals, or whole 元 in a 元 table.
  const printed = f.unit === '元' ? /^-?\d+(\.\d{2})?$/ : /^-?\d+\.\d{2}$/;
  for (const s of json.sides) if (!printed.test(s.amount)) p.add(`${w}: JSON amount ${s.amount}`);
  if (json.difference !== undefined && !printed.test(json.difference)) p.add(`${w}: JSON difference ${json.difference}`);
}

function checkNarrativeFinding(p: Problems, where: string, f: NarrativeFinding, lines: number, box: ReturnType<typeof bounds>): void {
  if (typeof f.ruleId !== 'string' || !RULE_ID.test(f.ruleId)) p.add(`${where}: rule id ${show(f.ruleId)}`);
  const w = `${where} ${f.ruleId} line ${f.line}`;
  if (f.severity !== 'error' && f.severity !== 'warning') p.add(`${w}: severity ${show(f.severity)}`);
  checkText(p, `${w} message`, f.message);
  if (!Number.isInteger(f.line) || f.line < 1 || f.line > lines) p.add(`${w}: line ${f.line} of ${lines}`);
  for (const c of f.cells ?? []) checkRef(p, w, c, box);
}

function runCase(c: FuzzCase): { problems: string[]; excused: string[] } {
  const p = new Problems();
  const box = bounds(c.wb);
  const step = <T>(name: string, f: () => T): T => {
    try {
      return f();
    } catch (e) {
      throw new Error(`${name} threw: ${(e as Error)?.stack ?? String(e)}`);
    }
  };
  if (DUMP) {
    fs.mkdirSync(DUMP, { recursive: true });
    fs.writeFileSync(path.join(DUMP, `case-${c.index}-grid.json`), JSON.stringify(c.wb, null, 1));
  }
  let analysis: Analysis;
  try {
    analysis = analyzeWorkbook(c.wb, c.settings);
  } catch (e) {
    const known = KNOWN_BUGS.find((k) => k.crash?.(e as Error));
    if (known) return { problems: [], excused: [`${known.issue}: ${known.what}`] };
    throw new Error(`analyzeWorkbook threw: ${(e as Error)?.stack ?? String(e)}`);
  }
  for (const [i, f] of analysis.findings.entries()) checkFinding(p, `finding ${i}`, f, box);
  for (const [i, issue] of analysis.issues.entries()) checkText(p, `issue ${i}`, issue.message);
  for (const [i, s] of analysis.skipped.entries()) {
    checkText(p, `skipped ${i} (${s.ruleId})`, s.reason);
    checkRef(p, `skipped ${i} target`, s.target, box);
  }
  checkText(p, 'profile choice', analysis.profileChoice.reason);
  for (const [i, note] of step('analysisNotes', () => analysisNotes(analysis)).entries()) checkText(p, `note ${i}`, note);
  if (!analysis.tables.length && !analysis.issues.length) p.add('no table recognized and no issue saying so');

  const rng = new Rng(c.seed ^ 0x5bd1e995);
  const prior: PriorYear | undefined = step('prior', () =>
    c.priorKind === 'columns' ? priorFromColumns(c.wb, analysis) : c.priorKind === 'self-perturbed' && analysis.tables.length ? perturbedPrior(analysis, rng) : undefined,
  );
  const reasons = step('readReasons', () => readReasons(c.wb, analysis));
  const texts = step('readClerkTexts', () => readClerkTexts(c.wb));
  const doc = step('generateNarrative', () => generateNarrative(analysis, prior, { reasons, texts }));
  const text = step('renderText', () => renderText(doc));
  checkText(p, 'narrative text', text);
  for (const [i, f] of doc.figures.entries()) {
    checkAmount(p, `figure ${i} (${f.kind} of ${f.subjects[0]})`, f.value);
    for (const cell of f.cells) checkRef(p, `figure ${i}`, cell, box);
  }
  for (const [i, f] of doc.findings.entries()) checkFinding(p, `narrative-generation finding ${i}`, f, box);
  for (const [i, n] of doc.notes.entries()) checkText(p, `generation note ${i}`, n);

  if (DUMP) {
    fs.writeFileSync(path.join(DUMP, `case-${c.index}-narrative.txt`), text);
    fs.writeFileSync(path.join(DUMP, `case-${c.index}-figures.json`), JSON.stringify(doc.figures, null, 1));
  }
  const report = step('checkNarrative', () => checkNarrativeReport(text, analysis, prior));
  const lines = text.split(/\r?\n/).length;
  for (const [i, f] of report.findings.entries()) {
    checkNarrativeFinding(p, `narrative finding ${i}`, f, lines, box);
    if (f.ruleId === TABLE_FIGURE_RULE || f.kind === 'mismatch' || f.kind === 'direction') {
      const known = KNOWN_BUGS.find((k) => k.narrativeFinding?.(f));
      if (known) p.excuse(`${known.issue}: ${known.what}`);
      else p.add(`the check disagrees with the generator's own text: ${f.kind} at line ${f.line}: ${f.message} — sentence ${JSON.stringify(f.sentence.slice(0, 200))}`);
    }
  }
  for (const [i, u] of report.unchecked.entries()) checkText(p, `unchecked ${i} reason`, u.reason);
  return { problems: p.list, excused: Array.from(p.excused) };
}

function caseTitle(c: FuzzCase): string {
  return `${c.kind}${c.base ? ` ${c.base}` : ''}, ${c.priorKind} prior, ${c.settings.wordingStyle}`;
}

function replay(c: FuzzCase): string {
  return [
    `fuzz case ${c.index} (case seed ${c.seed}); replay: FUZZ_SEED=${MASTER_SEED} FUZZ_ONLY=${c.index} npx jest test/engine/fuzz.test.ts`,
    `grid: ${caseTitle(c)}; settings ${show(c.settings)}`,
    ...c.log.map((l) => `  · ${l}`),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

describe('fuzz: mutated and random grids through analyze, generate and check-narrative', () => {
  it('reads every base workbook it mutates', () => {
    expect(UNREADABLE).toEqual([]);
    expect(BASES.length).toBeGreaterThan(5);
    expect(VOCABULARY.length).toBeGreaterThan(100);
  });

  it('the generator is deterministic: the same seed gives the same grids', () => {
    expect(JSON.stringify(buildCase(7).wb)).toBe(JSON.stringify(buildCase(7).wb));
    expect(JSON.stringify(buildCase(7).wb)).not.toBe(JSON.stringify(buildCase(8).wb));
  });

  /** Which cases a known bug was excused in, said once at the end: nothing is skipped silently. */
  const EXCUSED = new Map<string, number[]>();
  afterAll(() => {
    if (EXCUSED.size)
      console.warn(
        `fuzz (FUZZ_SEED=${MASTER_SEED}): known bugs excused (KNOWN_BUGS in test/engine/fuzz.test.ts):\n` +
          Array.from(EXCUSED, ([bug, cases]) => `- ${bug}: cases ${cases.join(', ')}`).join('\n'),
      );
  });

  const indices = ONLY !== undefined ? [ONLY] : Array.from({ length: CASES }, (_, i) => i);
  it.each(indices)('case %i', (index) => {
    const c = buildCase(index);
    let result: ReturnType<typeof runCase>;
    try {
      result = runCase(c);
    } catch (e) {
      throw new Error(`${replay(c)}\n${(e as Error).message}`);
    }
    if (result.problems.length) throw new Error(`${replay(c)}\n${result.problems.map((x) => `- ${x}`).join('\n')}`);
    for (const bug of result.excused) EXCUSED.set(bug, [...(EXCUSED.get(bug) ?? []), index]);
  });
});
