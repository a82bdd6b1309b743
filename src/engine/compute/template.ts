/** A {{placeholder}}: the one syntax of every message template. */
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
/** A {placeholder} with one brace, the syntax templates once had: never filled, so never left in a text. */
const SINGLE_BRACE = /(?<!\{)\{\w+\}(?!\})/;

/** The {{placeholder}} names a template uses, in order of appearance, without repeats. */
export function placeholdersOf(template: string): string[] {
  const names = Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]);
  return Array.from(new Set(names));
}

/**
 * Fills {{placeholders}} from data. A placeholder without a value is a programming error, never a
 * "{{reason}}" left in a published text, so it throws; so does a value no placeholder takes, and a
 * placeholder written with one brace.
 */
export function fillTemplate(template: string, data: Record<string, string> = {}): string {
  const single = SINGLE_BRACE.exec(template);
  if (single) throw new Error(`template "${template}" writes ${single[0]} with one brace: placeholders are {{name}}`);
  const wanted = placeholdersOf(template);
  const missing = wanted.filter((name) => data[name] === undefined);
  if (missing.length > 0) throw new Error(`template "${template}" lacks values for: ${missing.join(', ')}`);
  const unused = Object.keys(data).filter((name) => !wanted.includes(name));
  if (unused.length > 0) throw new Error(`template "${template}" has no placeholder for: ${unused.join(', ')}`);
  return template.replace(PLACEHOLDER, (_, name: string) => data[name]);
}
