import * as path from 'path';
import * as fs from 'fs';
import { importGraph, importsUpward, LAYERS } from '../support/import-graph';
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

test('no import runs up a layer: engine ← hosts ← app ← commands, taskpane, demo', () => {
  expect(importsUpward(importGraph(SRC), SRC)).toEqual([]);
});

test('every folder of src/ is a layer with a rule', () => {
  const folders = fs.readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  expect(folders.filter((f) => !(f in LAYERS))).toEqual([]);
});

test('an upward import is seen (a host into the app, the app into the pane, a ribbon into the pane); a downward one is not', () => {
  const file = (...p: string[]) => path.join(SRC, ...p);
  const graph = new Map([
    [file('hosts', 'wps', 'ribbon.ts'), [file('app', 'run-commands.ts'), file('hosts', 'host.ts'), INDEX]],
    [file('app', 'run-commands.ts'), [file('taskpane', 'strings.ts'), file('hosts', 'host.ts'), INDEX]],
    [file('commands', 'excel-commands.ts'), [file('app', 'run-commands.ts'), file('taskpane', 'App.tsx')]],
    [file('demo', 'DemoPage.tsx'), [file('taskpane', 'App.tsx'), file('hosts', 'demo', 'demo-host.ts')]],
  ]);
  expect(importsUpward(graph, SRC)).toEqual([
    'src/hosts/wps/ribbon.ts → src/app/run-commands.ts',
    'src/app/run-commands.ts → src/taskpane/strings.ts',
    'src/commands/excel-commands.ts → src/taskpane/App.tsx',
  ]);
});

test('the app and the hosts import no UI library', () => {
  const offenders = [...importGraph(SRC).keys()]
    .filter((f) => ['app', 'hosts'].some((l) => f.startsWith(path.join(SRC, l) + path.sep)))
    .filter((f) => /from ['"](react|react-dom|@fluentui\/[\w-]+)['"]/.test(fs.readFileSync(f, 'utf8')))
    .map((f) => path.relative(ROOT, f));
  expect(offenders).toEqual([]);
});
