import { changji, readExample, statedFigures } from './fixtures';

/**
 * Seed 004's 第三部分, regenerated from the sample workbook, last year's figures implied by 004
 * itself and 004's reasons and texts: every amount and percentage 004 states is stated again,
 * except the ones 004 got wrong, which the generator states correctly.
 */
const published = readExample('narrative/004-published.txt');

function missing(generated: string): string[] {
  const have = new Set(statedFigures(generated).map((f) => f.key));
  return Array.from(new Set(statedFigures(published).filter((f) => !have.has(f.key)).map((f) => f.key)));
}

describe('golden: seed 004 (昌吉州自然资源局 2023)', () => {
  it('states every figure of 004 but its wrongly rounded ones (plain rounding of shares)', () => {
    const { text } = changji({ shareRounding: 'plain' });
    // 132.80%: 1589.58 ÷ 1197.15 = 132.7803…%; 16.00%: 15.29 ÷ 95.52 = 16.0071…%;
    // 1.85%: 87.29 ÷ 4698.73 = 1.8577…% (004 moved it by hand to make the shares add to 100%).
    expect(missing(text).sort()).toEqual(['1.85%', '132.8%', '16%'].sort());
    expect(text).toContain('增长132.78%');
    expect(text).toContain('增长16.01%');
    expect(text).toContain('住房保障支出87.29万元，占1.86%');
  });

  it('with largest remainder (the default) also moves 卫生健康支出 from 1.27% to 1.26%, and says so', () => {
    const { text, doc } = changji();
    expect(missing(text).sort()).toEqual(['1.27%', '1.85%', '132.8%', '16%'].sort());
    expect(text).toContain('卫生健康支出59.48万元，占1.26%');
    expect(text).toContain('住房保障支出87.29万元，占1.86%');
    expect(doc.shareAdjustments.map((a) => [a.subject, a.plain.toFixed(2), a.final.toFixed(2)])).toEqual([['卫生健康支出', '1.27', '1.26']]);
    expect(doc.notes.some((n) => n.includes('卫生健康支出由1.27%调为1.26%'))).toBe(true);
  });

  it('writes the 16 lines of 五（三）, the dropped 项 with this year 0 and the new ones from last year 0', () => {
    const { text, doc } = changji();
    expect(text).toContain(
      '1.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）：2023年预算数为3.90万元，比上年预算数增加0.20万元，增长5.41%，主要原因是：退休人员增加。',
    );
    expect(text).toContain('地质勘查与矿产资源管理（项）：2023年预算数为0.00万元，比上年预算数减少10.00万元，下降100%，主要原因是：2023年该款项未安排项目。');
    expect(text).toContain('机关事业单位职业年金缴费支出（项）：2023年预算数为55.40万元，比上年预算数增加55.40万元，增长100%');
    expect(text).toContain('其他行政事业单位医疗支出（项）：2023年预算数为0.62万元，比上年预算数增加0万元，增长0%');
    expect(doc.priorChanges.map((c) => `${c.kind}:${c.code}`)).toEqual(['new:2080506', 'new:2240601', 'dropped:2200114']);
    expect(doc.findings).toEqual([]);
    expect(doc.placeholders).toEqual([]);
  });

  it('keeps 004 sections 一 to 十一 in order with their headings', () => {
    const { doc } = changji();
    expect(doc.title).toBe('第三部分  2023年部门预算情况说明');
    const publishedHeadings = published.split('\n').filter((l) => /^[一二三四五六七八九十]+、/.test(l)).map((l) => l.trim());
    expect(doc.sections.slice(0, -1).map((s) => s.heading)).toEqual(publishedHeadings);
  });

  it('ends with 004’s 第四部分 名词解释, word for word', () => {
    const glossary = changji().doc.sections.at(-1)!;
    expect(glossary.heading).toBe('第四部分  名词解释');
    expect(glossary.paragraphs).toHaveLength(8);
    expect(glossary.paragraphs[0].text).toBe('一、财政拨款：指由一般公共预算、政府性基金预算、国有资本经营预算安排的财政拨款数。');
    expect(glossary.paragraphs[7].text).toBe(
      '八、机关运行经费：指各部门（单位）的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费及其他费用。',
    );
  });
});
