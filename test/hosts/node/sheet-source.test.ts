import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  formulaCells,
  parseSheetSource,
  readSheetSource,
  SheetSourceError,
} from '../../../src/hosts/node/sheet-source';
import { buildWorkbook, writeSourceToXlsx } from '../../../src/hosts/node/write-xlsx';
import { SheetView } from '../../../src/engine/grid/sheet-view';
import { parseAmount } from '../../../src/engine/grid/amount';
import { expectedSnapshot, snapshotXlsx } from './xlsx-readback';

const IDEO = '\u3000';

/** Builds source text from lines, so TABs are visible in the test as array boundaries. */
function src(...rows: (string | string[])[]): string {
  return rows.map((r) => (Array.isArray(r) ? r.join('\t') : r)).join('\n');
}

const SAMPLE = src(
  '# 两张表：一张从 A1 开始，一张从 B2 开始',
  '@sheet 表2',
  '@merge A2:C2 A3:A4',
  '@width A 6 B:C 12',
  '@bold A2',
  '表2',
  '部门收入总体情况表',
  ['科目', '总计', '一般公共预算'],
  ['', '=SUM(B5:B7)→170.11', '"4878.73　"'],
  ['"208"', '170.10', '"    55.40"'],
  ['"05"', '3.9', `"${IDEO}"`],
  ['5', '#REF!', `"\\u3000   176.97"`],
  '',
  '@sheet 3 支出总表',
  '@start B2',
  '',
  ['表3', '', '1,760'],
  '',
  ['', '=E8+E9->0'],
  '',
);

describe('readSheetSource / parseSheetSource', () => {
  const grid = parseSheetSource(SAMPLE, 'sample.xlsx');
  const [t2, t3] = grid.sheets;

  it('reads several sheets with their names, origins and merges in sheet coordinates', () => {
    expect(grid.name).toBe('sample.xlsx');
    expect(grid.sheets.map((s) => s.name)).toEqual(['表2', '3 支出总表']);
    expect([t2.originRow, t2.originCol]).toEqual([0, 0]);
    expect([t3.originRow, t3.originCol]).toEqual([1, 1]);
    expect(t2.merges).toEqual([
      { top: 1, left: 0, bottom: 1, right: 2 },
      { top: 2, left: 0, bottom: 3, right: 0 },
    ]);
  });

  it('tells a number cell from text that looks like a number, keeping every space', () => {
    const view = new SheetView(t2);
    expect(view.value(4, 1)).toBe(170.1);
    expect(view.value(3, 2)).toBe('4878.73\u3000');
    expect(view.value(4, 0)).toBe('208');
    expect(view.value(4, 2)).toBe('    55.40');
    expect(view.value(5, 0)).toBe('05');
    expect(view.value(5, 2)).toBe(IDEO);
    expect(view.value(6, 0)).toBe(5);
    expect(view.value(6, 2)).toBe('\u3000   176.97');
    expect(view.value(6, 1)).toEqual({ error: '#REF!' });
    expect(view.value(3, 0)).toBeNull();
    // the dirty cells read the way a clerk means them
    expect(parseAmount(view.value(3, 2))).toMatchObject({ kind: 'number', storedAsText: true });
    expect(parseAmount(view.value(5, 2))).toEqual({ kind: 'blank' });
  });

  it('gives a formula cell its cached result in the grid and keeps the formula aside', () => {
    expect(new SheetView(t2).value(3, 1)).toBe(170.11);
    expect(formulaCells(readSheetSource(SAMPLE))).toEqual([
      { sheet: '表2', row: 3, col: 1, formula: 'SUM(B5:B7)', result: 170.11 },
      { sheet: '3 支出总表', row: 3, col: 2, formula: 'E8+E9', result: 0 },
    ]);
  });

  it('counts empty lines between rows as empty rows but not those before or after a block', () => {
    expect(t3.cells).toEqual([['表3', null, '1,760'], [], [null, 0]]);
  });

  it('keeps the decimals written for a number', () => {
    const cell = readSheetSource(SAMPLE).sheets[0].cells.find((c) => c.row === 4 && c.col === 1)?.cell;
    expect(cell).toEqual({ kind: 'number', value: 170.1, decimals: 2 });
  });

  it('places blocks of one sheet at their own start cells', () => {
    const g = parseSheetSource(src('@sheet S', '@start C3', 'a', '@start A10', ['b', 'c']));
    const view = new SheetView(g.sheets[0]);
    expect([g.sheets[0].originRow, g.sheets[0].originCol]).toEqual([2, 0]);
    expect(view.value(2, 2)).toBe('a');
    expect(view.value(9, 0)).toBe('b');
    expect(view.value(9, 1)).toBe('c');
  });

  it('reads escapes inside quotes', () => {
    const g = parseSheetSource(src('@sheet S', ['"a\\"b\\\\c"', '"公务用车购置及运行费\\n（小计）"', '"\\t"']));
    expect(g.sheets[0].cells[0]).toEqual(['a"b\\c', '公务用车购置及运行费\n（小计）', '\t']);
  });

  it.each([
    ['a row before any sheet', src('x'), 1, '@sheet'],
    ['an unknown directive', src('@sheet S', '@colour A1'), 2, '未知指令'],
    ['a bare code with a leading zero', src('@sheet S', ['05']), 2, '以0开头'],
    ['bare text with an edge space', src('@sheet S', ['x ']), 2, '首尾有空白'],
    ['bare U+3000', src('@sheet S', [IDEO]), 2, '首尾有空白'],
    ['an unclosed quote', src('@sheet S', ['"abc']), 2, '引号没有闭合'],
    ['text after a closing quote', src('@sheet S', ['"a"b']), 2, '引号之后'],
    ['an empty quoted text', src('@sheet S', ['""']), 2, '留空'],
    ['a formula without a cached result', src('@sheet S', ['=SUM(A1:A2)']), 2, '缓存结果'],
    ['a value inside a merge tail', src('@sheet S', '@merge A1:B1', ['a', 'b']), 3, '合并区域'],
    ['overlapping merges', src('@sheet S', '@merge A1:B2', '@merge B2:C3'), 3, '重叠'],
    ['a one-cell merge', src('@sheet S', '@merge A1'), 2, '只有一个单元格'],
    ['a cell written twice', src('@sheet S', '@start A1', 'a', '@start A1', 'b'), 5, '已在第3行写过'],
    ['a duplicate sheet name', src('@sheet S', '@sheet s'), 2, '重复'],
    ['a forbidden character in a sheet name', src('@sheet a/b'), 1, '不能含有'],
    ['a bad range', src('@sheet S', '@merge A1:'), 2, '无法识别的区域'],
  ])('rejects %s, naming the line', (_label, text, line, words) => {
    let error: unknown;
    try {
      readSheetSource(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SheetSourceError);
    expect((error as SheetSourceError).line).toBe(line);
    expect((error as Error).message).toContain(words);
  });

  it('treats "#" followed by a space as a comment but #REF! as an error value', () => {
    const g = parseSheetSource(src('@sheet S', '# note', '#REF!', '"# not a comment"'));
    expect(g.sheets[0].cells).toEqual([[{ error: '#REF!' }], ['# not a comment']]);
  });
});

describe('writeSourceToXlsx round trip', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sheet-source-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back the same values, types, formulas, merges, widths and bold cells', async () => {
    const file = join(dir, 'round-trip.xlsx');
    await writeSourceToXlsx(SAMPLE, file);
    const back = await snapshotXlsx(file);
    expect(back).toEqual(expectedSnapshot(readSheetSource(SAMPLE)));
  });

  it('keeps text that looks like a number as text and numbers as numbers', async () => {
    const buffer = Buffer.from(await buildWorkbook(readSheetSource(SAMPLE)).xlsx.writeBuffer());
    const [t2, t3] = await snapshotXlsx(buffer);
    expect(t2.cells.C4).toEqual({ type: 'text', value: '4878.73\u3000' });
    expect(t2.cells.C5).toEqual({ type: 'text', value: '    55.40' });
    expect(t2.cells.C6).toEqual({ type: 'text', value: IDEO });
    expect(t2.cells.A5).toEqual({ type: 'text', value: '208' });
    expect(t2.cells.A7).toEqual({ type: 'number', value: 5 });
    expect(t2.cells.B5).toEqual({ type: 'number', value: 170.1, numFmt: '0.00' });
    expect(t2.cells.B6).toEqual({ type: 'number', value: 3.9 });
    expect(t2.cells.B7).toEqual({ type: 'error', value: '#REF!' });
    expect(t2.cells.B4).toEqual({ type: 'formula', formula: 'SUM(B5:B7)', result: { type: 'number', value: 170.11 } });
    expect(t2.merges).toEqual(['A2:C2', 'A3:A4']);
    expect(t2.widths).toEqual({ A: 6, B: 12, C: 12 });
    expect(t2.bold).toEqual(['A2', 'B2', 'C2']);
    expect(t3.cells.B2).toEqual({ type: 'text', value: '表3' });
    expect(t3.cells.D2).toEqual({ type: 'text', value: '1,760' });
    expect(t3.cells.C4).toEqual({ type: 'formula', formula: 'E8+E9', result: { type: 'number', value: 0 } });
  });
});
