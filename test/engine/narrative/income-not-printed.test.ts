import { analyzeWorkbook, generateNarrative } from '../../../src/engine';
import { regionGrid } from '../../support/region-examples';

// 苏州's 收入总表 prints 一般公共预算 | 政府性基金预算 | 国有资本经营预算 … and no 上级转移支付 column: a source it does not
// print is not found, never "未安排"; one it prints with nothing in it is.
test('苏州: 未安排 only of the sources the 收入总表 prints', () => {
  const doc = generateNarrative(analyzeWorkbook(regionGrid('suzhou')));
  const text = doc.sections.find((s) => s.key === 'income')!.paragraphs.map((p) => p.text).join('\n');
  expect(text).toContain('国有资本经营预算未安排。');
  expect(text).not.toContain('转移支付资金未安排');
  // 单位资金 printed as its one source (其他收入 58.79) is read as their sum.
  expect(text).toContain('单位资金58.79万元，占0.07%');
});
