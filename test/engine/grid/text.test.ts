import { compactText, displayText, normalizeLabel, stripNumbering } from '../../../src/engine/grid/text';

describe('labels', () => {
  test('spaces of every kind go, brackets and colons unify', () => {
    expect(normalizeLabel('收  入  总  计')).toBe('收入总计');
    expect(normalizeLabel('财  政  拨  款  (  补  助  )')).toBe('财政拨款(补助)');
    expect(normalizeLabel('因公出国（境）费')).toBe('因公出国(境)费');
    expect(normalizeLabel('公务用车购置及运行费\n（小计）')).toBe('公务用车购置及运行费(小计)');
  });
  test('numbering and 其中 are stripped, words that start with a numeral are not', () => {
    expect(stripNumbering('一、本年收入')).toBe('本年收入');
    expect(stripNumbering('1.一般公共预算拨款')).toBe('一般公共预算拨款');
    expect(stripNumbering('(二)结构')).toBe('结构');
    expect(stripNumbering('其中:一般财力')).toBe('一般财力');
    expect(stripNumbering('一般公共预算')).toBe('一般公共预算');
    expect(stripNumbering('2080501')).toBe('2080501');
  });
  // Found by the fuzz test (issue 10): a NaN number in a label cell made the message say 「NaN」.
  test('a number that is no number (NaN, ±Infinity) shows as #NUM!, never as "NaN" or "Infinity"', () => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(displayText(v)).toBe('#NUM!');
      expect(compactText(v)).toBe('');
      expect(normalizeLabel(v)).toBe('');
    }
    expect(displayText(-0)).toBe('0');
    expect(displayText(12.5)).toBe('12.5');
  });
});
