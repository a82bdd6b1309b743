import { checkNarrativeReport, type NarrativeCheck } from '../../../src/engine/narrative-check/check';
import { formatRef } from '../../../src/engine/grid/address';
import { changji, readExample } from '../narrative/fixtures';

/** Exactly what the checker finds in seed 004's published narrative, with and without last year's workbook. */
const published004 = readExample('narrative/004-published.txt');
const list = (r: NarrativeCheck) => r.findings.map((f) => `${f.line} ${f.severity === 'error' ? '错误' : '提示'} ${f.ruleId} ${f.stated ?? ''}→${f.expected ?? ''}${f.cells[0] ? ` @${formatRef(f.cells[0])}` : ''}`);

const TEXT_FINDINGS = [
  '1 提示 narrative/required-sections →',
  '10 提示 narrative/zero-base-rate 100%→上年无该预算，增长率无可比性',
  '15 提示 narrative/zero-base-rate 100%→上年无该预算，增长率无可比性',
  '16 提示 narrative/zero-base-rate 100%→上年无该预算，增长率无可比性',
];
const LATER = [
  '38 提示 narrative/zero-base-rate 100%→上年无该预算，增长率无可比性',
  '51 提示 narrative/zero-base-rate 100%→上年无该预算，增长率无可比性',
  '57 提示 narrative/unknown-name 国土变更调查工作项目→国土变更调查项目经费 @表7项目支出!F9',
  '68 错误 narrative/parts-sum 20万元→30万元 @表7项目支出!F8',
  '82 错误 narrative/parts-sum 482.8万元→483.8万元 @表7项目支出!F16',
  '139 错误 narrative/template-leftover 预算     万元→',
];

describe('004’s published narrative (golden)', () => {
  it('without --prior: its own arithmetic finds 132.80% and 16.00%, the tables 1.85%; ≥95% of its numbers checked', () => {
    const { analysis } = changji({}, { prior: false });
    const r = checkNarrativeReport(published004, analysis);
    expect(list(r)).toEqual([
      '1 提示 narrative/required-sections →',
      '9 错误 narrative/rate-arithmetic 132.80%→132.78% @表2!G36',
      ...TEXT_FINDINGS.slice(1),
      "33 错误 narrative/table-figure 1.85%→1.86% @'5一般公共预算支出'!E26",
      '37 错误 narrative/rate-arithmetic 16.00%→16.01%',
      ...LATER,
    ]);
    const total = r.checked.length + r.unchecked.length;
    expect(total).toBe(213);
    expect(r.checked.length / total).toBeGreaterThanOrEqual(0.95);
    expect(r.unchecked.map((m) => `${m.line} ${m.text}`)).toEqual([
      '143 445.34万元', '145 105.13万元', '146 533.17万元', '147 50万元', '147 100万元', '148 50万元', '148 100万元', '150 3802.5万元', '150 876.87万元',
    ]);
    expect(new Set(r.unchecked.map((m) => m.reason)).size).toBe(3);
  });

  it('with --prior: the same, the rates now against the tables with their cells', () => {
    const { analysis, prior } = changji();
    const r = checkNarrativeReport(published004, analysis, prior);
    expect(list(r)).toEqual([
      '1 提示 narrative/required-sections →',
      '9 错误 narrative/table-figure 132.80%→132.78% @表2!G36',
      ...TEXT_FINDINGS.slice(1),
      "33 错误 narrative/table-figure 1.85%→1.86% @'5一般公共预算支出'!E26",
      "37 错误 narrative/table-figure 16.00%→16.01% @'5一般公共预算支出'!E10",
      ...LATER,
    ]);
    expect(r.checked.length / (r.checked.length + r.unchecked.length)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the 16 slips of issue 11 written into a copy of 004', () => {
    const { analysis } = changji({}, { prior: false });
    const slipped = published004
      .replace('卫生健康支出59.48万元，占1.27%', '卫生健康支出59.48万元，占1.27')
      .replace('住房保障支出87.29万元，主要用于', '住房保障支出872900元，主要用于')
      .replace('比上年预算数增加0.2万元，增长5.41%', '比上年预算数增加（减少）0.2万元，增长5.41%')
      .replace('项目承担单位：昌吉州自然资源局\n资金分配情况：服务费5万元', '项目承担单位：XX局\n资金分配情况：服务费5万元')
      .replace('主要原因是：人员变动。', '主要原因是：。')
      .replace('2023年预算数为526.37万元', '2021年预算数为526.37万元')
      .replace('比上年预算数增加64.49万元', '比上年预算数增加增加64.49万元')
      .replace('政府采购服务预算3193.80万元', '政府采购服务预算3293.80万元')
      .replace('政府性基金预算支出情况表为空表', '国有资本经营预算支出情况表为空表');
    const ids = checkNarrativeReport(slipped, analysis).findings.map((f) => f.ruleId);
    for (const id of ['narrative/percent-sign', 'narrative/unit-yuan', 'narrative/template-leftover', 'narrative/reason-empty', 'narrative/year', 'narrative/repeated-word', 'narrative/parts-sum', 'narrative/empty-table-sentence', 'narrative/unknown-name', 'narrative/rate-arithmetic', 'narrative/zero-base-rate']) {
      expect(ids).toContain(id);
    }
    // A missing % does not hide the wrong share it stands for.
    const slipped2 = published004.replace('住房保障支出87.29万元，占1.85%', '住房保障支出87.29万元，占1.85');
    const f = checkNarrativeReport(slipped2, analysis).findings.filter((x) => x.line === 33).map((x) => x.ruleId);
    expect(f).toEqual(expect.arrayContaining(['narrative/table-figure', 'narrative/percent-sign']));
  });
});
