import { readExample, sectionLines, statedFigures, zhaohua } from './fixtures';

/** Seed 000 (昭化区 2023, whole percents, 持平) from a workbook built from its figures, in its style. */
const published = readExample('narrative/000-published.txt');

describe('golden: seed 000 (昭化区自然资源分局 2023)', () => {
  it('states every amount and percentage of 000 三 to 十', () => {
    const { text } = zhaohua();
    const have = new Set(statedFigures(text).map((f) => f.key));
    const missing = statedFigures(published).filter((f) => !have.has(f.key));
    expect(missing).toEqual([]);
  });

  it('writes 000 sentences with whole-percent shares, 比2022年预算 and 持平', () => {
    const { text, doc } = zhaohua();
    expect(text).toContain('区自然资源分局2023年收入预算890.41万元，其中：上年结转0.00万元，占0%；一般公共预算拨款收入890.41万元，占100%。');
    expect(text).toContain('其中：基本支出860.41万元，占97%；项目支出30.00万元，占3%。');
    expect(text).toContain('区自然资源分局2023年收支总预算890.41万元，比2022年预算减少19.63万元，主要原因是人员退休及考调。');
    expect(text).toContain('（一）公务接待费与2022年预算相比下降20%，主要原因是按照党中央');
    expect(text).toContain('（二）公务用车购置及运行维护费与2022年预算相比持平。预算均为0万元。');
    expect(text).toContain('的机关运行经费财政拨款预算为79.80万元，比2022年预算减少23.38万元，下降23%，主要原因是人员退休及考调。');
    expect(sectionLines(text, '一般公共预算当年拨款')).toContain(
      '社会保障和就业支出126.70万元，占14%；卫生健康支出33.57万元，占4%；自然资源海洋气象等支出666.61万元，占75%；住房保障支出63.52万元，占7%。',
    );
    // 000's classes add to 890.40 against a total of 890.41: no 100% can be forced, plain rounding stays.
    expect(doc.shareAdjustments).toEqual([]);
    expect(doc.sections.map((s) => s.heading.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、']);
    expect(doc.placeholders.map((p) => p.what)).toEqual(['部门主要职能']);
  });
});
