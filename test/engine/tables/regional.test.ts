import { analyzeWorkbook } from '../../../src/engine';
import { formatRef } from '../../../src/engine/grid/address';
import { COUNTY_9 } from '../../../src/engine/tables/regional/county-9';
import { getProfile, listProfiles } from '../../../src/engine/tables/registry';
import type { Profile, TableDefinition } from '../../../src/engine/tables/types';
import { validateProfile } from '../../../src/engine/tables/validate-profile';
import { sourceWorkbook } from '../../support/rule-tester';
import { withCell } from '../../support/workbooks';

/**
 * Three of a county's nine tables (⇥ is a TAB): 表3, its 表7 项目支出预算表 with a plain 合计
 * column, and 三公 printed as 表9 because this set has no 国有资本经营预算 table.
 */
const COUNTY_WORKBOOK = sourceWorkbook(`
  @sheet 表3
  表3
  部门支出总体情况表
  编制部门：示例县自然资源局⇥⇥⇥⇥⇥⇥单位：万元
  功能分类科目编码⇥⇥⇥功能分类科目名称⇥合计⇥基本支出⇥项目支出
  类⇥款⇥项
  "220"⇥⇥⇥自然资源海洋气象等支出⇥120⇥20⇥100
  "220"⇥"01"⇥⇥自然资源事务⇥120⇥20⇥100
  "220"⇥"01"⇥"04"⇥自然资源规划及管理⇥120⇥20⇥100
  ⇥⇥⇥合计⇥120⇥20⇥100

  @sheet 表7
  表7
  项目支出预算表
  编制部门：示例县自然资源局⇥⇥⇥⇥⇥⇥单位：万元
  科目编码⇥⇥⇥科目名称⇥项目名称⇥合计⇥商品和服务支出⇥资本性支出
  类⇥款⇥项
  "220"⇥⇥⇥自然资源海洋气象等支出⇥⇥100⇥60⇥40
  "220"⇥"01"⇥⇥自然资源事务⇥⇥100⇥60⇥40
  "220"⇥"01"⇥"04"⇥自然资源规划及管理⇥国土空间规划编制经费⇥60⇥60⇥
  "220"⇥"01"⇥"04"⇥自然资源规划及管理⇥测绘仪器购置⇥40⇥⇥40
  ⇥⇥⇥⇥合计⇥100⇥60⇥40

  @sheet 表9
  表9
  财政拨款“三公”经费支出情况表
  编制部门：示例县自然资源局⇥⇥⇥⇥单位：万元
  三公支出内容⇥合计⇥一般公共预算⇥政府性基金⇥国有资本经营预算
  合计⇥2⇥2
  因公出国（境）费
  公务接待费⇥2⇥2
`);

const county = analyzeWorkbook(COUNTY_WORKBOOK, { profile: 'county-9' });
// Forced: without a profile the engine chooses county-9 for this workbook (see the test below).
const national = analyzeWorkbook(COUNTY_WORKBOOK, { profile: 'national-2023' });
const messages = (a: typeof county, rule: string) => a.findings.filter((f) => f.ruleId === rule).map((f) => f.message);

test('without a profile, the county workbook is read with county-9: 三公 printed as 表9 agrees with it', () => {
  const auto = analyzeWorkbook(COUNTY_WORKBOOK);
  expect(auto.profile.id).toBe('county-9');
  expect(auto.kind).toBe('预算');
  expect(auto.profileChoice.reason).toMatch(/自动选用“部门预算公开九张表/);
});

describe('the county-9 profile', () => {
  test('is registered, and its definitions pass validation', () => {
    expect(listProfiles().map((p) => p.id)).toContain('county-9');
    expect(getProfile('county-9')).toBe(COUNTY_9);
    expect(() => validateProfile(COUNTY_9)).not.toThrow();
  });

  test('numbers its tables as the county prints them: 1–8, 三公 as 表9, no 国有资本经营预算', () => {
    expect(COUNTY_9.tables.filter((t) => t.number > 0).map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(COUNTY_9.tables.map((t) => t.title)).not.toContain('国有资本经营预算支出情况表');
    expect(COUNTY_9.relations.map((r) => r.id)).not.toContain('t4-t9-class');
  });

  test('recognizes 项目支出预算表 as 表7 and 三公 as 表9, by their titles', () => {
    expect(county.tables.map((t) => [t.def.number, t.def.title, t.foundBy])).toEqual([
      [3, '部门支出总体情况表', 'title'],
      [7, '项目支出预算表', 'title'],
      [9, '财政拨款“三公”经费支出情况表', 'title'],
    ]);
    const t7 = county.tables[1];
    expect(t7.blocks[0].rows.filter((r) => r.kind === 'project').map((r) => r.project)).toEqual(['国土空间规划编制经费', '测绘仪器购置']);
  });

  test('asks for the county\'s own tables only, under their county numbers', () => {
    const missing = messages(county, 'missing-table');
    expect(missing).toHaveLength(6);
    expect(missing.join()).not.toContain('国有资本经营预算支出情况表');
    expect(missing.join()).toContain('未识别到表8「政府性基金预算支出情况表」');
  });

  test('checks 表7 against 表3 项目支出: holds here, reports when 表7 is changed', () => {
    expect(county.findings.filter((f) => f.ruleId.startsWith('cross-table/'))).toEqual([]);
    // 表7!F8: the first project's 合计, 60 → 70
    const changed = analyzeWorkbook(withCell(COUNTY_WORKBOOK, '表7', 7, 5, 70), { profile: 'county-9' });
    const cross = changed.findings.filter((f) => f.ruleId.startsWith('cross-table/'));
    expect(cross.map((f) => [f.ruleId, f.sides.map((s) => s.amount.toString())])).toEqual([['cross-table/t3-t7-project', ['100', '110']]]);
    expect(cross[0].sides[1].cells.map(formatRef)).toContain('表7!F8');
  });
});

describe('the national profile on the county workbook', () => {
  test('takes 项目支出预算表 for its 表7 by the words of its title, and does not hold it against 表5 (it covers all funds)', () => {
    expect(national.tables.map((t) => t.def.id)).toEqual(['T3', 'T7', 'T10']);
    expect(national.findings.map((f) => f.ruleId)).not.toContain('cross-table/t5-t7-project');
  });

  test('misnumbers 三公: the sheet prints 表9, the national set calls it 表10', () => {
    const t = national.tables.find((x) => x.def.id === 'T10')!;
    const label = COUNTY_WORKBOOK.sheets.find((s) => s.name === t.sheet)!.cells[0][0];
    expect(label).toBe('表9');
    expect(t.def.number).toBe(10);
    expect(county.tables.find((x) => x.def.id === 'T10')!.def.number).toBe(9);
  });

  test('reports 表9 国有资本经营预算 as not recognized, though the county has what it should', () => {
    const missing = messages(national, 'missing-table');
    expect(missing).toEqual(expect.arrayContaining([expect.stringContaining('未找到表9「国有资本经营预算支出情况表」')]));
  });
});

describe('validateProfile rejects a broken definition', () => {
  const withTable = (t: TableDefinition): Profile => ({ ...COUNTY_9, tables: COUNTY_9.tables.map((x) => (x.id === t.id ? t : x)) });
  const t3 = COUNTY_9.tables.find((t) => t.id === 'T3')!;

  test('an identity naming a column role the block does not have', () => {
    const broken = withTable({ ...t3, identities: [{ kind: 'row-sum', block: 'body', target: 'total', parts: ['basic', 'projects'] }] });
    expect(() => validateProfile(broken)).toThrow(/表 T3 没有列 projects/);
  });

  test('an identity on a block that does not exist', () => {
    const broken = withTable({ ...t3, identities: [{ kind: 'hierarchy', block: 'expense', columns: '*' }] });
    expect(() => validateProfile(broken)).toThrow(/不存在的区块 expense/);
  });

  test('a relation to a table the profile does not have (表9 国有资本经营 is not in this set)', () => {
    const broken: Profile = { ...COUNTY_9, relations: [...COUNTY_9.relations, ...getProfile('national-2023').relations.filter((r) => r.id === 't4-t9-class')] };
    expect(() => validateProfile(broken)).toThrow(/t4-t9-class: 未定义的表 T9/);
  });

  test('a relation selecting a column its table does not have', () => {
    const broken: Profile = {
      ...COUNTY_9,
      relations: [{ kind: 'cells', id: 'bad-col', description: '', left: [{ table: 'T3', row: 'total', col: 'gpb' }], right: [{ table: 'T7', row: 'total', col: 'total' }], op: 'eq' }],
    };
    expect(() => validateProfile(broken)).toThrow(/bad-col: 表 T3 没有列 gpb/);
  });
});
