import { planFills } from '../../../src/engine/fill/plan-fills';
import { changji, zhaohua } from '../narrative/fixtures';

describe('planFills', () => {
  it('writes 上年数, 增减额, 增减率 and 占比 beside 表5 from last year’s workbook', () => {
    const { analysis, prior, grid } = changji();
    const edits = planFills(analysis, prior, { grid });
    const t5 = analysis.tables.find((t) => t.def.id === 'T5')!;
    const at = (code: string) => t5.blocks[0].rows.find((r) => r.code === code)!.row;
    const row = (r: number) => edits.filter((e) => e.sheet === t5.sheet && e.row === r).map((e) => e.value);
    expect(row(t5.headerRows.bottom)).toEqual(['上年数', '增减额', '增减率(%)', '占比(%)']);
    expect(row(at('2080505'))).toEqual([95.52, 15.29, 16.01]);
    expect(row(at('2080506'))).toEqual([0, 55.4, 100]);
    expect(row(at('210'))).toEqual([75.26, -15.78, -20.97, 1.26]);
    expect(row(t5.blocks[0].total!.row)).toEqual([1197.15, 3501.58, 292.49, 100]);
    const cols = new Set(edits.filter((e) => e.sheet === t5.sheet).map((e) => e.col));
    expect(Math.min(...cols)).toBeGreaterThan(t5.range.right);
  });

  it('reuses the clerk’s 上年数 column and does not write last year over it', () => {
    const { analysis, prior, grid } = zhaohua();
    const edits = planFills(analysis, prior, { grid });
    const t10 = analysis.tables.find((t) => t.def.id === 'T10')!;
    const headers = edits.filter((e) => e.sheet === t10.sheet && e.row === t10.headerRows.bottom).map((e) => e.value);
    expect(headers).toEqual(['增减额', '增减率(%)', '占比(%)']);
    const reception = t10.blocks[0].rows.find((r) => r.role === 'reception')!.row;
    expect(edits.filter((e) => e.sheet === t10.sheet && e.row === reception).map((e) => e.value)).toEqual([-1.22, -20, 100]);
  });

  it('without last year only shares', () => {
    const { analysis } = changji({ shareRounding: 'plain' }, { prior: false });
    const edits = planFills(analysis);
    const t3 = analysis.tables.find((t) => t.def.id === 'T3')!;
    const values = edits.filter((e) => e.sheet === t3.sheet).map((e) => e.value);
    expect(values).toEqual(['占比(%)', 2.78, 0.97, 65.85, 1.42, 28.74, 0.23, 100]);
  });
});
