import { yearFromFileName } from '../../../src/engine/narrative/context';
import { analyzeWorkbook, generateNarrative, renderText } from '../../../src/engine';
import { sampleGrid } from '../../support/workbooks';

test('the budget year comes from the file name when no title states it', () => {
  expect(yearFromFileName('changji-2023-budget.xlsx')).toBe(2023);
  expect(yearFromFileName('/data/2019/昌吉州2024年部门预算.xlsx')).toBe(2024);
  expect(yearFromFileName('表1-表10.xlsx')).toBeUndefined();
  expect(yearFromFileName(undefined)).toBeUndefined();
  const named = generateNarrative(analyzeWorkbook({ ...sampleGrid(), name: 'changji-2023-budget.xlsx' }), undefined, {});
  expect(renderText(named)).toContain('昌吉州自然资源局2023年收支预算');
  const unnamed = generateNarrative(analyzeWorkbook(sampleGrid()), undefined, {});
  expect(renderText(unnamed)).toContain('【待填写：预算年度】');
});
