import { chooseFillEdits, classifyFills, summarizeFillPlan, type FillChoice } from '../../src/app/fill';
import { analyzeWorkbook } from '../../src/engine';
import { FILL_HEADERS, planFills } from '../../src/engine/fill';
import { sampleGrid } from '../support/workbooks';

const grid = sampleGrid();
const analysis = analyzeWorkbook(grid);
const planned = classifyFills(analysis, planFills(analysis, undefined, { grid }));
const all: FillChoice = { kinds: { prior: true, change: true, rate: true, share: true }, tables: {} };

describe('fill choices', () => {
  it('classifies every planned cell by table and kind', () => {
    expect(planned.length).toBe(planFills(analysis, undefined, { grid }).length);
    expect(new Set(planned.map((e) => e.kind))).toEqual(new Set(['share']));
    const plan = summarizeFillPlan(analysis, planned, { source: 'none' });
    expect(plan.tables.map((t) => t.id)).toEqual(['T2', 'T3', 'T5', 'T6', 'T10']);
    for (const t of plan.tables) expect(t.cells.share).toBeGreaterThan(1);
  });

  it('keeps only the chosen tables', () => {
    const edits = chooseFillEdits(planned, { ...all, tables: { T2: { include: false }, T6: { include: false } } });
    const sheets = new Set(edits.map((e) => e.sheet));
    expect(sheets.has('表2')).toBe(false);
    expect(sheets.has('表6 基本支出')).toBe(false);
    expect(sheets.has('3 支出总表')).toBe(true);
    expect(chooseFillEdits(planned, { ...all, kinds: { ...all.kinds, share: false } })).toEqual([]);
  });

  it('moves a table to start at the column the clerk typed, leaving the others where planned', () => {
    const t3 = planned.filter((e) => e.table === 'T3');
    const edits = chooseFillEdits(planned, { ...all, tables: { T3: { include: true, startCol: 10 } } });
    const onT3 = edits.filter((e) => e.sheet === '3 支出总表');
    expect(onT3).toHaveLength(t3.length);
    expect(new Set(onT3.map((e) => e.col))).toEqual(new Set([10]));
    expect(onT3.find((e) => e.value === FILL_HEADERS.share)).toBeDefined();
    const t5 = planned.filter((e) => e.table === 'T5');
    expect(edits.filter((e) => e.sheet === '5一般公共预算支出').map((e) => e.col)).toEqual(t5.map((e) => e.col));
  });
});
