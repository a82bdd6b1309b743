import * as path from 'path';
import { cycles, importGraph, specifiers } from '../support/import-graph';
import { ROOT } from '../support/workbooks';

test('src/ has no import cycle (type-only imports included)', () => {
  const found = cycles(importGraph(path.join(ROOT, 'src'))).map((c) => c.map((f) => path.relative(ROOT, f)).join(' ↔ '));
  expect(found).toEqual([]);
});

test('the cycle finder finds a cycle of two and of three, and none in a chain', () => {
  expect(cycles(new Map([['a', ['b']], ['b', ['a']], ['c', ['a']]]))).toEqual([['a', 'b']]);
  expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual([['a', 'b', 'c']]);
  expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', []]]))).toEqual([]);
});

test('specifiers reads multi-line, type-only, re-export and side-effect imports', () => {
  const text = "import {\n  a,\n  b,\n} from './x';\nimport type { T } from '../y';\nexport * from './z';\nimport './w';\nconst m = import('./v');";
  expect(specifiers(text)).toEqual(['./x', '../y', './z', './w', './v']);
});
