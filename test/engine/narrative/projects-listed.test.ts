import { analyzeWorkbook, generateNarrative } from '../../../src/engine';
import { regionGrid } from '../../support/region-examples';

const projectsText = (region: string) =>
  generateNarrative(analyzeWorkbook(regionGrid(region)))
    .sections.find((s) => s.key === 'projects')!
    .paragraphs.map((p) => p.text)
    .join('\n');

describe('七、一般公共预算项目支出 from the 项目支出表 a region prints', () => {
  test('深圳 项目支出总表 (all funds, projects under the unit\'s line): each project with its 一般公共预算', () => {
    const text = projectsText('shenzhen');
    expect(text).toContain('项目名称：安全生产和应急管理专项经费');
    expect(text).toContain('预算安排规模：64.88万元');
    expect(text).not.toContain('没有安排');
  });

  test('广州 表7 by 经济分类 (no projects): the sum as printed, the projects left to the clerk, never 没有安排', () => {
    const text = projectsText('guangzhou');
    expect(text).toContain('年一般公共预算项目支出11224.90万元。');
    expect(text).toContain('【待填写：各项目的名称、金额、政策依据、承担单位、资金分配和执行时间（表7未按项目列示）】');
    expect(text).not.toContain('没有安排');
  });
});
