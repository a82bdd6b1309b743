import { FakeWorkbook, createRuntime, evaluateFormula } from '../../support/office-fake';

/** The fake must hold the add-in to Office's rules, or the host tests prove nothing. */
describe('office fake', () => {
  const book = () => FakeWorkbook.from([{ name: 'S', rows: [[1, 2, { formula: '=SUM(A1:B1)' }]] }, { name: 'T', protected: true }]);

  it('throws PropertyNotLoaded until load() and sync()', async () => {
    const b = book();
    await createRuntime(b).run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:C1');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(r.values).toEqual([[1, 2, 3]]);
      expect(() => r.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies writes at sync, in order, counting syncs', async () => {
    const b = book();
    await createRuntime(b).run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
      r.values = [[10]];
      expect(b.shown('S', 0, 0)).toBe(1);
      r.load('values');
      await ctx.sync();
      expect(b.shown('S', 0, 0)).toBe(10);
      expect(r.values).toEqual([[10]]);
      expect(b.shown('S', 0, 2)).toBe(12);
    });
    expect(b.syncCount).toBe(1);
  });

  it('fails a sync at the first bad command, keeping earlier writes and delivering no loads', async () => {
    const b = book();
    await createRuntime(b).run(async (ctx) => {
      const ok = ctx.workbook.worksheets.getItem('S').getRange('A1');
      ok.values = [[5]];
      ok.load('values');
      ctx.workbook.worksheets.getItem('T').getRange('A1').values = [[1]];
      ctx.workbook.worksheets.getItem('S').getRange('B1').values = [[7]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      expect(b.shown('S', 0, 0)).toBe(5);
      expect(b.shown('S', 0, 1)).toBe(2);
      expect(() => ok.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('rejects APIs newer than its ExcelApi version, and unknown sheets, at sync', async () => {
    const b = book();
    b.excelApiVersion = '1.1';
    const run = createRuntime(b).run;
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getUsedRange(true).load('address');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
      ctx.workbook.worksheets.getItem('S').notes.getItemOrNullObject('A1').load('content');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
      ctx.workbook.worksheets.getItem('无此表');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('parses typed text the way Excel does', async () => {
    const b = book();
    await createRuntime(b).run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A2:E2').values = [['45.47%', '1,760', '=A1+B1', '#N/A', '说明']];
      await ctx.sync();
    });
    expect([0, 1, 2, 3, 4].map((c) => b.shown('S', 1, c))).toEqual([0.4547, 1760, 3, { error: '#N/A' }, '说明']);
  });

  it('evaluates the formulas budget tables use', () => {
    const cells: Record<string, number> = { '0,0': 1.5, '1,0': 2.25, '0,1': 4 };
    const look = (r: number, c: number) => cells[`${r},${c}`] ?? null;
    expect(evaluateFormula('=SUM(A1:A2)+B1*2', look)).toBe(11.75);
    expect(evaluateFormula('=(B1-A1)/A1', look)).toBeCloseTo(1.6667, 4);
    expect(evaluateFormula('=A1/0', look)).toEqual({ error: '#DIV/0!' });
    expect(evaluateFormula('=VLOOKUP(A1,B1,1)', look)).toEqual({ error: '#NAME?' });
  });
});
