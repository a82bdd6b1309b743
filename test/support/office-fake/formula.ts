import { columnIndex } from '../../../src/engine/grid/address';

/**
 * Just enough of Excel's formula language for budget tables: numbers, same-sheet cell references,
 * + - * / and parentheses, SUM over cells and ranges. Anything else is #NAME?, like an unknown function.
 */
export type FormulaValue = number | string | boolean | null | { error: string };
type Lookup = (row: number, col: number) => FormulaValue;

class FormulaError {
  constructor(readonly code: string) {}
}

export function evaluateFormula(formula: string, cell: Lookup): FormulaValue {
  const src = formula.replace(/^=/, '').replace(/\s+/g, '');
  let pos = 0;

  const peek = () => src[pos];
  const expect = (ch: string) => {
    if (src[pos] !== ch) throw new FormulaError('#NAME?');
    pos++;
  };
  const toNumber = (v: FormulaValue): number => {
    if (v === null || v === '') return 0;
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'object') throw new FormulaError(v.error);
    const n = Number(v);
    if (Number.isNaN(n)) throw new FormulaError('#VALUE!');
    return n;
  };
  const ref = (): { row: number; col: number } | undefined => {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)/.exec(src.slice(pos));
    if (!m) return undefined;
    pos += m[0].length;
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  };
  const sumArgs = (): number => {
    let total = 0;
    expect('(');
    while (peek() !== ')') {
      const start = pos;
      const a = ref();
      if (a && peek() === ':') {
        pos++;
        const b = ref();
        if (!b) throw new FormulaError('#NAME?');
        for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
          for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) {
            const v = cell(r, c);
            if (typeof v === 'object' && v !== null) throw new FormulaError(v.error);
            if (typeof v === 'number') total += v;
          }
        }
      } else {
        pos = start;
        total += toNumber(expr());
      }
      if (peek() === ',') pos++;
      else if (peek() !== ')') throw new FormulaError('#NAME?');
    }
    expect(')');
    return total;
  };
  const factor = (): number => {
    const ch = peek();
    if (ch === '-') {
      pos++;
      return -factor();
    }
    if (ch === '(') {
      pos++;
      const v = expr();
      expect(')');
      return v;
    }
    const num = /^\d+(\.\d+)?/.exec(src.slice(pos));
    if (num) {
      pos += num[0].length;
      return Number(num[0]);
    }
    if (src.slice(pos).toUpperCase().startsWith('SUM(')) {
      pos += 3;
      return sumArgs();
    }
    const r = ref();
    if (r) return toNumber(cell(r.row, r.col));
    throw new FormulaError('#NAME?');
  };
  const term = (): number => {
    let v = factor();
    while (peek() === '*' || peek() === '/') {
      const op = src[pos++];
      const w = factor();
      if (op === '/' && w === 0) throw new FormulaError('#DIV/0!');
      v = op === '*' ? v * w : v / w;
    }
    return v;
  };
  const expr = (): number => {
    let v = term();
    while (peek() === '+' || peek() === '-') {
      const op = src[pos++];
      const w = term();
      v = op === '+' ? v + w : v - w;
    }
    return v;
  };

  try {
    const v = expr();
    if (pos !== src.length) return { error: '#NAME?' };
    return v;
  } catch (e) {
    if (e instanceof FormulaError) return { error: e.code };
    throw e;
  }
}
