import { analyzeWorkbook } from '../../../src/engine/analyze';
import { checkNarrativeReport } from '../../../src/engine/narrative-check/check';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import { renderText } from '../../../src/engine/narrative/render-text';
import { STYLE_PRESETS } from '../../../src/engine/narrative/styles';
import { changji } from './fixtures';

describe('last year 0 (issue 11, item 4)', () => {
  it('every style writes 增长率无可比性 by default', () => {
    expect(STYLE_PRESETS.changji.priorZeroWording).toBe('not-comparable');
    expect(STYLE_PRESETS.zhaohua.priorZeroWording).toBe('not-comparable');
    const { grid, prior } = changji();
    const analysis = analyzeWorkbook(grid, STYLE_PRESETS.changji);
    const text = renderText(generateNarrative(analysis, prior, { year: 2023 }));
    expect(text).toContain('比上年预算增加1912.00万元，上年无该预算，增长率无可比性');
    expect(text).not.toMatch(/增加1912.00万元，增长100%/);
  });

  it('004’s 增长100% stays available (growth-100), and the checker flags it as a 提示 whichever style is set', () => {
    const cj = changji({ priorZeroWording: 'growth-100' });
    expect(cj.text).toContain('比上年预算增加1912.00万元，增长100%');
    for (const priorZeroWording of ['growth-100', 'not-comparable'] as const) {
      const analysis = analyzeWorkbook(cj.grid, { ...STYLE_PRESETS.changji, priorZeroWording });
      const found = checkNarrativeReport(cj.text, analysis, cj.prior).findings.filter((f) => f.ruleId === 'narrative/zero-base-rate');
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((f) => f.severity === 'warning')).toBe(true);
    }
  });

  it('the checker suggests the wording the generator writes by default', () => {
    const cj = changji({ priorZeroWording: 'growth-100' });
    const found = checkNarrativeReport(cj.text, analyzeWorkbook(cj.grid, STYLE_PRESETS.changji), cj.prior).findings.filter((f) => f.ruleId === 'narrative/zero-base-rate');
    const written = changji({ priorZeroWording: 'not-comparable' }).text;
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(written).toContain(f.expected);
      expect(f.message).toContain(`宜写“${f.expected}”`);
    }
  });
});
