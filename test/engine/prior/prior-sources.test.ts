import Decimal from 'decimal.js';
import { analysisNotes } from '../../../src/engine/analysis-notes';
import { analyzeWorkbook } from '../../../src/engine/analyze';
import { compareItem, compareRows } from '../../../src/engine/prior/compare';
import { priorFromAnalysis } from '../../../src/engine/prior/from-analysis';
import { priorFromColumns } from '../../../src/engine/prior/from-columns';
import { findSideColumns } from '../../../src/engine/prior/side-columns';
import { parseSheetSource } from '../../../src/hosts/node/sheet-source';
import { source } from '../narrative/fixtures';

const d = (s: string) => new Decimal(s);

/** A 表3 with the columns a clerk adds: 上年数 (合计), 上年基本支出 and 变动原因. */
const T3_WITH_PRIOR = `@sheet 表3
@merge A2:I2 A4:D4 E4:G4 A5:C5 D5:D6 E5:E6 F5:F6 G5:G6 H4:H6 I4:I6 J4:J6
表3
2023年部门支出总体情况表
编制部门：某局                                单位：万元
项    目				支出预算			上年数	上年基本支出	变动原因
功能分类科目编码			功能分类科目名称	合  计	基本支出	项目支出
类	款	项
"201"			一般公共服务支出	120	100	20	100	90	项目增加
"201"	"01"		人大事务	120	100	20	100	90
"201"	"01"	"01"	行政运行	100	100		90	90	人员增加
"201"	"01"	"02"	一般行政管理事务	20		20	10
			合  计	120	100	20	100	90
`;

describe('prior year from 上年数 columns beside the table', () => {
  const grid = parseSheetSource(T3_WITH_PRIOR);
  const analysis = analyzeWorkbook(grid);

  it('finds the columns and which column each gives last year for', () => {
    const side = findSideColumns(grid, analysis).map((s) => [s.kind, s.col, s.role ?? '']);
    expect(side).toEqual([
      ['prior', 7, 'total'],
      ['prior', 8, 'basic'],
      ['reason', 9, ''],
    ]);
  });

  it('reads last year row by row, keyed like this year', () => {
    const prior = priorFromColumns(grid, analysis)!;
    expect(prior.source).toBe('columns');
    const block = prior.blocks.find((b) => b.table === 'T3')!;
    expect(block.columns).toEqual(['total', 'basic']);
    expect(block.rows.find((r) => r.key === '2010102')!.amounts.total.toFixed()).toBe('10');
    expect(block.total!.amounts.basic.toFixed()).toBe('90');
    const item = compareItem(analysis, prior, { table: 'T3', row: 'total', col: 'basic' })!;
    expect([item.current.toFixed(), item.prior!.toFixed()]).toEqual(['100', '90']);
  });

  it('leaves those columns to last year’s figures: no check of the table runs over them, and the notes say so', () => {
    expect(analysis.findings.filter((f) => /上年|变动原因/.test(f.message)).map((f) => f.message)).toEqual([]);
    expect(analysis.tables.find((t) => t.def.id === 'T3')!.blocks[0].unmappedColumns).toEqual([]);
    expect(analysisNotes(analysis)).toContain('表3「表3」中“上年数”“上年基本支出”列按上年数读取，用于比上年增减，不参与本年数的校验。');
  });

  it('gives nothing when the workbook has no such column', () => {
    const sample = source('changji-2023.txt');
    expect(priorFromColumns(sample, analyzeWorkbook(sample))).toBeUndefined();
  });
});

/** 重庆 表五: last year's 预算数 printed by its year, left of this year's group (2025年预算数 | 2026年预算数: 总计 …). */
const T5_WITH_YEAR_BEFORE = `@sheet 表五
@merge A1:F1 A3:B3 C3:C4 D3:F3
表五 2026年一般公共预算支出情况表
单位名称：某局					单位：万元
功能分类科目		2025年预算数	2026年预算数
科目编码	科目名称		总计	基本支出	项目支出
	合计	100	120	100	20
"201"	一般公共服务支出	100	120	100	20
"20101"	人大事务	100	120	100	20
"2010101"	行政运行	100	120	100	20
`;

describe('prior year from a column of the year before, in a table of a stated year', () => {
  const grid = parseSheetSource(T5_WITH_YEAR_BEFORE);
  const analysis = analyzeWorkbook(grid);

  it('reads 2025年预算数 in a 2026 table as last year’s 合计', () => {
    expect(findSideColumns(grid, analysis).map((s) => [s.kind, s.header, s.role ?? ''])).toEqual([['prior', '2025年预算数', 'total']]);
    const item = compareItem(analysis, priorFromColumns(grid, analysis)!, { table: 'T5', row: 'total', col: 'total' })!;
    expect([item.current.toFixed(), item.prior!.toFixed()]).toEqual(['120', '100']);
  });

  it('says the column is read as last year’s figures, not that it could not be placed', () => {
    const notes = analysisNotes(analysis);
    expect(notes).toContain('表5「表五」中“2025年预算数”列按上年数读取，用于比上年增减，不参与本年数的校验。');
    expect(notes.join('\n')).not.toMatch(/2025年预算数”列未能对应/);
  });

  it('takes no other year for last year’s (a 2024年 column in a 2026 table is not)', () => {
    const older = parseSheetSource(T5_WITH_YEAR_BEFORE.replace('2025年预算数', '2024年预算数'));
    expect(findSideColumns(older, analyzeWorkbook(older))).toEqual([]);
  });
});

describe('prior year from last year’s workbook', () => {
  const current = analyzeWorkbook(source('changji-2023.txt'));
  const prior = priorFromAnalysis(analyzeWorkbook(source('changji-2022-prior.txt')), 'changji-2022');

  it('takes every recognized table and its year', () => {
    expect(prior.source).toBe('workbook');
    expect(prior.year).toBe(2022);
    expect(prior.blocks.map((b) => b.table)).toEqual(['T1', 'T1', 'T2', 'T3', 'T4', 'T4', 'T5', 'T6', 'T10']);
  });

  it('matches 项 rows by code, lists new and dropped rows with the other year at 0', () => {
    const c = compareRows(current, prior, { table: 'T5', col: 'total', kinds: ['xiang'] })!;
    expect(c.available).toBe(true);
    const row = c.rows.find((r) => r.code === '2080505')!;
    expect([row.match, row.current.toFixed(), row.prior.toFixed()]).toEqual(['code', '110.81', '95.52']);
    expect(c.newItems.map((r) => [r.code, r.prior.toFixed()])).toEqual([
      ['2080506', '0'],
      ['2240601', '0'],
    ]);
    expect(c.droppedItems.map((r) => [r.code, r.name, r.current.toFixed(), r.prior.toFixed()])).toEqual([['2200114', '地质勘查与矿产资源管理', '0', '10']]);
  });

  it('matches item rows by role however last year worded them', () => {
    const lastYear = parseSheetSource(`@sheet 三公
表10
财政拨款“三公”经费支出情况表
单位：万元
三公支出内容	合计	一般公共预算
合计	20	20
公务接待费	5	5
公务用车购置及运行费	15	15
公务用车运行费	15	15
`);
    const p = priorFromAnalysis(analyzeWorkbook(lastYear));
    const c = compareRows(current, p, { table: 'T10', col: 'total', kinds: ['item'] })!;
    const reception = c.rows.find((r) => r.role === 'reception')!;
    expect([reception.match, reception.prior.toFixed()]).toEqual(['code', '5']);
    expect(compareItem(current, p, { table: 'T10', row: 'total', col: 'total' })!.prior!.eq(d('20'))).toBe(true);
  });

  it('matches 表7 projects by name: order does not matter, a renamed project is new and dropped', () => {
    const lastYear = parseSheetSource(`@sheet 表7
表7
一般公共预算项目支出情况表
单位：万元
科目编码			科目名称	项目名称	项目支出合计	商品和服务支出
类	款	项
"220"			自然资源海洋气象等支出		60	60
"220"	"01"		自然资源事务		60	60
"220"	"01"	"02"	一般行政管理事务	聘请法律顾问费	4	4
"220"	"01"	"02"	一般行政管理事务	卫片执法专项经费	36	36
"220"	"01"	"02"	一般行政管理事务	国土变更调查工作项目	20	20
				合 计	60	60
`);
    const c = compareRows(current, priorFromAnalysis(analyzeWorkbook(lastYear)), { table: 'T7', col: 'total', kinds: ['project'] })!;
    const byName = (n: string) => c.rows.find((r) => r.project === n)!;
    expect([byName('卫片执法专项经费').match, byName('卫片执法专项经费').prior.toFixed()]).toEqual(['name', '36']);
    expect(byName('聘请法律顾问费').prior.toFixed()).toBe('4');
    expect(c.newItems.map((r) => r.project)).toContain('国土变更调查项目经费');
    expect(c.droppedItems.map((r) => [r.project, r.prior.toFixed()])).toEqual([['国土变更调查工作项目', '20']]);
  });

  it('has no figures for a table last year lacks', () => {
    const c = compareRows(current, prior, { table: 'T7', col: 'total', kinds: ['project'] })!;
    expect(c.available).toBe(false);
    expect(c.newItems).toEqual([]);
    expect(compareItem(current, prior, { table: 'T8', row: 'total', col: 'total' })!.prior).toBeUndefined();
  });
});
