import { analyzeWorkbook, publicationEvidence } from '../../../src/engine/analyze';
import { getProfile, listProfiles } from '../../../src/engine/tables/registry';
import { sampleGrid } from '../../support/workbooks';
import { analysisNotes } from '../../../src/engine/analysis-notes';
import { sourceWorkbook } from '../../support/rule-tester';
import { JUESUAN_SOURCE, juesuanGrid, juesuanWith } from './workbook';

const numbered = (three: number, fund: number, soe: number) =>
  juesuanWith({
    '表1!A1': '表1 收入支出决算总表',
    '表2!A1': '表2 收入决算表',
    '表3!A1': '表3 支出决算表',
    '表4!A1': '表4 财政拨款收入支出决算总表',
    '表5!A1': '表5 一般公共预算财政拨款支出决算表',
    '表6!A1': '表6 一般公共预算财政拨款基本支出决算表',
    '表7!A1': `表${three} 财政拨款“三公”经费支出决算表`,
    '表8!A1': `表${fund} 政府性基金预算财政拨款收入支出决算表`,
    '表9!A1': `表${soe} 国有资本经营预算财政拨款收入支出决算表`,
  });

describe('profile choice without being told', () => {
  test('every registered profile passes validate-profile, 预算 and 决算 alike', () => {
    const kinds = listProfiles().map((p) => `${p.id}:${p.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['national-2023:预算', 'county-9:预算', 'juesuan-9:决算', 'juesuan-9-sangong-last:决算', 'juesuan-henan-8:决算', 'juesuan-yunnan:决算', 'juesuan-sichuan-13:决算', 'juesuan-jiangxi:决算']));
    for (const p of listProfiles()) expect(() => getProfile(p.id)).not.toThrow();
  });

  test('a 预算 workbook is read as 预算 with the national set, and gets no 决算 finding', () => {
    const a = analyzeWorkbook(sampleGrid());
    expect(a.kind).toBe('预算');
    expect(a.profile.id).toBe('national-2023');
    expect(a.profileChoice.forced).toBe(false);
    expect(a.profileChoice.reason).toMatch(/自动选用“部门预算公开十张表（2023版）”.*判定为部门预算/);
    expect(a.findings.filter((f) => /^J-/.test(f.ruleId))).toEqual([]);
  });

  test('a 决算 workbook is told by what it holds and gets only 决算 rules', () => {
    expect(publicationEvidence(juesuanGrid()).kind).toBe('决算');
    const a = analyzeWorkbook(juesuanWith({ '表1!B13': 106 }));
    expect(a.kind).toBe('决算');
    expect(a.profile.id).toBe('juesuan-9');
    expect(a.profileChoice.reason).toMatch(/判定为部门决算/);
    expect(a.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['J-01', 'J-03', 'J-21']));
    const budgetRules = a.findings.filter((f) => !/^J-/.test(f.ruleId) && !['bad-cell', 'detail-depth', 'missing-table', 'table-number', 'unit-missing', 'unknown-row'].includes(f.ruleId));
    expect(budgetRules).toEqual([]);
  });

  test('“三公” printed as 表7 keeps the national 决算 set; as 表9 the set that puts it last', () => {
    expect(analyzeWorkbook(numbered(7, 8, 9)).profile.id).toBe('juesuan-9');
    const last = analyzeWorkbook(numbered(9, 7, 8));
    expect(last.profile.id).toBe('juesuan-9-sangong-last');
    expect(last.profileChoice.reason).toMatch(/表号与工作簿不符/);
    expect(last.findings.filter((f) => f.ruleId === 'table-number')).toEqual([]);
  });

  test('settings.profile forces a profile, even one of the other kind', () => {
    const a = analyzeWorkbook(juesuanGrid(), { profile: 'national-2023' });
    expect(a.profileChoice.forced).toBe(true);
    expect(a.kind).toBe('预算');
    expect(a.profileChoice.reason).toBe('按设置使用“部门预算公开十张表（2023版）”（部门预算公开）。');
    expect(a.findings.filter((f) => /^J-/.test(f.ruleId))).toEqual([]);
    const b = analyzeWorkbook(juesuanGrid(), { profile: 'auto' });
    expect(b.profileChoice.forced).toBe(false);
    expect(b.profile.id).toBe('juesuan-9');
  });
});

describe('江西: the nine, then 国有资产占用情况表 (庐山 2023)', () => {
  const workbook = sourceWorkbook(`${JUESUAN_SOURCE}

    @sheet 表10
    国有资产占用情况表
    ⇥单位：万元
    项目⇥金额
    资产总额⇥500.00
    流动资产⇥100.00
    固定资产⇥300.00
  `);
  const a = analyzeWorkbook(workbook);

  test('is told apart by the table it adds, and reads it', () => {
    expect(a.profile.id).toBe('juesuan-jiangxi');
    expect(a.tables.map((t) => t.def.id)).toContain('JA');
  });

  test('holds no relation on a table whose layout no published sample shows, and says so', () => {
    // 资产总额 500 ≠ 流动资产 100 + 固定资产 300: the parts of a layout unseen are not known to be complete.
    expect(a.findings.filter((f) => f.tables.includes('JA'))).toEqual([]);
    expect(analysisNotes(a)).toContain('表10「表10」已识别，其格式未见公开的表样，未核对其金额。');
  });

  test('without it, the national nine are still chosen', () => {
    expect(analyzeWorkbook(sourceWorkbook(JUESUAN_SOURCE)).profile.id).toBe('juesuan-9');
  });
});
