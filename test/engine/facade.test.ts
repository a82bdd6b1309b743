import * as path from 'path';
import { importGraph } from '../support/import-graph';
import { ROOT } from '../support/workbooks';

const SRC = path.join(ROOT, 'src');
const ENGINE = path.join(SRC, 'engine');
const INDEX = path.join(ENGINE, 'index.ts');

/** The imports from outside src/engine/ that reach an engine file other than its index. */
function aroundTheFacade(graph: Map<string, string[]>): string[] {
  const inEngine = (f: string) => f.startsWith(ENGINE + path.sep);
  return [...graph]
    .filter(([file]) => !inEngine(file))
    .flatMap(([file, targets]) => targets.filter((t) => inEngine(t) && t !== INDEX).map((t) => `${path.relative(ROOT, file)} → ${path.relative(ROOT, t)}`));
}

test('outside src/engine, code reaches the engine only through src/engine/index.ts', () => {
  expect(aroundTheFacade(importGraph(SRC))).toEqual([]);
});

test('a deep import from a host is seen; the index and imports inside the engine are not', () => {
  const host = path.join(SRC, 'hosts', 'x.ts');
  const rule = path.join(ENGINE, 'rules', 'r.ts');
  const types = path.join(ENGINE, 'grid', 'types.ts');
  const graph = new Map([
    [host, [types, INDEX]],
    [rule, [types]],
  ]);
  expect(aroundTheFacade(graph)).toEqual(['src/hosts/x.ts → src/engine/grid/types.ts']);
});
