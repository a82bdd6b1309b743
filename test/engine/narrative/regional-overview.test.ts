import { analyzeWorkbook, generateNarrative } from '../../../src/engine';
import { regionGrid } from '../../support/region-examples';

/** The paragraphs of one section of the 情况说明 generated for a regional example, as one text. */
function section(region: string, key: string): string {
  const doc = generateNarrative(analyzeWorkbook(regionGrid(region)));
  return doc.sections.find((s) => s.key === key)!.paragraphs.map((p) => p.text).join('\n');
}

describe('一、总体说明 from a 表1 that lists its lines otherwise than 004', () => {
  test('财政拨款 as one line (广州 预算拨款, 长沙 本级财政拨款收入) is listed where its parts are not', () => {
    expect(section('guangzhou', 'overview')).toContain('收入预算包括：预算拨款191822.92万元。');
    expect(section('changsha-xinfang', 'overview')).toContain('收入预算包括：本级财政拨款收入1935.36万元。');
  });

  test('支出 by use where the table has no 类 (长沙): 基本支出 and 项目支出', () => {
    expect(section('changsha-xinfang', 'overview')).toContain('支出预算包括：基本支出1517.95万元、项目支出417.41万元。');
  });
});

describe('二、收入预算 from a 表2 that prints 财政拨款收入 as one column (上海)', () => {
  test('is that source, with its share; not 单位资金 alone', () => {
    const text = section('shanghai', 'income');
    expect(text).toContain('财政拨款收入3173.00万元，占63.41%');
    expect(text).toContain('单位资金1831.00万元，占36.59%');
  });
});

describe('机关运行经费', () => {
  test('from its line in the “三公” table where it has one (上海, blank for a 事业单位): not 表6’s 公用经费', () => {
    expect(section('shanghai', 'other')).toContain('的机关运行经费财政拨款预算0.00万元');
  });

  test('a 表6 without a 公用经费 column (广州) gives no figure, only a placeholder', () => {
    const text = section('guangzhou', 'other');
    expect(text).not.toMatch(/机关运行经费财政拨款预算0\.00万元/);
    expect(text).toContain('【待填写：机关运行经费');
  });
});
