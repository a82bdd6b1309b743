import * as fs from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import { analyzeWorkbook, type Analysis } from '../../../src/engine/analyze';
import type { WorkbookGrid } from '../../../src/engine/grid/types';
import { readClerkTexts } from '../../../src/engine/narrative/clerk-texts';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { renderText } from '../../../src/engine/narrative/render-text';
import { STYLE_PRESETS } from '../../../src/engine/narrative/styles';
import type { NarrativeDocument } from '../../../src/engine/narrative/types';
import { priorFromAnalysis } from '../../../src/engine/prior/from-analysis';
import { priorFromColumns } from '../../../src/engine/prior/from-columns';
import { readReasons } from '../../../src/engine/prior/reasons';
import type { PriorYear } from '../../../src/engine/prior/types';
import type { Settings } from '../../../src/engine/settings';
import { parseSheetSource } from '../../../src/hosts/node/sheet-source';

const ROOT = path.resolve(__dirname, '../../..');

/** A workbook of examples/source; `edit` changes its text first (a test's variant of a real workbook). */
export function source(name: string, edit: (text: string) => string = (t) => t): WorkbookGrid {
  return parseSheetSource(edit(fs.readFileSync(path.join(ROOT, 'examples', 'source', name), 'utf8')));
}

export function readExample(rel: string): string {
  return fs.readFileSync(path.join(ROOT, 'examples', rel), 'utf8');
}

export interface Case {
  grid: WorkbookGrid;
  analysis: Analysis;
  prior?: PriorYear;
  doc: NarrativeDocument;
  text: string;
}

/**
 * Seed 004: the sample workbook, last year's workbook implied by 004 and 004's reasons and texts,
 * in 004's own wording (增长100% on a zero base, which is no longer the default).
 */
export function changji(settings: Partial<Settings> = {}, opts: { prior?: boolean; notes?: boolean } = {}): Case {
  const grid = source('changji-2023.txt');
  const analysis = analyzeWorkbook(grid, { ...STYLE_PRESETS.changji, priorZeroWording: 'growth-100', ...settings });
  const prior = opts.prior === false ? undefined : priorFromAnalysis(analyzeWorkbook(source('changji-2022-prior.txt')));
  const notes = opts.notes === false ? { sheets: [] } : source('changji-2023-notes.txt');
  const doc = generateNarrative(analysis, prior, { reasons: readReasons(notes), texts: readClerkTexts(notes), year: 2023 });
  return { grid, analysis, ...(prior ? { prior } : {}), doc, text: renderText(doc) };
}

/** Seed 000: the workbook built from its figures, last year's figures in 上年数 columns. */
export function zhaohua(settings: Partial<Settings> = {}): Case {
  const grid = source('zhaohua-2023.txt');
  const analysis = analyzeWorkbook(grid, { ...STYLE_PRESETS.zhaohua, ...settings });
  const prior = priorFromColumns(grid, analysis);
  const doc = generateNarrative(analysis, prior, { reasons: readReasons(grid, analysis), texts: readClerkTexts(grid), year: 2023 });
  return { grid, analysis, ...(prior ? { prior } : {}), doc, text: renderText(doc) };
}

/** Every "数字万元" and "数字%" of a text, as numbers with their unit ("3.9万元" and "3.90万元" are the same). */
export function statedFigures(text: string): Array<{ text: string; key: string }> {
  return Array.from(text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(万元|%|％)/g), (m) => ({
    text: m[0],
    key: `${new Decimal(m[1].replace(/,/g, '')).toFixed()}${m[2] === '万元' ? '万元' : '%'}`,
  }));
}

/** The lines of a section of a rendered narrative, from its heading to the next heading. */
export function sectionLines(text: string, headingPart: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^[一二三四五六七八九十]+、/.test(l) && l.includes(headingPart));
  if (start < 0) throw new Error(`no section ${headingPart}`);
  const end = lines.findIndex((l, i) => i > start && /^[一二三四五六七八九十]+、/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}
