import { readFileSync } from 'fs';
import { join } from 'path';
import { generateNarrative, renderText } from '../../../src/engine';
import { checkNarrativeReport, type NarrativeFinding } from '../../../src/engine/narrative-check/check';
import { JUESUAN_GLOSSARY, JUESUAN_MESSAGES, JUESUAN_ORDER } from '../../../src/engine/narrative/juesuan/messages';
import { chineseNumber } from '../../../src/engine/narrative/messages';
import { listRegions, loadRegion, REGIONS_DIR } from '../../support/region-examples';

/**
 * The real 决算 of examples/regions: the 情况说明 generated from their tables is a 决算 one, in the template's
 * sections, and the checker finds nothing in it but the placeholders left for the clerk; the published narratives'
 * findings are listed exactly (each one a real slip of the document, see expected.json).
 */
const regions = listRegions().filter((r) => loadRegion(r).analysis.kind === '决算');
const brief = (f: NarrativeFinding) => `${f.line} ${f.severity} ${f.ruleId}/${f.messageId ?? ''} ${f.stated ?? ''}→${f.expected ?? ''}`;
/** Only what the clerk must still write: the 【待填写】 marks (and 第四部分 名词解释, which the generator does not write). */
const clerkOnly = (f: NarrativeFinding) => (f.ruleId === 'narrative/template-leftover' && /待填写/.test(f.sentence));

/** Each a slip of the published document (expected.json names them), or a 提示 whose reason is given. */
const PUBLISHED: Record<string, string[]> = {
  // Only the 三公 part is published: the other sections are missing (提示); 因公出国 has no 预算数 (J-N15); the
  // reasons of the item changes are given one sentence later, which the three-public rule does not link (提示).
  'shanghai-jiading-sifa-juesuan': [
    ...Array(5).fill('1 warning narrative/required-sections/missing →'),
    '3 error narrative/completion-base/tableZero 0%→不计算完成比例',
    ...Array(3).fill('4 warning narrative/three-public/noReason →'),
  ],
  // Each of the four publishes its 三公 part only: the other sections are missing (提示).
  // 杜集: "与2021年度预算相比,增加1.14万元,增长1.14%" against a 预算数 of 1 (114.00%), tied to the table's C6 and B6.
  'anhui-duji-jiguan-juesuan': [...Array(5).fill('1 warning narrative/required-sections/missing →'), '8 error narrative/rate-arithmetic/wrongBudget 1.14%→114.00%'],
  // 合肥: its shares 22.14% and 77.86% are those of the 元 figures (0.39 ÷ 1.75 would be 22.29%, within the rounding): no finding.
  'anhui-hefei-tushuguan-juesuan': Array(5).fill('1 warning narrative/required-sections/missing →'),
  // 宜宾: "比预算数减少1188万元" while its items say 31 + 850 + 107 = 988 (J-N14).
  // Its items' changes give no reason of their own (the total's is given once): 提示.
  'sichuan-yibin-sangong-juesuan': [
    '1 error narrative/three-public-changes/notEqual 1188万元→988万元',
    ...Array(5).fill('1 warning narrative/required-sections/missing →'),
    '3 warning narrative/three-public/noReason →',
    '5 warning narrative/three-public/noReason →',
    '7 warning narrative/three-public/noReason →',
  ],
  // 施甸: only the 口径说明 (definitions) is published under the table; nothing to check.
  'yunnan-shidian-sangong-juesuan': [],
  // 衢江: the text's 公车 995 (38 + 958) against the table's 996 (37 + 959); its 38 and 958 are those the table's own rate row
  // was computed from (J-N15).
  'zhejiang-qujiang-sangong-juesuan': [
    '1 error narrative/table-figure/ 995万元→996.00万元',
    '1 error narrative/table-figure/ 38万元→37.00万元',
    '1 error narrative/table-figure/ 958万元→959.00万元',
    ...Array(5).fill('1 warning narrative/required-sections/missing →'),
  ],
  'shanghai-putuo-caizheng-juesuan': [
    '78 error narrative/table-figure/ 0.3万元→2961.68万元', // J-N05
    '89 error narrative/shares-sum/notHundred 100.07%→100%', // J-N08
    '136 warning narrative/basic-items/omitted 未列→奖励金', // J-N12
    '138 error narrative/basic-items/listedZero 个人农业生产补贴→不列',
    '144 error narrative/completion-base/tableZero 0%→不计算完成比例', // J-N15
    '145 error narrative/completion-base/tableZero 0%→不计算完成比例',
  ],
  'shanghai-putuo-shegong-juesuan': [
    '64 error narrative/table-figure/ 9.55%→9.56%', // J-N08: 29.42÷307.82 printed down to make 100.00
    '67 error narrative/completion-base/statedZero 95.89%→不计算完成比例', // J-N09
    '91 warning narrative/item-wording/mixedBase 决算数小于预算数→决算数小于全年预算数', // J-N21
    '104 warning narrative/item-wording/otherUse 事业单位医疗保险支出→住房公积金的用途', // J-N21 (R005)
    '116 error narrative/basic-items/listedZero 邮电费→不列', // J-N12
    '118 warning narrative/three-public/missingItem →',
    '154 error narrative/procurement-sme/exceeds 42.14万元→不超过21.07万元', // J-N17
  ],
};

describe.each(regions)('决算 narrative of %s', (region) => {
  const { expected, analysis } = loadRegion(region);
  const e = expected as unknown as { year: number; department: string };
  const doc = generateNarrative(analysis, undefined, { year: e.year, department: e.department });
  const text = renderText(doc);

  it('is a 决算 情况说明 in the template\'s sections, never a 预算 one', () => {
    expect(doc.sections.map((s) => s.key)).toEqual([...JUESUAN_ORDER, 'glossary']);
    expect(doc.sections.slice(0, -1).map((s) => s.heading.replace(/^[一二三四五六七八九十]+、/, ''))).toEqual(JUESUAN_ORDER.map((k) => JUESUAN_MESSAGES.headings[k]));
    // 第四部分 名词解释, after the eleven sections, as the template has it.
    expect(doc.sections.at(-1)!.heading).toBe(JUESUAN_GLOSSARY.heading);
    expect(doc.sections.at(-1)!.paragraphs.map((p) => p.text.split('：')[0])).toEqual(JUESUAN_GLOSSARY.terms.map(([name], i) => `${chineseNumber(i + 1)}、${name}`));
    expect(text).toContain(`${e.department}${e.year}年度`);
    expect(text).not.toMatch(/预算情况说明|收支预算|年支出预算/);
  });

  it('names the department and the year the workbook states, without being told', () => {
    const own = renderText(generateNarrative(analysis));
    // 普陀社工部 prints both over its 收入支出决算总表; 普陀财政局 names itself only in its empty tables' notes; 嘉定 neither.
    if (region === 'shanghai-putuo-shegong-juesuan') expect(own).toContain('中共上海市普陀区委社会工作部2024年度部门决算情况说明');
    if (region === 'shanghai-putuo-caizheng-juesuan') expect(own).toContain('上海市普陀区财政局【待填写：决算年度】年度部门决算情况说明');
    if (region === 'shanghai-jiading-sifa-juesuan') expect(own).toContain('【待填写：部门名称】2017年度');
    // 合肥 prints 编制单位:合肥市图书馆 over its table; the titles of 施甸 and 宜宾 name the county and the city.
    if (region === 'anhui-hefei-tushuguan-juesuan') expect(own).toContain('合肥市图书馆2021年度部门决算情况说明');
    if (region === 'anhui-duji-jiguan-juesuan') expect(own).toContain('【待填写：部门名称】2021年度');
  });

  it('never states a completion rate of a zero 预算', () => {
    for (const f of doc.figures.filter((x) => x.kind === 'completion')) expect(f.formula!.split('÷')[1]).not.toMatch(/^0(\.0+)?$/);
  });

  it('check-narrative finds nothing in it but what the clerk must still write', () => {
    const report = checkNarrativeReport(text, analysis, undefined, { year: e.year });
    expect(report.findings.filter((f) => !clerkOnly(f)).map(brief)).toEqual([]);
  });

  it('lists the published narrative\'s findings exactly', () => {
    const published = readFileSync(join(REGIONS_DIR, region, 'narrative.txt'), 'utf8');
    const found = checkNarrativeReport(published, analysis, undefined, { year: e.year }).findings.map(brief);
    expect(found).toEqual(PUBLISHED[region]);
  });
});

describe('“三公” item shares against the table, within the rounding of its printed amounts', () => {
  const { analysis } = loadRegion('anhui-hefei-tushuguan-juesuan');
  const published = readFileSync(join(REGIONS_DIR, 'anhui-hefei-tushuguan-juesuan', 'narrative.txt'), 'utf8');
  const shareFindings = (text: string) => checkNarrativeReport(text, analysis, undefined, { year: 2021 }).findings.filter((f) => /%$/.test(f.stated ?? '') && f.ruleId === 'narrative/table-figure');

  it('合肥 22.14% (0.39 ÷ 1.75 = 22.29%, but 0.385…0.395 ÷ 1.745…1.755 allows it) is no error', () => {
    expect(shareFindings(published)).toEqual([]);
  });

  it('a share outside that range is', () => {
    const wrong = shareFindings(published.replace('占22.14%', '占25.14%'));
    expect(wrong.map((f) => `${f.stated}→${f.expected}`)).toEqual(['25.14%→22.29%']);
  });
});
