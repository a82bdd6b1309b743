import { analyzeWorkbook, checkNarrative, generateNarrative, renderText, STYLE_PRESETS, TABLE_FIGURE_RULE } from '../../../src/engine';
import { sampleGrid, withCell } from '../../support/workbooks';

// Found by the fuzz test (test/engine/fuzz.test.ts, issue 10): the 一般公共预算 structure shares were keyed by the
// 类 code, so two 类 rows with one code (a row copied, a 类 printed once per 单位, a merge over the code column)
// all printed the share of the last of them, and check-narrative reported the generator's own text as wrong.
describe('一般公共预算当年拨款结构: two 类 rows with the same code', () => {
  // 表5 of the sample with 卫生健康支出's 类 code typed as 208, like 社会保障和就业支出 above it.
  const grid = withCell(sampleGrid(), '5一般公共预算支出', 11, 0, '208');

  test.each(['changji', 'zhaohua'] as const)('each keeps its own share (%s)', (style) => {
    const analysis = analyzeWorkbook(grid, STYLE_PRESETS[style]);
    const text = renderText(generateNarrative(analysis, undefined, { year: 2023 }));
    const decimals = style === 'changji' ? 2 : 0;
    // 170.11 ÷ 4698.73 = 3.62%; 59.48 ÷ 4698.73 = 1.27%, which the largest remainder makes 1.26% (as in 004).
    expect(text).toMatch(new RegExp(`社会保障和就业支出170\\.11万元，占${decimals ? '3\\.62' : '4'}%`));
    expect(text).toMatch(new RegExp(`卫生健康支出59\\.48万元，占${decimals ? '1\\.2[67]' : '1'}%`));
    expect(checkNarrative(text, analysis).filter((f) => f.ruleId === TABLE_FIGURE_RULE)).toEqual([]);
  });
});
