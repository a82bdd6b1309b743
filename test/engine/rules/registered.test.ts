import * as fs from 'fs';
import * as path from 'path';
import { rulesFor } from '../../../src/engine/rules/registry';
import type { Rule } from '../../../src/engine/rules/types';
import { allProfiles } from '../../../src/engine/tables/registry';
import { importGraph, sourceFiles } from '../../support/import-graph';
import { ROOT } from '../../support/workbooks';

/**
 * As ESLint's own tests do, this walks the rule files themselves: a rule written in src/engine/rules/ (or its
 * juesuan/) but not registered for any profile never runs, so it fails here.
 */

const RULES = path.join(ROOT, 'src', 'engine', 'rules');
const REGISTRY = path.join(RULES, 'registry.ts');
const rel = (f: string) => path.relative(ROOT, f);

const isRule = (v: unknown): v is Rule =>
  typeof v === 'object' && v !== null && typeof (v as Rule).id === 'string' && typeof (v as Rule).check === 'function' && typeof (v as Rule).messages === 'object';

/** The files a file reaches through its imports. */
function reachable(graph: Map<string, string[]>, from: string): Set<string> {
  const seen = new Set<string>([from]);
  const todo = [from];
  while (todo.length) for (const next of graph.get(todo.pop()!) ?? []) if (!seen.has(next)) seen.add(next), todo.push(next);
  return seen;
}

const ruleFiles = sourceFiles(RULES).filter((f) => /\bdefineRule\(\{/.test(fs.readFileSync(f, 'utf8')));
const registered = new Set<Rule>(allProfiles().flatMap((p) => rulesFor(p)));

test('the walk finds the rule files (a walk that finds none would pass anything)', () => {
  const names = ruleFiles.map(rel);
  expect(names).toEqual(expect.arrayContaining(['src/engine/rules/bad-cell.ts', 'src/engine/rules/cross-table.ts', 'src/engine/rules/juesuan/j-35.ts']));
  expect(names).not.toContain('src/engine/rules/types.ts');
});

test('every file that defines a rule is reached from the registry', () => {
  const seen = reachable(importGraph(path.join(ROOT, 'src', 'engine')), REGISTRY);
  expect(ruleFiles.filter((f) => !seen.has(f)).map(rel)).toEqual([]);
});

test('every rule a rule file exports runs for some profile', () => {
  const unregistered: string[] = [];
  for (const file of ruleFiles) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (isRule(value) && !registered.has(value)) unregistered.push(`${rel(file)}: ${name} (${value.id})`);
  }
  expect(unregistered).toEqual([]);
});

test('a rule that reports the cells holding no amount declares it; no other rule does', () => {
  const reporting = [...registered].filter((r) => r.behaviour?.problemCells === 'report').map((r) => r.id);
  expect([...new Set(reporting)]).toEqual(['bad-cell']);
});
