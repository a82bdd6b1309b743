import { parentPort, workerData } from 'worker_threads';
import { checkFile } from './check-file';
import { settingsFromWire } from './settings-wire';

const settings = settingsFromWire(workerData.settings as Record<string, unknown>);

// Files arrive ahead of time (pool.ts keeps the next one queued): checked one at a time, results in order.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (m: { index: number; file: string }) => {
  queue = queue.then(() => checkFile(m.file, settings).then((report) => parentPort!.postMessage({ index: m.index, report })));
});
