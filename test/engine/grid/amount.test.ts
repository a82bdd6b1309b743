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
});
