import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyzeWorkbook, type Analysis } from '../../src/engine';
import { formatRef } from '../../src/engine/grid/address';
import type { WorkbookGrid } from '../../src/engine/grid/types';
import { checkNarrativeReport, type NarrativeFinding } from '../../src/engine/narrative-check/check';
import { parseSheetSource } from '../../src/hosts/node/sheet-source';

/** What an example's audit (examples/regions/<region>/audit.py, independent of the engine) says must be found. */
export interface RegionExpectation {
  region: string;
  kind?: string;
  year?: number;
  unit?: string;
  sheets: Array<{ sheet: string; table: string; title?: string; unit?: string; notes?: string }>;
  inconsistencies: Array<{ rule?: string; cells: string[]; against?: string[]; rounding?: boolean; what?: string; published?: string; computed?: string }>;
}

export const REGIONS_DIR = join(__dirname, '..', '..', 'examples', 'regions');

export function listRegions(): string[] {
  if (!existsSync(REGIONS_DIR)) return [];
  return readdirSync(REGIONS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(REGIONS_DIR, e.name, 'expected.json')) && existsSync(join(REGIONS_DIR, e.name, 'source.txt')))
    .map((e) => e.name)
    .sort();
}

/** An example's workbook as a grid, built from its source.txt. */
export function regionGrid(region: string): WorkbookGrid {
  return { ...parseSheetSource(readFileSync(join(REGIONS_DIR, region, 'source.txt'), 'utf8')), name: `${region}.xlsx` };
}

export function loadRegion(region: string): { expected: RegionExpectation; analysis: Analysis } {
  const expected = JSON.parse(readFileSync(join(REGIONS_DIR, region, 'expected.json'), 'utf8')) as RegionExpectation;
  const analysis = analyzeWorkbook(regionGrid(region));
  return { expected, analysis };
}

/** 'Sheet!A1' without quotes, as the audits write cells. */
export function cellKey(text: string): string {
  const i = text.lastIndexOf('!');
  return `${text.slice(0, i).replace(/^'|'$/g, '')}!${text.slice(i + 1).replace(/\$/g, '')}`;
}

/** Which national table each expected sheet is, against which table the engine recognized there. */
export function tableMismatches(expected: RegionExpectation, analysis: Analysis): string[] {
  const out: string[] = [];
  for (const s of expected.sheets) {
    const found = analysis.tables.filter((t) => t.sheet === s.sheet).map((t) => t.def.id);
    if (s.table.startsWith('other')) {
      const wrong = found.filter((id) => /^T\d+$/.test(id));
      if (wrong.length) out.push(`${s.sheet}: ${s.table} taken for ${wrong.join(',')}`);
    } else if (!found.includes(s.table)) {
      out.push(`${s.sheet}: expected ${s.table}, found ${found.join(',') || 'nothing'}`);
    }
  }
  return out;
}

function findingCells(f: Analysis['findings'][number]): string[] {
  const refs = [...f.sides.flatMap((s) => s.cells), ...(f.target ? [f.target] : [])];
  return refs.map((r) => cellKey(formatRef(r)));
}

/** Error findings whose cells touch no inconsistency the audit found: false alarms. */
export function falseErrors(expected: RegionExpectation, analysis: Analysis): string[] {
  const real = new Set<string>();
  const rounding = new Set<string>();
  for (const inc of expected.inconsistencies) {
    for (const c of [...inc.cells, ...(inc.against ?? [])]) (inc.rounding ? rounding : real).add(cellKey(c));
  }
  return analysis.findings
    .filter((f) => f.severity === 'error')
    .filter((f) => {
      const cells = findingCells(f);
      if (cells.some((c) => real.has(c))) return false;
      if (f.rounding && cells.some((c) => rounding.has(c))) return false;
      return true;
    })
    .map((f) => `${f.ruleId}: ${f.message}`);
}

export const NARRATIVE_FILE = 'narrative.txt';

/** A narrative finding about an audited inconsistency of narrative.txt: its rule, at its table cells (or its number). */
function narrativeFinds(inc: RegionExpectation['inconsistencies'][number], f: NarrativeFinding): boolean {
  if (!inc.rule || (f.ruleId !== inc.rule && !(f.refs ?? []).includes(inc.rule))) return false;
  const tableCells = [...inc.cells, ...(inc.against ?? [])].filter((c) => c !== NARRATIVE_FILE).map(cellKey);
  if (tableCells.length) return f.cells.some((c) => tableCells.includes(cellKey(formatRef(c))));
  const digits = (s: string | undefined) => (s ?? '').replace(/[^\d.]/g, '');
  return digits(f.stated) !== '' && Number(digits(f.stated)) === Number(digits(inc.published));
}

/**
 * Real (not rounding) inconsistencies no finding points at: table findings by their cells, and for those of
 * narrative.txt the narrative checker's findings (its rule, at the cells the audit names).
 */
export function missedInconsistencies(expected: RegionExpectation, analysis: Analysis, narrative: NarrativeFinding[] = []): string[] {
  const touched = new Set(analysis.findings.flatMap(findingCells));
  return expected.inconsistencies
    .filter((inc) => !inc.rounding)
    .filter((inc) =>
      // An inconsistency of the narrative (its cells, or what it is held against) is found by the narrative checker only.
      [...inc.cells, ...(inc.against ?? [])].includes(NARRATIVE_FILE)
        ? !narrative.some((f) => narrativeFinds(inc, f))
        : ![...inc.cells, ...(inc.against ?? [])].some((c) => touched.has(cellKey(c))),
    )
    .map((inc) => `${inc.cells.join(',')}: ${inc.what ?? ''}`);
}

/** The narrative checker's findings on an example's published narrative.txt, if it has one. */
export function narrativeFindings(region: string, analysis: Analysis, year?: number): NarrativeFinding[] {
  const file = join(REGIONS_DIR, region, NARRATIVE_FILE);
  if (!existsSync(file)) return [];
  return checkNarrativeReport(readFileSync(file, 'utf8'), analysis, undefined, year ? { year } : {}).findings;
}

/**
 * 深圳 publishes 一般公共预算支出表（按经济分类） in place of 表6; the relations between the two are broken on 深圳's
 * workbook with the 表6 other regions print, built from that table's 基本支出 column (人员经费 = 301 + 303).
 */
export function shenzhenWithT6(): WorkbookGrid {
  const grid = regionGrid('shenzhen');
  const gpb = analyzeWorkbook(grid).tables.find((t) => t.def.id === 'S-gpb-economic');
  if (!gpb) throw new Error('shenzhen: 一般公共预算支出表（按经济分类） not recognized');
  const block = gpb.blocks[0];
  const basic = (r: (typeof block.rows)[number]) => r.amounts.basic.value.toNumber();
  const personnel = (code: string) => code.startsWith('301') || code.startsWith('303');
  const coded = block.rows.filter((r) => r.code);
  const rows = coded.map((r) => [r.code!, r.name, basic(r), personnel(r.code!) ? basic(r) : 0, personnel(r.code!) ? 0 : basic(r)]);
  const classes = coded.filter((r) => r.kind === 'class');
  const sum = (pick: (r: (typeof coded)[number]) => number) => Math.round(classes.reduce((s, r) => s + pick(r), 0) * 100) / 100;
  const t6 = {
    name: '表6 一般公共预算基本支出表',
    cells: [
      ['表6 一般公共预算基本支出表'],
      [`部门名称：${gpb.department ?? ''}`, '', '', '', '单位：万元'],
      ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
      ['', '合计', sum(basic), sum((r) => (personnel(r.code!) ? basic(r) : 0)), sum((r) => (personnel(r.code!) ? 0 : basic(r)))],
      ...rows,
    ],
  };
  return { ...grid, sheets: [...grid.sheets, t6] };
}

/** The workbook the cross-table suite breaks a relation of the tables regions add on: one that prints its tables. */
export function supplementaryCaseGrid(relationId: string): WorkbookGrid {
  return /^s-(gpb-economic|basic)/.test(relationId) ? shenzhenWithT6() : regionGrid('suzhou');
}
