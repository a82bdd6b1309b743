import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './workbooks';

/** The TypeScript files under a folder. */
export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [full] : [];
  });
}

/** Every module specifier a file names: import/export … from, side-effect imports, import(). */
export function specifiers(text: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1]);
  return out;
}

/** The file a relative specifier resolves to, or undefined for a package or a non-source file. */
export function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')])
    if (/\.tsx?$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  return undefined;
}

/** src/'s import graph: each file and the source files it imports (type-only imports count: they are a dependency too). */
export function importGraph(dir = path.join(ROOT, 'src')): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(dir)) {
    const targets = specifiers(fs.readFileSync(file, 'utf8'))
      .map((s) => resolveImport(file, s))
      .filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected components with more than one file (or a file importing itself): each is an import cycle. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/**
 * The layers of src/ and what each may import (engine ← hosts ← app ← commands, taskpane, demo): a folder imports
 * only the layers listed for it. The task pane's page may register the Excel ribbon's handlers (shared runtime), and
 * the demo page shows the task pane; the ribbon entries never import a page.
 */
export const LAYERS: Record<string, string[]> = {
  engine: ['engine'],
  hosts: ['engine', 'hosts'],
  app: ['engine', 'hosts', 'app'],
  commands: ['engine', 'hosts', 'app', 'commands'],
  taskpane: ['engine', 'hosts', 'app', 'commands', 'taskpane'],
  demo: ['engine', 'hosts', 'app', 'taskpane', 'demo'],
};

/** The top folder of src/ a file is in ('engine', 'app' …), or undefined outside src/. */
export function layerOf(src: string, file: string): string | undefined {
  const rel = path.relative(src, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const top = rel.split(path.sep)[0];
  return top === rel ? undefined : top;
}

/** Every import that runs up a layer, or into a folder no layer lists, as "from → to". */
export function importsUpward(graph: Map<string, string[]>, src: string, layers: Record<string, string[]> = LAYERS): string[] {
  const out: string[] = [];
  for (const [file, targets] of graph) {
    const from = layerOf(src, file);
    if (from === undefined) continue;
    const allowed = layers[from];
    for (const t of targets) {
      const to = layerOf(src, t);
      if (to === undefined || to === from) continue;
      if (!allowed || !allowed.includes(to)) out.push(`${path.relative(path.dirname(src), file)} → ${path.relative(path.dirname(src), t)}`);
    }
  }
  return out;
}
