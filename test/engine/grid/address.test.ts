import { a1, columnIndex, columnLetters, formatRef, parseRange, parseRef } from '../../../src/engine/grid/address';

describe('addresses', () => {
  test('column letters round-trip', () => {
    for (const n of [0, 25, 26, 51, 701, 702, 16383]) expect(columnIndex(columnLetters(n))).toBe(n);
    expect(columnLetters(27)).toBe('AB');
    expect(a1(4, 2)).toBe('C5');
  });
  test('sheet names: CJK bare, spaces quoted', () => {
    expect(formatRef({ sheet: '表1', row: 5, col: 1 })).toBe('表1!B6');
    expect(formatRef({ sheet: '表1 收支总表', row: 0, col: 0 })).toBe("'表1 收支总表'!A1");
    expect(formatRef({ sheet: "it's", row: 0, col: 0 })).toBe("'it''s'!A1");
  });
  test('parse refs and ranges', () => {
    expect(parseRef("'表1 收支总表'!$B$6")).toEqual({ sheet: '表1 收支总表', row: 5, col: 1 });
    expect(parseRef('表2!P36')).toEqual({ sheet: '表2', row: 35, col: 15 });
    expect(parseRange('C5:A1')).toEqual({ top: 0, left: 0, bottom: 4, right: 2 });
    expect(() => parseRef('nonsense')).toThrow('无法识别');
  });
});
