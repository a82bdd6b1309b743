import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeWorkbook, type Analysis } from '../../../src/engine';
import { formatRef } from '../../../src/engine/grid/address';
import { main } from '../../../src/hosts/node/cli';
import { parseSheetSource } from '../../../src/hosts/node/sheet-source';
import { writeSourceToXlsx } from '../../../src/hosts/node/write-xlsx';

/**
 * Whole workbooks as departments send them (fixtures/*.txt), consistent by construction: every
 * table must be recognized where it is, with nothing reported; then one cell is changed and exactly
 * the findings that change implies must appear, at the changed cell, with its amounts.
 */

const FIXTURES = path.join(__dirname, 'fixtures');
const source = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** Replaces the `nth` (1-based) line of the source that starts with `line` (a TAB-separated row) by `replacement`. */
function perturb(text: string, line: string, replacement: string, nth = 1): string {
  const lines = text.split('\n');
  const at = lines.map((l, i) => (l.startsWith(line) ? i : -1)).filter((i) => i >= 0);
  if (at.length < nth) throw new Error(`expected ${nth} lines starting with ${JSON.stringify(line)}, found ${at.length}`);
  lines[at[nth - 1]] = replacement;
  return lines.join('\n');
}

const analyze = (text: string) => analyzeWorkbook(parseSheetSource(text));

function tablesOf(a: Analysis) {
  return a.tables.map((t) => {
    const range = formatRef({ sheet: t.sheet, row: t.range.top, col: t.range.left }) + ':' + formatRef({ sheet: t.sheet, row: t.range.bottom, col: t.range.right }).split('!')[1];
    return `${t.def.id} ${range} ${t.unit}`;
  });
}

const findingsOf = (a: Analysis) =>
  a.findings.map((f) => ({ rule: f.ruleId, at: f.target ? formatRef(f.target) : '', sides: f.sides.map((s) => s.amount.toFixed(2)) }));

const columnsOf = (a: Analysis, id: string) =>
  a.tables.find((t) => t.def.id === id)!.blocks.map((b) => b.columns.map((c) => c.role).join(','));

describe('all ten tables on one sheet, stacked with notes between them; 表2 header one row, codes in one column', () => {
  const text = source('one-sheet.txt');
  const a = analyze(text);

  test('each table is found in its own rows of the one sheet', () => {
    expect(tablesOf(a)).toEqual([
      'T1 预算公开表!A2:D15 万元',
      'T2 预算公开表!A20:N38 万元',
      'T3 预算公开表!A43:E61 万元',
      'T4 预算公开表!A66:G75 万元',
      'T5 预算公开表!A79:E97 万元',
      'T6 预算公开表!A101:E118 万元',
      'T7 预算公开表!A123:F128 万元',
      'T8 预算公开表!A132:E135 万元',
      'T9 预算公开表!A140:E143 万元',
      'T10 预算公开表!A148:E156 万元',
    ]);
    expect(columnsOf(a, 'T2')).toEqual([
      'total,fiscal,gpb,gpbTransfer,fund,fundTransfer,soe,soeTransfer,specialAccount,unitFunds,fiscalCarryover,nonFiscalCarryover',
    ]);
    const t6 = a.tables.find((t) => t.def.id === 'T6')!.blocks[0];
    expect(t6.rows.filter((r) => r.code).map((r) => r.code)).toContain('30217');
    expect(a.findings).toEqual([]);
  });

  test('one wrong 基本支出 cell in 表3: its row and its 款, nothing else', () => {
    // The second 2012601 row on the sheet is 表3's (表2 comes first).
    const b = analyze(perturb(text, '2012601\t行政运行\t', '2012601\t行政运行\t180.00\t181.00\t', 2));
    expect(findingsOf(b)).toEqual([
      { rule: 'code-hierarchy', at: '预算公开表!D47', sides: ['200.00', '201.00'] },
      { rule: 'row-sum', at: '预算公开表!C48', sides: ['180.00', '181.00'] },
    ]);
  });
});

describe('the one-sheet workbook with 表3 printing 合计 as its first body row (财政部 template)', () => {
  const text = source('one-sheet.txt');
  const t3 = text.indexOf('表3\n部门支出总体情况表');
  const header = text.indexOf('项目支出\n', t3) + '项目支出\n'.length;
  const total = '\t合计\t300.00\t260.00\t40.00\n';
  const end = text.indexOf(total, t3);
  const totalFirst = text.slice(0, header) + total + text.slice(header, end) + text.slice(end + total.length);

  test('the rows under the 合计 are still the table, and all agree', () => {
    expect(totalFirst).not.toEqual(text);
    const a = analyze(totalFirst);
    const table = a.tables.find((t) => t.def.id === 'T3')!;
    expect([table.range.top + 1, table.range.bottom + 1, table.blocks[0].total!.row + 1]).toEqual([43, 61, 46]);
    expect(table.blocks[0].rows.filter((r) => r.code)).toHaveLength(15);
    expect(a.findings).toEqual([]);
  });

  test('a wrong 合计 on top is compared with the 类 below it', () => {
    const b = analyze(totalFirst.replace(total, '\t合计\t300.00\t261.00\t40.00\n'));
    expect(findingsOf(b)).toEqual([
      { rule: 'code-hierarchy', at: '预算公开表!D46', sides: ['261.00', '260.00'] },
      { rule: 'row-sum', at: '预算公开表!C46', sides: ['300.00', '301.00'] },
    ]);
  });
});

describe('the one-sheet workbook with a 目录 on top, and 表8 printed without a 合计 row', () => {
  const toc = ['某县档案馆2024年部门预算', '目录', ...['部门收支总体情况表', '部门收入总体情况表', '部门支出总体情况表', '财政拨款收支预算总体情况表', '一般公共预算支出情况表', '一般公共预算基本支出情况表', '一般公共预算项目支出情况表', '政府性基金预算支出情况表', '国有资本经营预算支出情况表', '财政拨款“三公”经费支出情况表'].map((t, i) => `表${i + 1}\t${t}\t${i + 1}`), ''];
  const withToc = source('one-sheet.txt').replace('@width A 14 B 30 C:N 12\n', `@width A 14 B 30 C:N 12\n${toc.join('\n')}\n`);
  const t8Header = '政府性基金预算支出情况表\n编制部门：某县档案馆\t\t\t\t单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n';
  const noTotal = withToc.replace(`${t8Header}\t合计\t\t\t\n`, t8Header);

  test('the 目录 lines above the tables are not tables; each table is found once, below it', () => {
    const a = analyze(withToc);
    expect(a.tables.map((t) => `${t.def.id}@${t.range.top + 1}`)).toEqual(['T1@15', 'T2@33', 'T3@56', 'T4@79', 'T5@92', 'T6@114', 'T7@136', 'T8@145', 'T9@153', 'T10@161']);
    expect(a.findings).toEqual([]);
  });

  test('the 为空表 note right under the header of an empty 表8 is its note, not a header row', () => {
    expect(noTotal).not.toEqual(withToc);
    const a = analyze(noTotal);
    const t8 = a.tables.find((t) => t.def.id === 'T8')!;
    expect(t8.headerRows).toEqual({ top: 146, bottom: 146 });
    expect(t8.notes.map((n) => n.text)).toEqual([expect.stringContaining('政府性基金预算支出情况表为空表')]);
    expect(a.findings).toEqual([]);
  });
});

describe('a school in whole 元, with a 封面 and a 目录 that lists every title; 表1 支出 lists only its 4 类', () => {
  const text = source('yuan-school.txt');
  const a = analyze(text);

  test('the 目录 is not a table; every table is on its own sheet, in 元', () => {
    expect(tablesOf(a)).toEqual([
      'T1 表1!A2:D31 元',
      'T2 表2!A2:P21 元',
      'T3 表3!A2:G21 元',
      'T4 表4!A2:G11 元',
      'T5 表5!A2:G21 元',
      'T6 表6!A2:F26 元',
      'T7 表7!A2:H9 元',
      'T8 表8!A2:G6 元',
      'T9 表9!A2:G6 元',
      'T10 表10!A2:E11 元',
    ]);
    expect(a.findings).toEqual([]);
  });

  test('表10 with 预算数 over 合计 | 一般公共预算 … keeps all four amount columns', () => {
    expect(columnsOf(a, 'T10')).toEqual(['total,gpb,fund,soe']);
    expect(a.tables.find((t) => t.def.id === 'T10')!.headerRows).toEqual({ top: 3, bottom: 4 });
  });

  test('one 元 off in 表5 is an error, not rounding', () => {
    const b = analyze(perturb(text, '"205"\t"02"\t"03"\t初中教育\t6591460\t6291460', '"205"\t"02"\t"03"\t初中教育\t6591460\t6291461\t300000'));
    expect(findingsOf(b)).toEqual([
      { rule: 'code-hierarchy', at: '表5!F7', sides: ['6291460.00', '6291461.00'] },
      { rule: 'row-sum', at: '表5!E8', sides: ['6591460.00', '6591461.00'] },
    ]);
    expect(b.findings.every((f) => f.severity === 'error' && !f.rounding && f.unit === '元')).toBe(true);
  });
});

describe('one table a sheet, 类/款/合计 rows are formulas, one 合计 shows #REF!', () => {
  const a = analyze(source('formulas-ref.txt'));

  test('the #REF! is reported once, at its cell, and the sums through it are not echoed', () => {
    expect(a.tables).toHaveLength(10);
    expect(findingsOf(a)).toEqual([{ rule: 'bad-cell', at: "'表5 一般公共预算支出'!D20", sides: [] }]);
    expect(a.findings[0].message).toContain('#REF!');
  });
});

describe('表1 支出 names its 类 without codes (一、一般公共服务支出)', () => {
  const text = source('t1-names.txt');
  const a = analyze(text);

  test('the names are read as 类 201, 208, 210, 221 and agree with 表3', () => {
    const expense = a.tables.find((t) => t.def.id === 'T1')!.blocks[1];
    expect(expense.rows.filter((r) => r.kind === 'class').map((r) => `${r.code} ${r.name}`)).toEqual(['201 一般公共服务支出', '208 社会保障和就业支出', '210 卫生健康支出', '221 住房保障支出']);
    expect(a.findings).toEqual([]);
  });

  test('a wrong 类 amount in 表1 is compared with 表3 by its name', () => {
    const b = analyze(perturb(text, '1.一般公共预算拨款\t300.00\t二、社会保障和就业支出\t36.00', '1.一般公共预算拨款\t300.00\t二、社会保障和就业支出\t38.00'));
    expect(findingsOf(b)).toEqual([
      { rule: 'code-hierarchy', at: "'表1 收支总表'!D15", sides: ['300.00', '302.00'] },
      { rule: 'cross-table/t1-t3-class', at: "'表1 收支总表'!D7", sides: ['38.00', '36.00'] },
    ]);
    // The clerk's row is called 支出总计, and the 类 is named without the list numbering.
    expect(b.findings[0].message).toBe('表1支出总计行预算数300.00万元，与各类之和302.00万元不相等，相差-2.00万元。');
    expect(b.findings[1].message).toContain('表1「208 社会保障和就业支出」预算数38.00万元');
  });
});

describe('the command line on the generated .xlsx', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-review-'));

  async function check(name: string, text: string): Promise<{ code: number; out: string }> {
    const file = path.join(dir, name);
    await writeSourceToXlsx(text, file);
    let out = '';
    const code = await main(['check', file], (s) => (out += s), () => undefined);
    return { code, out };
  }

  test('a consistent workbook with a 目录 sheet: ten tables, no problem', async () => {
    const { code, out } = await check('school.xlsx', source('yuan-school.txt'));
    expect(code).toBe(0);
    expect(out).toContain('识别到 10 张表');
    expect(out).toContain('未发现问题');
    expect(out).not.toContain('目录');
  });

  test('the #REF! workbook: one error line naming the cell', async () => {
    const { code, out } = await check('ref.xlsx', source('formulas-ref.txt'));
    expect(code).toBe(1);
    expect(out.match(/\[错误\]/g)).toHaveLength(1);
    expect(out).toContain("表5「合计」基本支出（'表5 一般公共预算支出'!D20）是错误值 #REF!");
  });
});
