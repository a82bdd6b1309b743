/**
 * The pane and ribbon bundles run in the Chromium that WPS embeds, which on the WPS builds clerks
 * still use is older than a current browser. docs/wps.md（“浏览器内核与语法目标”）explains the choice:
 * syntax ES2017, and none of the APIs below (all first shipped in Chrome 85 or later) unless the
 * bundle carries a polyfill for them. Runs on the built files in dist/; skips, saying so, when
 * there is no build.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, type Node } from 'acorn';

const ECMA_VERSION = 2017;

/** APIs to avoid, each with the Chrome version that first shipped it. */
const AVOIDED_APIS: ReadonlyArray<{ name: string; chrome: number; matches(n: AnyNode): boolean }> = [
  { name: 'crypto.randomUUID', chrome: 92, matches: (n) => isMember(n, 'randomUUID') },
  { name: 'structuredClone', chrome: 98, matches: (n) => isCallOfIdentifier(n, 'structuredClone') },
  { name: 'Array.prototype.at / String.prototype.at', chrome: 92, matches: (n) => isMethodCall(n, 'at') },
  // A call, not a read: core-js's own `Object.hasOwn || function …` fallback is fine.
  { name: 'Object.hasOwn', chrome: 93, matches: (n) => n.type === 'CallExpression' && isMember(n.callee as AnyNode, 'hasOwn', 'Object') },
  { name: 'String.prototype.replaceAll', chrome: 85, matches: (n) => isMethodCall(n, 'replaceAll') },
  { name: 'Promise.any', chrome: 85, matches: (n) => isMember(n, 'any', 'Promise') },
  // Array's findLast takes a callback; tabster's own findLast({ container … }) takes an object.
  {
    name: 'Array.prototype.findLast / findLastIndex',
    chrome: 97,
    matches: (n) => (isMethodCall(n, 'findLast') || isMethodCall(n, 'findLastIndex')) && !isObjectArgument(n),
  },
  { name: 'Array.prototype.toSorted / toReversed / toSpliced', chrome: 110, matches: (n) => ['toSorted', 'toReversed', 'toSpliced'].some((m) => isMethodCall(n, m)) },
  { name: 'Object.groupBy / Map.groupBy', chrome: 117, matches: (n) => isMember(n, 'groupBy', 'Object') || isMember(n, 'groupBy', 'Map') },
  { name: 'Promise.withResolvers', chrome: 119, matches: (n) => isMember(n, 'withResolvers', 'Promise') },
];

/** APIs a polyfill in the bundle provides (add the name when core-js or similar is wired in). */
const POLYFILLED: ReadonlySet<string> = new Set<string>();

type AnyNode = Node & Record<string, unknown>;

function isIdentifier(n: unknown, name?: string): boolean {
  const x = n as AnyNode | undefined;
  return !!x && x.type === 'Identifier' && (name === undefined || x.name === name);
}

function isMember(n: AnyNode, property: string, object?: string): boolean {
  return (
    n.type === 'MemberExpression' &&
    !n.computed &&
    isIdentifier(n.property, property) &&
    (object === undefined || isIdentifier(n.object, object))
  );
}

function isMethodCall(n: AnyNode, method: string): boolean {
  return n.type === 'CallExpression' && isMember(n.callee as AnyNode, method);
}

function isObjectArgument(n: AnyNode): boolean {
  const first = (n.arguments as AnyNode[] | undefined)?.[0];
  return !!first && first.type === 'ObjectExpression';
}

function isCallOfIdentifier(n: AnyNode, name: string): boolean {
  return n.type === 'CallExpression' && isIdentifier(n.callee, name);
}

function walk(node: unknown, visit: (n: AnyNode) => void): void {
  const stack: unknown[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      for (const x of n) stack.push(x);
      continue;
    }
    if (!n || typeof n !== 'object' || typeof (n as AnyNode).type !== 'string') continue;
    visit(n as AnyNode);
    for (const [k, v] of Object.entries(n)) if (k !== 'loc' && v && typeof v === 'object') stack.push(v);
  }
}

interface TargetProblem {
  file: string;
  problem: string;
  line?: number;
}

/** Parses one built file at the target and lists the avoided APIs it calls. */
function checkSource(file: string, source: string): TargetProblem[] {
  let ast: Node;
  try {
    ast = parse(source, { ecmaVersion: ECMA_VERSION, sourceType: 'script', locations: true, allowHashBang: true });
  } catch (e) {
    const err = e as SyntaxError & { loc?: { line: number; column: number } };
    const at = err.loc ? source.split('\n')[err.loc.line - 1]?.slice(Math.max(0, err.loc.column - 40), err.loc.column + 40) : '';
    return [{ file, problem: `不是 ES${ECMA_VERSION} 语法：${err.message}（附近：${at}）`, line: err.loc?.line }];
  }
  const problems: TargetProblem[] = [];
  walk(ast, (n) => {
    for (const api of AVOIDED_APIS) {
      if (POLYFILLED.has(api.name) || !api.matches(n)) continue;
      problems.push({ file, problem: `调用了 ${api.name}（Chrome ${api.chrome} 起才有）`, line: n.loc?.start.line });
    }
  });
  return problems;
}

function builtScripts(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...builtScripts(p));
    else if (/\.(js|cjs)$/.test(entry.name)) out.push(p);
  }
  return out;
}

describe(`syntax target: built files parse as ES${ECMA_VERSION} and avoid APIs newer than Chrome 85`, () => {
  describe('the checker itself', () => {
    it('accepts ES2017 code: async functions, trailing commas in calls, exponent operator', () => {
      const src = 'async function f(a, b,) { await g(a ** 2,); return Object.entries(b); }';
      expect(checkSource('ok.js', src)).toEqual([]);
    });

    it.each([
      ['optional chaining', 'var x = a?.b;'],
      ['nullish coalescing', 'var x = a ?? b;'],
      ['object spread', 'var x = { ...a };'],
      ['optional catch binding', 'try { f(); } catch { g(); }'],
      ['class fields', 'class A { x = 1; }'],
      ['Unicode property escape', 'var r = /\\p{L}/u;'],
      ['regex named group', 'var r = /(?<y>\\d{4})/;'],
      ['async iteration', 'async function f(s) { for await (const x of s) g(x); }'],
    ])('rejects %s', (_label, src) => {
      const problems = checkSource('new.js', src);
      expect(problems).toHaveLength(1);
      expect(problems[0].problem).toMatch(/不是 ES2017 语法/);
    });

    it.each([
      ['crypto.randomUUID', 'var id = crypto.randomUUID();'],
      ['structuredClone', 'var c = structuredClone(x);'],
      ['Array.prototype.at', 'var last = list.at(-1);'],
      ['Object.hasOwn', 'if (Object.hasOwn(o, "k")) f();'],
      ['String.prototype.replaceAll', 'var s = t.replaceAll("a", "b");'],
      ['Promise.any', 'Promise.any([p, q]);'],
      ['findLast', 'xs.findLast(function (x) { return x; });'],
    ])('flags %s', (name, src) => {
      const problems = checkSource('api.js', src);
      expect(problems.map((p) => p.problem).join()).toContain(name.split('.').pop()!);
      expect(problems[0].line).toBe(1);
    });

    it('does not flag look-alikes: a property named at, a local function named structuredClone', () => {
      const src = 'var o = { at: 1 }; var t = o.at; function structuredCloneLike(x) { return x; } structuredCloneLike(o);';
      expect(checkSource('fine.js', src)).toEqual([]);
    });
  });

  // BUNDLE_DIR checks another build output (e.g. a trial build outside the work tree).
  const dist = process.env.BUNDLE_DIR ? path.resolve(process.env.BUNDLE_DIR) : path.resolve(__dirname, '../../dist');
  const files = fs.existsSync(dist) ? builtScripts(dist) : [];
  if (files.length === 0) {
    it.skip(`built bundles: no .js files in ${dist} — run \`npm run build\` first; this check then runs on every file there`, () => {});
    return;
  }

  it.each(files.map((f) => [path.relative(dist, f), f]))('dist/%s', (_rel, file) => {
    const problems = checkSource(path.relative(dist, file), fs.readFileSync(file, 'utf8'));
    expect(problems).toEqual([]);
  });
});
