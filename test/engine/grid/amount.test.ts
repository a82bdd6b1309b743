import { parseAmount, decimalFromNumber } from '../../../src/engine/grid/amount';

const num = (v: Parameters<typeof parseAmount>[0]) => {
  const p = parseAmount(v);
  if (p.kind !== 'number') throw new Error(`not a number: ${JSON.stringify(p)}`);
  return p.value.toString();
};

describe('parseAmount reads money cells the way clerks type them', () => {
  test.each([
    ['4878.73　', '4878.73'],
    ['　   176.97', '176.97'],
    ['    55.40', '55.4'],
    ['1,760', '1760'],
    ['１７６０．５', '1760.5'],
    ['(12.5)', '-12.5'],
    ['-3', '-3'],
  ])('%j is the number %s', (raw, expected) => {
    expect(num(raw)).toBe(expected);
  });

  test('numbers stored as numbers lose their binary noise', () => {
    expect(num(170.10999999999999)).toBe('170.11');
    expect(decimalFromNumber(0.1 + 0.2).toString()).toBe('0.3');
  });

  test.each([null, undefined, '', '　', '   ', '-', '—', '－'])('%j is blank (zero)', (raw) => {
    expect(parseAmount(raw).kind).toBe('blank');
  });

  test('words and error values are reported, not guessed', () => {
    expect(parseAmount('待填写')).toEqual({ kind: 'text', text: '待填写' });
    expect(parseAmount({ error: '#REF!' })).toEqual({ kind: 'error', code: '#REF!' });
    expect(parseAmount('#DIV/0!')).toEqual({ kind: 'error', code: '#DIV/0!' });
    expect(parseAmount('12万元').kind).toBe('text');
  });

  // Issue 10, point 10: "12 34" became 1234 silently. Spaces inside a number are allowed only as thousands
  // grouping (1–3 digits, then groups of exactly three, one space of the same kind between), like commas.
  test.each([
    ['1 234.50', '1234.5'],
    ['1 234 567', '1234567'],
    ['12 345', '12345'],
    ['1\u00a0234', '1234'],
    ['1\u2009234.5', '1234.5'],
    ['1\u202f234', '1234'],
    ['１　２３４', '1234'],
    ['-1 234', '-1234'],
    ['(1 234.50)', '-1234.5'],
    ['  1 234.50\u3000', '1234.5'],
    ['12\u200b34', '1234'],
  ])('%j is the number %s (thousands grouping by spaces, or an invisible zero-width space)', (raw, expected) => {
    expect(num(raw)).toBe(expected);
  });

  test.each(['12 34', '1 2345', '1234 567', '1 234 56', '12 345 67', '1  234', '1 234\u00a0567', '1.234 567', '12.3 4', '1\t234', '１２　３４', '0 5'])(
    '%j is text, not a number: a space splitting digits that is not thousands grouping',
    (raw) => {
      expect(parseAmount(raw)).toEqual({ kind: 'text', text: raw.trim() });
    },
  );
});
