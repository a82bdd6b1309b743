/** Minimal argument parsing: positionals, --flag, --key value and --key=value. */
export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | true>;
}

export function parseArgs(argv: string[], valued: string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const key = a.slice(2, eq > 0 ? eq : undefined);
    if (eq > 0) flags[key] = a.slice(eq + 1);
    else if (valued.includes(key)) {
      if (i + 1 >= argv.length) throw new UsageError(`--${key} 需要一个值`);
      flags[key] = argv[++i];
    } else flags[key] = true;
  }
  return { positionals, flags };
}

export class UsageError extends Error {
  /** showUsage: print the command's usage after the message (not for "would overwrite"). */
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}
