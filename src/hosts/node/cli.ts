import { parseArgs, UsageError, type ParsedArgs } from './args';
import { describeError, INTERNAL_ERROR } from './reasons';
import { safeText } from './terminal';

export interface Command {
  usage: string;
  /** Flags that take a value. */
  valued: string[];
  run(args: ParsedArgs, out: (s: string) => void, io?: { stderr?: { isTTY?: boolean; write(s: string): unknown } }): Promise<number>;
}

/**
 * Sub-commands of `gongkai`; each lives in its own cmd-*.ts file, loaded when it is run (or its usage is
 * printed): `check` starts without the narrative writers, and its main thread without the engine, which its
 * worker threads load.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
export const COMMANDS: Record<string, () => Command> = {
  check: () => {
    const m = require('./cmd-check') as typeof import('./cmd-check');
    return { usage: m.CHECK_USAGE, valued: ['profile', 'tolerance', 'jobs', 'time-limit', 'report'], run: m.runCheck };
  },
  generate: () => {
    const m = require('./cmd-generate') as typeof import('./cmd-generate');
    return { usage: m.GENERATE_USAGE, valued: (require('./narrative-inputs') as typeof import('./narrative-inputs')).NARRATIVE_FLAGS, run: m.runGenerate };
  },
  'check-narrative': () => {
    const m = require('./cmd-check-narrative') as typeof import('./cmd-check-narrative');
    return { usage: m.CHECK_NARRATIVE_USAGE, valued: (require('./narrative-inputs') as typeof import('./narrative-inputs')).NARRATIVE_FLAGS, run: m.runCheckNarrative };
  },
};
/* eslint-enable @typescript-eslint/no-require-imports */

function usage(): string {
  return `预算公开助手（命令行）\n\n${Object.values(COMMANDS)
    .map((c) => c().usage)
    .join('\n\n')}\n`;
}

export async function main(argv: string[], out?: (s: string) => void, err?: (s: string) => void): Promise<number> {
  // The progress line is drawn only on the real stderr, and only when it is a terminal.
  const terminal = !err && Boolean(process.stderr.isTTY);
  out ??= quietWriter(process.stdout);
  err ??= quietWriter(process.stderr);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(usage());
    return name ? 0 : 2;
  }
  const cmd = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name]() : undefined;
  if (!cmd) {
    err(`未知命令：${name}\n\n${usage()}`);
    return 2;
  }
  try {
    const writeErr = err;
    return await cmd.run(parseArgs(rest, cmd.valued), out, { stderr: { isTTY: terminal, write: (s: string) => writeErr(s) } });
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.showUsage ? `${safeText(e.message)}\n\n${cmd.usage}\n` : `${safeText(e.message)}\n`);
      return 2;
    }
    err(`出错：${safeText(describeError(e, INTERNAL_ERROR))}\n`);
    return 2;
  }
}

/**
 * A writer to stdout or stderr that goes quiet once the reader has gone (`gongkai check | head`):
 * no EPIPE stack; the command still finishes and exits with its own code.
 */
export function quietWriter(stream: NodeJS.WriteStream): (s: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw e;
  });
  return (s) => {
    if (!closed) stream.write(s);
  };
}
