/** The {placeholder} names a template uses, in order of appearance, without repeats. */
export function placeholdersOf(template: string): string[] {
  const names = Array.from(template.matchAll(/\{(\w+)\}/g), (m) => m[1]);
  return Array.from(new Set(names));
}

/**
 * Fills {placeholders} from data. A placeholder without a value is a programming error, never a
 * "{reason}" left in a published document, so it throws; so does a value no placeholder takes.
 */
export function fillTemplate(template: string, data: Record<string, string> = {}): string {
  const wanted = placeholdersOf(template);
  const missing = wanted.filter((name) => data[name] === undefined);
  if (missing.length > 0) throw new Error(`template "${template}" lacks values for: ${missing.join(', ')}`);
  const unused = Object.keys(data).filter((name) => !wanted.includes(name));
  if (unused.length > 0) throw new Error(`template "${template}" has no placeholder for: ${unused.join(', ')}`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => data[name]);
}
