import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { Worker } from 'worker_threads';
import type { Settings } from '../../engine';
import type { FileReport } from './check-file';
import { LIMITS } from '../limits';
import { chineseReason } from './reasons';

/** Settings cross the thread boundary as JSON: decimals travel as strings. */
export function settingsToWire(s: Partial<Settings>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(s));
}

export interface PoolOptions {
  jobs?: number;
  /** Seconds one file may take; then its worker is ended and the file gets its reason. */
  secondsPerFile?: number;
  /** The worker script; by default check-worker.js beside this file (absent when run from the .ts sources). */
  workerFile?: string;
  memoryMb?: number;
}

export const POOL_TEXT = {
  timeout: (s: number) => `检查超过 ${s} 秒仍未完成，已停止（每个文件的时间上限，可用 --time-limit 调整）`,
  died: (reason: string) => `检查此文件时检查进程意外终止（${reason}），其余文件照常检查`,
} as const;

/**
 * How much a function runs before V8's optimizing compiler takes it up (V8's default: 67584 bytes of bytecode
 * executed). A check runs hundreds of functions a few times per file: by default each is optimized within the
 * first files, some again after a deoptimization, and that compiling costs more processor time than a batch of a
 * few hundred files saves by it (measured: 200 files, one worker, 5.9–6.6 s of processor time by default, 4.1–4.4 s with
 * this budget; the time per file once warm is the same, about 11 ms). The flag is V8's, for the whole process:
 * set before the workers start, it holds for them.
 */
export const INTERRUPT_BUDGET = 1_000_000;
let budgetSet = false;

/**
 * Workers when --jobs is not given: one per core that other processes leave idle (the 1-minute load average
 * subtracted from the cores), at least one. Measured (README 性能): a second worker loads and warms up the engine
 * again, about 1 s of processor time, which a free core repays within a batch of 200 files and a core taken by
 * other processes does not.
 */
export function defaultJobs(): number {
  const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  const busy = os.loadavg()[0] || 0;
  return Math.max(1, Math.min(cores, Math.round(cores - busy)));
}

/** Files each worker holds at once: the one it checks and the next, so it never waits for this thread. */
const QUEUED = 2;

function unreadable(file: string, error: string): FileReport {
  return { file, error, tables: [], issues: [], findings: [], errors: 0, warnings: 0 };
}

/**
 * Checks files on worker threads (one per core, at most one per file; `--jobs 1` is one worker).
 * Each file has a time limit and each worker a memory limit: a file over either ends its worker
 * only, gets a one-line reason, and a new worker takes the remaining files, so every file is
 * reported. Results come back in the order of `files`.
 */
export async function checkFiles(
  files: string[],
  settings: Partial<Settings>,
  options: PoolOptions = {},
  onDone?: (r: FileReport, index: number) => void,
): Promise<FileReport[]> {
  const jobs = options.jobs ?? defaultJobs();
  const seconds = options.secondsPerFile ?? LIMITS.secondsPerFile;
  const workerFile = options.workerFile ?? path.join(__dirname, 'check-worker.js');
  const results: FileReport[] = new Array(files.length);
  const done = (i: number, r: FileReport) => {
    results[i] = r;
    onDone?.(r, i);
  };
  if (!fs.existsSync(workerFile)) {
    // Run from the TypeScript sources (tests): no worker script to start, so check in this thread. Loaded here
    // only: the main thread of a real run leaves the engine to the workers and starts them sooner.
    const { checkFile } = await import('./check-file');
    for (let i = 0; i < files.length; i++) done(i, await checkFile(files[i], settings));
    return results;
  }
  if (!budgetSet) {
    v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    budgetSet = true;
  }
  // Files not yet given to a worker: those a lost worker had queued come back first, then the rest in order.
  let next = 0;
  const returned: number[] = [];
  const take = (): number | undefined => (returned.length ? returned.shift() : next < files.length ? next++ : undefined);
  const remaining = () => returned.length > 0 || next < files.length;
  const wire = settingsToWire(settings);
  /**
   * One worker thread, kept QUEUED files ahead: the worker checks them one after another and starts the next
   * the moment it posts a result, instead of waiting for this thread to answer. The time limit runs for the
   * file at the head of the queue only, from when the worker starts it.
   */
  const lane = () =>
    new Promise<void>((resolve) => {
      let queue: number[] = [];
      let timer: NodeJS.Timeout | undefined;
      let worker: Worker | undefined;
      const time = (w: Worker) => {
        clearTimeout(timer);
        const head = queue[0];
        if (head === undefined) return;
        timer = setTimeout(() => {
          if (w !== worker || queue[0] !== head) return;
          done(head, unreadable(files[head], POOL_TEXT.timeout(seconds)));
          restart(w, queue.slice(1));
        }, seconds * 1000);
      };
      /** Ends this lane's worker; the files it had queued go back for the next worker. */
      const restart = (w: Worker, requeue: number[]) => {
        clearTimeout(timer);
        worker = undefined;
        queue = [];
        returned.unshift(...requeue);
        void w.terminate();
        if (remaining()) start();
        else resolve();
      };
      const start = () => {
        const w = new Worker(workerFile, {
          workerData: { settings: wire },
          resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? LIMITS.workerMemoryMb },
        });
        worker = w;
        w.on('message', (m: { index: number; report: FileReport }) => {
          if (w !== worker || m.index !== queue[0]) return;
          queue.shift();
          done(m.index, m.report);
          feed(w);
        });
        const lost = (reason: string) => {
          if (w !== worker) return;
          const head = queue[0];
          if (head !== undefined) done(head, unreadable(files[head], reason));
          restart(w, queue.slice(1));
        };
        w.on('error', (e) => lost(POOL_TEXT.died(chineseReason(e))));
        w.on('exit', (code) => lost(POOL_TEXT.died(`退出码 ${code}`)));
        feed(w, 1);
      };
      /** Tops the worker's queue up; a new worker gets one file, so that every lane has one to start with. */
      const feed = (w: Worker, upTo = QUEUED) => {
        while (queue.length < upTo) {
          const i = take();
          if (i === undefined) break;
          queue.push(i);
          w.postMessage({ index: i, file: files[i] });
        }
        if (queue.length === 0) {
          clearTimeout(timer);
          worker = undefined;
          void w.terminate().finally(resolve);
          return;
        }
        // A new head: the previous one's result has just come (or the worker is new), so the worker starts it now.
        time(w);
      };
      start();
    });
  await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, lane));
  return results;
}
