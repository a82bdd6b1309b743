/**
 * The one placeholder syntax of every message and template: `{{name}}` (ESLint's). A single-brace `{name}` is a
 * template written in the old syntax, which would reach a published document unfilled, so filling refuses it.
 */
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
/** Looked for once the {{placeholders}} are taken out (no lookbehind: WPS's older browsers lack it). */
const SINGLE_BRACE = /\{\s*[A-Za-z_]\w*\s*\}/;

/** The {{placeholder}} names a template uses, in order of appearance, without repeats. */
export function placeholdersOf(template: string): string[] {
  const names = Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]);
  return Array.from(new Set(names));
}

/** Templates already found free of single braces: the rules' few messages are filled thousands of times. */
const checked = new Set<string>();

function refuseSingleBrace(template: string, what: string): void {
  if (checked.has(template)) return;
  const old = SINGLE_BRACE.exec(template.replace(PLACEHOLDER, ''));
  if (old) throw new Error(`${what} uses the single-brace placeholder ${old[0]}: write {{name}}`);
  if (checked.size > 10_000) checked.clear();
  checked.add(template);
}

/**
 * Replaces each {{placeholder}} by what `value` gives for its name; throws (with `what` naming the template) on a
 * single-brace placeholder. The one substitution that fillTemplate and the rules' formatMessage share.
 */
export function substitute(template: string, value: (name: string) => string, what = `template "${template}"`): string {
  refuseSingleBrace(template, what);
  return replacePlaceholders(template, value);
}

function replacePlaceholders(template: string, value: (name: string) => string): string {
  return template.replace(PLACEHOLDER, (_, name: string) => value(name));
}

/**
 * Fills {{placeholders}} from data. A placeholder without a value is a programming error, never a
 * "{{reason}}" left in a published document, so it throws; so does a value no placeholder takes.
 */
export function fillTemplate(template: string, data: Record<string, string> = {}): string {
  refuseSingleBrace(template, `template "${template}"`);
  const wanted = placeholdersOf(template);
  const missing = wanted.filter((name) => data[name] === undefined);
  if (missing.length > 0) throw new Error(`template "${template}" lacks values for: ${missing.join(', ')}`);
  const unused = Object.keys(data).filter((name) => !wanted.includes(name));
  if (unused.length > 0) throw new Error(`template "${template}" has no placeholder for: ${unused.join(', ')}`);
  return replacePlaceholders(template, (name) => data[name]);
}
