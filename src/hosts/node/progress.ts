/**
 * The progress line of a long `gongkai check` (files done / total, errors so far, time left), on
 * stderr and only when stderr is a terminal: never in a pipe, a file or --json's stdout. It is one
 * line redrawn in place; anything printed on the same terminal clears it first and it comes back after.
 */

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

export const PROGRESS_TEXT = {
  line: (done: number, total: number, errors: number, unreadable: number, left: string) =>
    `检查中 ${done}/${total} 个文件　有错误 ${errors} 个${unreadable ? `　无法读取 ${unreadable} 个` : ''}${left ? `　预计还需 ${left}` : ''}`,
} as const;

/** "约 12 秒", "约 3 分 20 秒", "" while there is nothing to go on. */
export function timeLeftText(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  const s = Math.ceil(ms / 1000);
  if (s < 60) return `约 ${s} 秒`;
  const m = Math.floor(s / 60);
  return `约 ${m} 分${s % 60 ? ` ${s % 60} 秒` : ''}`;
}

export class Progress {
  private done = 0;
  private withErrors = 0;
  private unreadable = 0;
  private shown = false;
  private lastDraw = 0;
  private readonly started: number;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly now: () => number = () => Date.now(),
    /** Redraw at most this often (ms); the last file always draws. */
    private readonly interval = 100,
  ) {
    this.started = now();
  }

  /** Whether a progress line is worth drawing at all: a terminal, and more than one file. */
  static wanted(stream: ProgressStream, total: number): boolean {
    return Boolean(stream.isTTY) && total > 1;
  }

  line(): string {
    const elapsed = this.now() - this.started;
    const left = this.done > 0 && this.done < this.total ? timeLeftText((elapsed / this.done) * (this.total - this.done)) : '';
    return PROGRESS_TEXT.line(this.done, this.total, this.withErrors, this.unreadable, left);
  }

  /** One more file finished. */
  tick(report: { error?: string; errors: number }): void {
    this.done++;
    if (report.error) this.unreadable++;
    else if (report.errors > 0) this.withErrors++;
    const t = this.now();
    if (this.done < this.total && t - this.lastDraw < this.interval) return;
    this.lastDraw = t;
    this.draw();
  }

  draw(): void {
    this.stream.write(`\r\x1b[2K${this.line()}`);
    this.shown = true;
  }

  /** Takes the line away (before other output on the terminal, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[2K');
    this.shown = false;
  }

  /** Writes `text` to the terminal's other stream without tearing the progress line. */
  around(write: () => void): void {
    const was = this.shown;
    this.clear();
    write();
    if (was && this.done < this.total) this.draw();
  }
}
