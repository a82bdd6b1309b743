import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Settings } from '../../engine';
import { checkFile, type FileReport } from './check-file';

/** Settings cross the thread boundary as JSON: decimals travel as strings. */
export function settingsToWire(s: Partial<Settings>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(s));
}

/**
 * Checks files on every core: reading the .xlsx dominates, so a folder of files is split over worker
 * threads (one per core, at most one per file). Results come back in the order of `files`.
 */
export async function checkFiles(
  files: string[],
  settings: Partial<Settings>,
  jobs = Math.max(1, os.availableParallelism?.() ?? os.cpus().length),
  onDone?: (r: FileReport, index: number) => void,
): Promise<FileReport[]> {
  const workers = Math.min(jobs, files.length);
  const results: FileReport[] = new Array(files.length);
  if (workers <= 1) {
    for (let i = 0; i < files.length; i++) {
      results[i] = await checkFile(files[i], settings);
      onDone?.(results[i], i);
    }
    return results;
  }
  let next = 0;
  const workerFile = path.join(__dirname, 'check-worker.js');
  await Promise.all(
    Array.from({ length: workers }, () =>
      new Promise<void>((resolve, reject) => {
        const w = new Worker(workerFile, { workerData: { settings: settingsToWire(settings) } });
        const feed = () => {
          if (next >= files.length) {
            void w.terminate().then(() => resolve());
            return;
          }
          const i = next++;
          w.postMessage({ index: i, file: files[i] });
        };
        w.on('message', (m: { index: number; report: FileReport }) => {
          results[m.index] = m.report;
          onDone?.(m.report, m.index);
          feed();
        });
        w.on('error', reject);
        feed();
      }),
    ),
  );
  return results;
}
