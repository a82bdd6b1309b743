import { readFileSync } from 'fs';
import { join } from 'path';
import Decimal from 'decimal.js';
import { columnIndex } from '../../src/engine/grid/address';
import { parseAmount } from '../../src/engine/grid/amount';
import {
  readSheetSource,
  sourceToGrid,
  type SheetSource,
  type SourceSheet,
} from '../../src/hosts/node/sheet-source';
import { expectedSnapshot, snapshotXlsx, type CellSnapshot, type SheetSnapshot } from '../hosts/node/xlsx-readback';

const ROOT = join(__dirname, '..', '..');
const SOURCE_FILE = join(ROOT, 'examples', 'source', 'changji-2023.txt');
const XLSX_FILE = join(ROOT, 'examples', 'changji-2023-budget.xlsx');

let source: SheetSource;
let workbook: SheetSnapshot[];

beforeAll(async () => {
  source = readSheetSource(readFileSync(SOURCE_FILE, 'utf8'));
  workbook = await snapshotXlsx(XLSX_FILE);
});

function sheet(name: string): SheetSnapshot {
  const found = workbook.find((s) => s.name === name);
  if (!found) throw new Error(`没有工作表 ${name}`);
  return found;
}

function cell(sheetName: string, address: string): CellSnapshot | undefined {
  return sheet(sheetName).cells[address];
}

/** The amount a cell shows, read the way the engine reads it (text numbers included). */
function amount(sheetName: string, address: string): Decimal {
  const c = cell(sheetName, address);
  const raw = c === undefined ? null : c.type === 'formula' ? shown(c.result) : shown(c);
  const parsed = parseAmount(raw);
  if (parsed.kind === 'blank') return new Decimal(0);
  if (parsed.kind !== 'number') throw new Error(`${sheetName}!${address} 不是金额：${JSON.stringify(raw)}`);
  return parsed.value;
}

function shown(c: CellSnapshot): string | number | { error: string } {
  if (c.type === 'formula') return shown(c.result);
  if (c.type === 'error') return { error: c.value };
  return c.value;
}

describe('examples/changji-2023-budget.xlsx', () => {
  it('is what examples/source/changji-2023.txt generates (run `npm run sample` after editing the source)', () => {
    expect(workbook).toEqual(expectedSnapshot(source));
  });

  it('has one sheet per table, with the names a clerk gave them', () => {
    expect(workbook.map((s) => s.name)).toEqual([
      '表1 收支总表',
      '表2',
      '3 支出总表',
      '表4 财政拨款收支总表',
      '5一般公共预算支出',
      '表6 基本支出',
      '表7项目支出',
      '表8 政府性基金',
      '表9国资预算',
      '三公经费',
    ]);
  });

  it('starts two tables away from A1', () => {
    expect(cell('表6 基本支出', 'B2')).toEqual({ type: 'text', value: '表6' });
    expect(sheet('表6 基本支出').cells.A1).toBeUndefined();
    expect(cell('三公经费', 'C3')).toEqual({ type: 'text', value: '表10' });
    expect(Object.keys(sheet('三公经费').cells).some((a) => /^[AB]\d+$/.test(a) || /^[A-Z]+[12]$/.test(a))).toBe(false);
    const origins = sourceToGrid(source).sheets.map((g) => [g.name, g.originRow, g.originCol]);
    expect(origins.filter(([, r, c]) => r !== 0 || c !== 0)).toEqual([
      ['表6 基本支出', 1, 1],
      ['三公经费', 2, 2],
    ]);
  });

  it('keeps the dirty cells of the published tables as text', () => {
    expect(cell('表1 收支总表', 'B6')).toEqual({ type: 'text', value: '4878.73\u3000' });
    expect(cell('表1 收支总表', 'D6')).toEqual({ type: 'text', value: '\u3000' });
    expect(cell('表2', 'E10')).toEqual({ type: 'text', value: '    55.40' });
    expect(cell('表6 基本支出', 'E10')).toEqual({ type: 'text', value: '\u3000   176.97' });
    expect(cell('表6 基本支出', 'F4')).toEqual({ type: 'text', value: '          ' });
    expect(cell('3 支出总表', 'E9')).toEqual({ type: 'text', value: '3.9\u3000' });
  });

  it('keeps the published mistakes', () => {
    // 表2: 208 05 is 170.10 while its 项 rows add up to 170.11
    expect(cell('表2', 'E7')).toEqual({ type: 'number', value: 170.1, numFmt: '0.00' });
    expect(amount('表2', 'E8').plus(amount('表2', 'E9')).plus(amount('表2', 'E10')).toFixed(2)).toBe('170.11');
    // 表7: 款 220 01 is 1762.8 in 项目支出合计 against 1763.8 for its 类
    expect(cell('表7项目支出', 'F7')).toEqual({ type: 'number', value: 1762.8 });
    expect(cell('表7项目支出', 'F6')).toEqual({ type: 'number', value: 1763.8 });
    // 表1: the 其中 lines under 一般公共预算拨款 do not add up to it
    expect(amount('表1 收支总表', 'B7').toFixed(2)).toBe('4698.73');
    expect(amount('表1 收支总表', 'B8').plus(amount('表1 收支总表', 'B9')).toFixed(2)).toBe('4518.73');
  });

  it('types a few codes as numbers in one table only', () => {
    expect(cell('5一般公共预算支出', 'A7')).toEqual({ type: 'number', value: 208 });
    expect(cell('5一般公共预算支出', 'B9')).toEqual({ type: 'number', value: 5 });
    expect(cell('5一般公共预算支出', 'C9')).toEqual({ type: 'number', value: 1 });
    expect(cell('5一般公共预算支出', 'B13')).toEqual({ type: 'text', value: '11' });
    expect(cell('表2', 'B7')).toEqual({ type: 'text', value: '05' });
    const numericCodes = workbook.filter((s) => codeCells(s).some((c) => c.type === 'number')).map((s) => s.name);
    expect(numericCodes).toEqual(['5一般公共预算支出']);
  });

  it('leaves a blank row inside the body of 表3 and keeps the empty bodies of 表8 and 表9 with their notes', () => {
    const rowsOf = (s: SheetSnapshot) => new Set(Object.keys(s.cells).map((a) => Number(/\d+$/.exec(a)![0])));
    const t3 = rowsOf(sheet('3 支出总表'));
    expect([t3.has(17), t3.has(18), t3.has(19)]).toEqual([true, false, true]);
    expect(cell('表8 政府性基金', 'E7')).toEqual({ type: 'text', value: '\u3000' });
    expect(cell('表8 政府性基金', 'D23')).toEqual({ type: 'text', value: '合  计' });
    expect(cell('表8 政府性基金', 'A25')).toEqual({
      type: 'text',
      value: '我单位没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。',
    });
    const t9 = rowsOf(sheet('表9国资预算'));
    expect([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20].some((r) => t9.has(r))).toBe(false);
    expect(cell('表9国资预算', 'D21')).toEqual({ type: 'text', value: '合计' });
    expect(cell('表9国资预算', 'A23')).toEqual({
      type: 'text',
      value: '我单位没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。',
    });
  });

  it('has headers merged as the published tables print them', () => {
    expect(sheet('表2').merges).toEqual(expect.arrayContaining(['A4:C4', 'D4:D5', 'F4:L4', 'P4:P5']));
    expect(cell('表2', 'F4')).toEqual({ type: 'text', value: '财  政  拨  款  (  补  助  )' });
    expect(cell('表2', 'L5')).toEqual({ type: 'text', value: '上级国有资本经营预算安排的转移支付' });
    expect(sheet('表1 收支总表').merges).toEqual(expect.arrayContaining(['A4:B4', 'C4:D4']));
    expect(sheet('表7项目支出').merges).toEqual(expect.arrayContaining(['A4:C4']));
    expect(cell('表7项目支出', 'A5')).toEqual({ type: 'text', value: '类' });
  });

  it('has formulas whose cached results are what Excel computes from the cells they add', () => {
    const formulas = source.sheets.flatMap((s) =>
      s.cells.filter((c) => c.cell.kind === 'formula').map((c) => ({ sheet: s, at: c })),
    );
    expect(formulas.length).toBeGreaterThan(0);
    for (const { sheet: s, at } of formulas) {
      if (at.cell.kind !== 'formula' || at.cell.result.kind !== 'number') throw new Error('公式结果应为数字');
      expect({ where: `${s.name}!${at.line}`, value: evaluate(s, at.cell.formula).toNumber() }).toEqual({
        where: `${s.name}!${at.line}`,
        value: at.cell.result.value,
      });
    }
  });
});

/** Cells below a 类 / 款 / 项 header, in its column. */
function codeCells(s: SheetSnapshot): CellSnapshot[] {
  const split = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    return { col: m[1], row: Number(m[2]) };
  };
  const headers = Object.entries(s.cells)
    .filter(([, c]) => c.type === 'text' && ['类', '款', '项'].includes(c.value))
    .map(([a]) => split(a));
  return Object.entries(s.cells)
    .filter(([a]) => headers.some((h) => split(a).col === h.col && split(a).row > h.row))
    .map(([, c]) => c);
}

/** The two formula shapes the sample uses: `E7+E12+…` and `SUM(E36:E39)`, over number or blank cells. */
function evaluate(sheet: SourceSheet, formula: string): Decimal {
  const sum = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(formula);
  const refs: [number, number][] = [];
  if (sum) {
    for (let r = Number(sum[2]); r <= Number(sum[4]); r++)
      for (let c = columnIndex(sum[1]); c <= columnIndex(sum[3]); c++) refs.push([r - 1, c]);
  } else if (/^[A-Z]+\d+(\+[A-Z]+\d+)*$/.test(formula)) {
    for (const ref of formula.split('+')) {
      const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
      refs.push([Number(m[2]) - 1, columnIndex(m[1])]);
    }
  } else {
    throw new Error(`样例里的公式只用加法和 SUM：${formula}`);
  }
  return refs.reduce((total, [row, col]) => {
    const found = sheet.cells.find((c) => c.row === row && c.col === col);
    if (!found) return total;
    if (found.cell.kind !== 'number') throw new Error(`${sheet.name} 的公式 ${formula} 引用了非数字单元格`);
    return total.plus(new Decimal(String(found.cell.value)));
  }, new Decimal(0));
}
