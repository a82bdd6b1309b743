import { analyzeWorkbook, generateNarrative, priorFromColumns } from '../../../src/engine';
import { regionGrid } from '../../support/region-examples';

// 深圳 and 重庆 print last year's 三公 beside this year's (a 2025年 line; a 2025年 block of columns): the 情况说明
// compares with it as the published text does, without a workbook of last year.
test.each([
  ['shenzhen', '2026年财政拨款“三公”经费比上年预算减少4.20万元，下降1.61%。', '因公出国（境）费比上年预算增加15.00万元，增长7.32%'],
  ['chongqing', '比上年预算', '公务接待费比上年预算减少203.90万元，下降42.21%'],
])('%s: 三公 compared with the year before as the table prints it', (region, overall, item) => {
  const grid = regionGrid(region);
  const analysis = analyzeWorkbook(grid);
  const prior = priorFromColumns(grid, analysis);
  expect(prior?.blocks.map((b) => b.table)).toContain('T10');
  const text = generateNarrative(analysis, prior).sections.find((s) => s.key === 'threePublic')!.paragraphs.map((p) => p.text).join('\n');
  expect(text).toContain(overall);
  expect(text).toContain(item);
});
