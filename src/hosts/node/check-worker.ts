import { parentPort, workerData } from 'worker_threads';
import { checkFile } from './check-file';
import { settingsFromWire } from './settings-wire';

const settings = settingsFromWire(workerData.settings as Record<string, unknown>);

parentPort!.on('message', (m: { index: number; file: string }) => {
  void checkFile(m.file, settings).then((report) => parentPort!.postMessage({ index: m.index, report }));
});
