import { checkNarrative as checkAll, checkNarrativeReport, TABLE_FIGURE_RULE } from '../../../src/engine/narrative-check/check';
import { findMentions } from '../../../src/engine/narrative-check/mentions';
import { UNCHECKED_REASONS } from '../../../src/engine/narrative-check/messages';
import { analyzeWorkbook } from '../../../src/engine/analyze';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { renderText } from '../../../src/engine/narrative/render-text';
import { STYLE_PRESETS } from '../../../src/engine/narrative/styles';
import { regionGrid } from '../../support/region-examples';
import { sampleGrid, withCell } from '../../support/workbooks';
import { changji, readExample, zhaohua } from '../narrative/fixtures';

const published004 = readExample('narrative/004-published.txt');
const published000 = readExample('narrative/000-published.txt');

/** The figures against the tables only (the text's own rules are in rules.test.ts and golden-004.test.ts). */
const checkNarrative = (...args: Parameters<typeof checkAll>) => checkAll(...args).filter((f) => f.ruleId === TABLE_FIGURE_RULE);

describe('checkNarrative', () => {
  it('finds exactly 004’s wrongly rounded figures, with the sentence and the right figure', () => {
    const { analysis, prior } = changji();
    const findings = checkNarrative(published004, analysis, prior);
    expect(findings.map((f) => [f.line, f.subject, f.figure, f.stated, f.expected])).toEqual([
      [9, '一般公共预算', 'rate', '132.80%', '132.78%'],
      [33, '住房保障支出', 'share', '1.85%', '1.86%'],
      [37, '机关事业单位基本养老保险', 'rate', '16.00%', '16.01%'],
    ]);
    expect(findings[0].sentence).toBe('一般公共预算2786.73万元，占45.47%，比上年预算增加1589.58万元，增长132.80%，主要原因是项目经费安排较上年增加；');
    expect(findings[0].message).toBe('收入预算「一般公共预算」增减率：文中为132.80%，按公开表应为132.78%（1589.58÷1197.15）。');
    expect(findings[1].cells.length).toBe(1);
  });

  it('accepts what is right: 735% for 735.00%, plain 1.27% beside largest remainder’s 1.26%, 增加4.31%', () => {
    const { analysis, prior } = changji();
    const report = checkNarrativeReport(published004, analysis, prior);
    const checkedTexts = report.checked.map((m) => `${m.line}:${m.text}`);
    expect(checkedTexts).toContain('31:1.27%');
    expect(checkedTexts).toContain('47:735%');
    expect(checkedTexts).toContain('43:4.31%');
    expect(report.checked.length).toBeGreaterThan(150);
  });

  it('the same three with plain share rounding', () => {
    const { analysis, prior } = changji({ shareRounding: 'plain' });
    expect(checkNarrative(published004, analysis, prior).map((f) => f.stated)).toEqual(['132.80%', '1.85%', '16.00%']);
  });

  it('finds no error in what the generator wrote, in either style', () => {
    const cj = changji();
    expect(checkNarrative(cj.text, cj.analysis, cj.prior)).toEqual([]);
    const zh = zhaohua();
    expect(checkNarrative(zh.text, zh.analysis, zh.prior)).toEqual([]);
    expect(checkNarrative(published000, zh.analysis, zh.prior)).toEqual([]);
    const errors = (text: string, a: typeof cj.analysis, p: typeof cj.prior) => checkAll(text, a, p).filter((f) => f.severity === 'error').map((f) => f.message);
    // Only the clerk's own texts, copied from 004 into the 情况说明素材 sheet, carry 004's slips.
    expect(errors(cj.text, cj.analysis, cj.prior).map((m) => /资金分配情况|政府采购工程预算/.test(m))).toEqual([true, true, true]);
    // 000's style leaves 【待填写：部门主要职能】 for the clerk: flagged until filled in.
    expect(errors(zh.text, zh.analysis, zh.prior)).toEqual(['“【待填写：部门主要职能】”：“待填写”未替换（“待填写”）。']);
  });

  it('reports a wrong amount and a wrong direction', () => {
    const { analysis, prior } = changji();
    const text = published004
      .replace('基本支出1174.93万元，占19.17%', '基本支出1174.39万元，占19.17%')
      .replace('比上年预算数减少2.44万元，下降7.68%', '比上年预算数增加2.44万元，增长7.68%');
    const findings = checkNarrative(text, analysis, prior);
    const amount = findings.find((f) => f.stated === '1174.39万元')!;
    expect(amount.kind).toBe('mismatch');
    expect(amount.expected).toBe('1174.93万元');
    const direction = findings.filter((f) => f.kind === 'direction').map((f) => [f.subject, f.figure, f.message]);
    expect(direction).toEqual([
      ['行政单位医疗', 'change', '一般公共预算当年拨款「行政单位医疗」增减额：文中写“增加”，按公开表实际为减少2.44万元（29.32−31.76）。'],
      ['行政单位医疗', 'rate', '一般公共预算当年拨款「行政单位医疗」增减率：文中写“增长”，按公开表实际为下降7.68%（-2.44÷31.76）。'],
    ]);
  });

  it('an amount written in whole 万元 (上海, 深圳) is the table’s rounded half up; one off by more is still wrong', () => {
    const { analysis, prior } = changji();
    const whole = checkNarrative(published004.replace('基本支出1174.93万元，占19.17%', '基本支出1175万元，占19.17%'), analysis, prior);
    expect(whole.filter((f) => f.stated === '1175万元')).toEqual([]);
    const off = checkNarrative(published004.replace('基本支出1174.93万元，占19.17%', '基本支出1176万元，占19.17%'), analysis, prior);
    expect(off.find((f) => f.stated === '1176万元')).toMatchObject({ kind: 'mismatch', expected: '1174.93万元' });
  });

  it('without last year the tables check this year’s amounts and shares, the text’s own arithmetic the rates', () => {
    const { analysis } = changji({}, { prior: false });
    const report = checkNarrativeReport(published004, analysis);
    expect(report.findings.filter((f) => f.ruleId === TABLE_FIGURE_RULE).map((f) => f.stated)).toEqual(['1.85%']);
    expect(report.findings.filter((f) => f.ruleId === 'narrative/rate-arithmetic').map((f) => [f.line, f.stated, f.expected])).toEqual([
      [9, '132.80%', '132.78%'],
      [37, '16.00%', '16.01%'],
    ]);
    expect(report.unchecked.some((m) => m.text === '132.80%')).toBe(false);
  });

  it('keeps the sign of a negative amount: 文中为-12.50万元，按公开表应为……', () => {
    const { analysis, prior } = changji();
    const text = published004.replace('基本支出1174.93万元，占19.17%', '基本支出-1174.93万元，占19.17%');
    const f = checkNarrative(text, analysis, prior).find((x) => x.stated === '-1174.93万元')!;
    expect(f.message).toContain('文中为-1174.93万元，按公开表应为1174.93万元');
  });

  // Found by the fuzz test: 表3's 支出合计 negative, the generator writes "占-19.17%", which the check read without its sign.
  it('checks a share of a negative whole with its sign', () => {
    const grid = sampleGrid();
    const sheet = grid.sheets.find((x) => x.name === '3 支出总表')!;
    for (const row of sheet.cells) if (typeof row[4] === 'number') row[4] = -row[4];
    const analysis = analyzeWorkbook(grid, STYLE_PRESETS.changji);
    const text = renderText(generateNarrative(analysis, undefined, { year: 2023 }));
    expect(text).toContain('占-19.17%');
    expect(checkNarrative(text, analysis)).toEqual([]);
    // The sign is checked, not dropped: the same share written without it is wrong, and the message keeps the sign.
    const [f] = checkNarrative(text.replace('占-19.17%', '占19.17%'), analysis);
    expect([f.stated, f.expected]).toEqual(['19.17%', '-19.17%']);
    expect(f.message).toContain('文中为19.17%，按公开表应为-19.17%');
  });
});

describe('findMentions', () => {
  const subjects = () => ['项目支出', '基本支出', '机关运行经费'];

  it('skips the numbers of the clerk’s reasons and takes the subject of the clause', () => {
    const text = '五、一般公共预算当年拨款情况说明\n项目支出3523.80万元，比上年预算增加3358.8万元，增长2035.64%。主要原因是：项目支出包括上级转移支付项目1912万元。';
    const mentions = findMentions(text, subjects);
    expect(mentions.filter((m) => !m.zone).map((m) => [m.text, m.kind, m.subject])).toEqual([
      ['3523.80万元', 'amount', '项目支出'],
      ['3358.8万元', 'change', '项目支出'],
      ['2035.64%', 'rate', '项目支出'],
    ]);
    // The reason's 1912万元 is kept, marked as the clerk's, so it is accounted for.
    expect(mentions.filter((m) => m.zone).map((m) => [m.text, m.zone, m.subject])).toEqual([['1912万元', 'reason', undefined]]);
    expect(mentions[1].direction).toBe(1);
  });

  // Found by the fuzz test: 000's one-line list of 类 shares with a 类 whose name is not a name ("/").
  it('does not take a subject past the end of the sentence for a share', () => {
    const mentions = findMentions('六、基本支出情况说明\n基本支出170.11万元，占4%；/59.48万元，占1%；项目支出2621.85万元，占56%。', subjects);
    expect(mentions.map((m) => [m.text, m.subject])).toEqual([
      ['170.11万元', '基本支出'],
      ['4%', '基本支出'],
      ['59.48万元', undefined],
      ['1%', undefined],
      ['2621.85万元', '项目支出'],
      ['56%', '项目支出'],
    ]);
  });

  it('a nameless 类 of the generator’s one-line list is not checked against the 类 before it', () => {
    const grid = withCell(sampleGrid(), '5一般公共预算支出', 11, 3, '/');
    const analysis = analyzeWorkbook(grid, STYLE_PRESETS.zhaohua);
    const text = renderText(generateNarrative(analysis, undefined, { year: 2023 }));
    expect(text).toContain('/59.48万元，占1%');
    expect(checkNarrative(text, analysis)).toEqual([]);
  });

  it('leaves an amount without a subject of its own unchecked rather than guessing', () => {
    const mentions = findMentions('六、基本支出情况说明\n基本支出1174.93万元、退休费3.90万元。', subjects);
    expect(mentions.map((m) => m.subject)).toEqual(['基本支出', undefined]);
  });
});

describe('a project of a table of all funds (深圳 项目支出总表: 总计 and 一般公共预算拨款)', () => {
  const analysis = analyzeWorkbook(regionGrid('shenzhen'));
  const heading = '三、关于2026年一般公共预算项目支出情况说明\n';
  it('is confirmed by its total or its 一般公共预算', () => {
    const r = checkNarrativeReport(heading + '1.旅游行业管理预算 3,705.44 万元。\n2.旅游行业管理一般公共预算拨款 3,265.22 万元。', analysis, undefined, { year: 2026 });
    expect(r.findings).toEqual([]);
    expect(r.checked.map((m) => m.text)).toEqual(['3,705.44万元', '3,265.22万元']);
  });
  it('is never judged on another figure: the text may give one source of it', () => {
    const r = checkNarrativeReport(heading + '1.旅游行业管理预算 440.22 万元。', analysis, undefined, { year: 2026 });
    expect(r.findings).toEqual([]);
    expect(r.unchecked.map((m) => m.reason)).toEqual([UNCHECKED_REASONS.oneOfSeveral]);
  });
});
