import { analyzeWorkbook, generateNarrative } from '../../../src/engine';
import { regionGrid } from '../../support/region-examples';

// 深圳 publishes no 表6: its 一般公共预算支出表（按经济分类） gives the 基本支出 and its 类; the split into 人员经费 and
// 公用经费 is each region's own definition (深圳 writes 在职人员经费, 公用经费, 对个人和家庭的补助), left to the clerk.
test('深圳: the 基本支出 section from the 经济分类 table, its split left to the clerk', () => {
  const doc = generateNarrative(analyzeWorkbook(regionGrid('shenzhen')));
  const basic = doc.sections.find((s) => s.key === 'basic')!;
  const text = basic.paragraphs.map((p) => p.text).join('\n');
  expect(text).toContain('2026年一般公共预算基本支出10019.74万元，其中：工资福利支出7434.44万元、商品和服务支出1074.16万元、对个人和家庭的补助1511.14万元。');
  expect(text).toContain('【待填写：人员经费、公用经费及其构成（未公开表6，按本地口径填写）】');
  expect(text).not.toContain('未识别到表6');
});
