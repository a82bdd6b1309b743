import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Settings } from '../../engine';
import { checkFile, type FileReport } from './check-file';
import { LIMITS } from './limits';
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
  const jobs = options.jobs ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  const seconds = options.secondsPerFile ?? LIMITS.secondsPerFile;
  const workerFile = options.workerFile ?? path.join(__dirname, 'check-worker.js');
  const results: FileReport[] = new Array(files.length);
  const done = (i: number, r: FileReport) => {
    results[i] = r;
    onDone?.(r, i);
  };
  if (!fs.existsSync(workerFile)) {
    // Run from the TypeScript sources (tests): no worker script to start, so check in this thread.
    for (let i = 0; i < files.length; i++) done(i, await checkFile(files[i], settings));
    return results;
  }
  let next = 0;
  const wire = settingsToWire(settings);
  const lane = () =>
    new Promise<void>((resolve) => {
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      let worker: Worker | undefined;
      const start = () => {
        const w = new Worker(workerFile, {
          workerData: { settings: wire },
          resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? LIMITS.workerMemoryMb },
        });
        worker = w;
        w.on('message', (m: { index: number; report: FileReport }) => {
          if (w !== worker || m.index !== current) return;
          clearTimeout(timer);
          current = -1;
          done(m.index, m.report);
          feed();
        });
        const lost = (reason: string) => {
          if (w !== worker) return;
          clearTimeout(timer);
          worker = undefined;
          if (current >= 0) done(current, unreadable(files[current], reason));
          current = -1;
          if (next < files.length) start();
          else resolve();
        };
        w.on('error', (e) => lost(POOL_TEXT.died(chineseReason(e))));
        w.on('exit', (code) => lost(POOL_TEXT.died(`退出码 ${code}`)));
        feed();
      };
      const feed = () => {
        const w = worker!;
        if (next >= files.length) {
          worker = undefined;
          void w.terminate().finally(resolve);
          return;
        }
        current = next++;
        const i = current;
        timer = setTimeout(() => {
          if (w !== worker || current !== i) return;
          worker = undefined;
          current = -1;
          done(i, unreadable(files[i], POOL_TEXT.timeout(seconds)));
          void w.terminate();
          if (next < files.length) start();
          else resolve();
        }, seconds * 1000);
        w.postMessage({ index: i, file: files[i] });
      };
      start();
    });
  await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, lane));
  return results;
}
