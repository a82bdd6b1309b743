import Decimal from 'decimal.js';
import { analyzeWorkbook, groupByCause, type Finding } from '../../src/engine';
import { formatRef } from '../../src/engine/grid/address';
import { sourceWorkbook } from '../support/rule-tester';
import { sampleGrid } from '../support/workbooks';

const where = (f: Finding) => `${f.ruleId}@${f.target ? formatRef(f.target) : ''}`;

describe('seed 004: 14 findings, 6 causes', () => {
  const analysis = analyzeWorkbook(sampleGrid());
  const causes = groupByCause(analysis.findings, analysis.tables);
  const stated = causes.map((c) => ({ kind: c.kind, severity: c.severity, findings: c.findings.map(where) }));

  test('every finding is in exactly one cause; none is lost', () => {
    const members = causes.flatMap((c) => c.findings);
    expect(members).toHaveLength(analysis.findings.length);
    expect(new Set(members)).toEqual(new Set(analysis.findings));
  });

  test('the causes are the mistakes of the published tables', () => {
    expect(stated).toEqual([
      // 表2 款 20805 is 170.10 where its 项, 表3 and 表5 say 170.11: three columns, two relations
      {
        kind: 'row',
        severity: 'error',
        findings: ['code-hierarchy@表2!E7', 'code-hierarchy@表2!F7', 'code-hierarchy@表2!G7', 'cross-table/t2-t3-code@表2!E7', 'cross-table/t2-t5-code@表2!G7'],
      },
      // 表7 款 22001 is 1762.80 where its projects, its columns and 表5 say 1763.80
      { kind: 'row', severity: 'error', findings: ['code-hierarchy@表7项目支出!F7', 'row-sum@表7项目支出!F7', "cross-table/t5-t7-project@'5一般公共预算支出'!G19"] },
      // 表1 一般财力 is 180 short: its 一般公共预算拨款 line does not add up, and 表2 says 2786.73
      { kind: 'row', severity: 'error', findings: ["item-sum@'表1 收支总表'!B7", "cross-table/t1-t2-gpb-own@'表1 收支总表'!B8"] },
      { kind: 'single', severity: 'warning', findings: ["item-sum@'表1 收支总表'!B17"] },
      { kind: 'single', severity: 'warning', findings: ["item-sum@'表4 财政拨款收支总表'!B6"] },
      // 表2 puts the 935.26 carry-over into 单位资金, where 表1 has it under 非财政拨款结转结余
      { kind: 'move', severity: 'error', findings: ["cross-table/t1-t2-unit-funds@'表1 收支总表'!B22", "cross-table/t1-t2-nonfiscal-carryover@'表1 收支总表'!B28"] },
    ]);
  });

  test('a cause names its row and amount in the clerk\'s words; a single finding keeps its own message', () => {
    expect(causes[0].message).toBe('表2第7行（20805 行政事业单位养老支出）：以下5处不一致都可由该行金额相差0.01万元解释，请先核对此行。');
    expect(causes[2].message).toContain('表1第8行（一般财力）');
    expect(causes[3].message).toBe(causes[3].findings[0].message);
  });
});

/** A finding comparing one cell with another: left − right. */
function finding(ruleId: string, left: [string, number, number, string], right: [string, number, number, string], extra: Partial<Finding> = {}): Finding {
  const side = ([sheet, row, col, amount]: [string, number, number, string]) => ({ label: `${sheet}${row}`, cells: [{ sheet, row, col }], amount: new Decimal(amount) });
  const l = side(left);
  const r = side(right);
  return { ruleId, severity: 'error', message: ruleId, tables: ['T2'], target: l.cells[0], sides: [l, r], unit: '万元', difference: l.amount.minus(r.amount), ...extra };
}

describe('grouping never hides a second mistake', () => {
  test('two findings through one row but off by different amounts are two causes', () => {
    const a = finding('a', ['S', 6, 4, '170.10'], ['T', 7, 4, '170.11']);
    const b = finding('b', ['S', 6, 5, '170.10'], ['T', 7, 5, '175.00']);
    expect(groupByCause([a, b]).map((c) => c.findings.map((f) => f.ruleId))).toEqual([['a'], ['b']]);
  });

  test('off by the same amount on different rows: two causes', () => {
    const a = finding('a', ['S', 6, 4, '10'], ['T', 7, 4, '11']);
    const b = finding('b', ['S', 8, 4, '10'], ['T', 9, 4, '11']);
    expect(groupByCause([a, b])).toHaveLength(2);
  });

  test('a chain of look-alikes is not one cause: each cause has one row that explains all its findings', () => {
    // a and b share row S6 (+1); b and c share row T7 (−1) only through b; a and c share nothing.
    const a = finding('a', ['S', 6, 4, '10'], ['U', 1, 1, '11']);
    const b = finding('b', ['S', 6, 5, '10'], ['T', 7, 5, '11']);
    const c = finding('c', ['V', 2, 2, '10'], ['T', 7, 6, '11']);
    const groups = groupByCause([a, b, c]).map((g) => g.findings.map((f) => f.ruleId));
    expect(groups.flat().sort()).toEqual(['a', 'b', 'c']);
    expect(groups.every((g) => g.length <= 2)).toBe(true);
    expect(groups).toHaveLength(2);
  });

  test('rounding residues of one table left after the rows are one finding listing them; another table\'s stay apart', () => {
    const r1 = finding('r1', ['S', 6, 4, '1.00'], ['S', 20, 4, '1.01'], { rounding: true });
    const r2 = finding('r2', ['S', 8, 4, '2.00'], ['S', 30, 4, '2.02'], { rounding: true });
    const r3 = finding('r3', ['X', 8, 4, '2.00'], ['X', 30, 4, '2.01'], { rounding: true, tables: ['T3'] });
    const causes = groupByCause([r1, r2, r3]);
    expect(causes.map((c) => [c.kind, c.findings.map((f) => f.ruleId)])).toEqual([
      ['rounding', ['r1', 'r2']],
      ['single', ['r3']],
    ]);
    expect(causes[0].message).toBe('表2有2处差额在各数分别四舍五入可能产生的范围内，可能为四舍五入差异：');
  });

  test('rows that explain only rounding residues of their table do not split it: 深圳 rounds every figure from 元', () => {
    // Each row is 0.01 off in two checks of the same table (its 合计 column and its 类 line): two rows, four residues.
    const r1 = finding('r1', ['S', 6, 4, '1.00'], ['S', 20, 4, '1.01'], { rounding: true });
    const r2 = finding('r2', ['S', 6, 5, '1.00'], ['S', 21, 5, '1.01'], { rounding: true });
    const r3 = finding('r3', ['S', 8, 4, '2.00'], ['S', 30, 4, '2.01'], { rounding: true });
    const r4 = finding('r4', ['S', 8, 5, '2.00'], ['S', 31, 5, '2.01'], { rounding: true });
    const causes = groupByCause([r1, r2, r3, r4]);
    expect(causes.map((c) => [c.kind, c.findings.map((f) => f.ruleId)])).toEqual([['rounding', ['r1', 'r2', 'r3', 'r4']]]);
  });

  test('a row that also explains a relation across tables stays the cause of its residues', () => {
    const inTable = finding('in', ['S', 6, 4, '170.10'], ['S', 7, 4, '170.11'], { rounding: true });
    const across = finding('across', ['S', 6, 4, '170.10'], ['T', 7, 4, '170.11'], { rounding: true, tables: ['T2', 'T3'] });
    const causes = groupByCause([inTable, across]);
    expect(causes.map((c) => [c.kind, c.findings.map((f) => f.ruleId)])).toEqual([['row', ['in', 'across']]]);
  });

  test('one 科目 under another code in one table is one cause (上海 表1 一般公共服务支出 = 表3 208, each missing in the other)', () => {
    const analysis = analyzeWorkbook(
      sourceWorkbook(`
        @sheet 表1
        表1 部门收支总表
        部门名称：示例局⇥⇥⇥单位：元
        收入⇥⇥支出
        项目⇥预算数⇥项目⇥预算数
        一、财政拨款⇥500⇥一、一般公共服务支出⇥200
        ⇥⇥二、卫生健康支出⇥300
        收入总计⇥500⇥支出总计⇥500

        @sheet 表3
        表3 部门支出总表
        部门名称：示例局⇥⇥⇥⇥单位：元
        科目编码⇥科目名称⇥合计⇥基本支出⇥项目支出
        208⇥社会保障和就业支出⇥200⇥200⇥
        210⇥卫生健康支出⇥300⇥⇥300
        ⇥合计⇥500⇥200⇥300
      `),
    );
    const causes = groupByCause(analysis.findings, analysis.tables).filter((c) => c.findings.some((f) => f.ruleId === 'cross-table/t1-t3-class'));
    expect(causes.map((c) => [c.kind, c.findings.length])).toEqual([['code', 2]]);
    expect(causes[0].message).toBe('表1「201 一般公共服务支出」预算数与表3「208 社会保障和就业支出」合计都是200元，而两表各缺对方的科目：可能是其中一张表的科目编码或名称写错，请核对。');
  });

  test('two 科目 missing on each side by different amounts are two causes', () => {
    const missing = (ruleId: string, present: 0 | 1, amount: string): Finding => {
      const there = { label: 'x', cells: [{ sheet: present === 0 ? 'S' : 'T', row: 6, col: 4 }], amount: new Decimal(amount) };
      const absent = { label: 'y（无此行）', cells: [], amount: new Decimal(0) };
      const sides = present === 0 ? [there, absent] : [absent, there];
      return { ruleId, severity: 'error', message: ruleId, tables: ['T1', 'T3'], sides, unit: '元', difference: sides[0].amount.minus(sides[1].amount) };
    };
    expect(groupByCause([missing('r', 0, '200'), missing('r', 1, '201')]).map((c) => c.kind)).toEqual(['single', 'single']);
    expect(groupByCause([missing('r', 0, '200'), missing('r', 1, '200')]).map((c) => c.kind)).toEqual(['code']);
  });

  test('a finding without two sides (a #REF!, a missing table) stays on its own', () => {
    const bad: Finding = { ruleId: 'bad-cell', severity: 'error', message: 'x', tables: ['T2'], target: { sheet: 'S', row: 6, col: 4 }, sides: [], unit: '万元' };
    const a = finding('a', ['S', 6, 4, '10'], ['T', 7, 4, '11']);
    expect(groupByCause([bad, a])).toHaveLength(2);
  });
});

describe('a cause on a sheet whose rows two blocks share (表1 收入 | 支出)', () => {
  const analysis = analyzeWorkbook(
    sourceWorkbook(`
      @sheet 表1
      表1 收支总表
      部门名称：示例局⇥⇥⇥单位：万元
      收入⇥⇥支出
      项目⇥预算数⇥项目⇥预算数
      一、财政拨款⇥100⇥一、教育支出⇥45
      1.一般公共预算拨款⇥100⇥二、住房保障支出⇥60
      本年收入合计⇥100⇥本年支出合计⇥100
      收入总计⇥100⇥支出总计⇥100
    `),
  );
  it('names the line of the block whose cell explains it: 支出\'s 教育支出, not 收入\'s 财政拨款 on the same row', () => {
    const cause = groupByCause(analysis.findings, analysis.tables).find((c) => c.kind === 'row');
    expect(cause?.message).toContain('表1第5行（205 教育支出）');
  });
});
