import * as fs from 'fs';
import type { WorkbookGrid } from '../../engine';
import { XLSX_READ_TEXT } from '../xlsx-grid';
import { LIMITS } from '../limits';
import { chineseReason } from './reasons';
import { gridFromParts } from './xlsx-cells';
import { inspectXlsx } from './xlsx-precheck';

/** A file that cannot be checked, with the one-line reason a clerk reads. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads an .xlsx into the engine's grid. Throws WorkbookReadError with a Chinese one-line reason.
 * The zip is looked at first (xlsx-precheck.ts): nothing over the limits is read cell by cell. The cells are
 * then read from the parts the precheck inflated (xlsx-cells.ts), into the grid ExcelJS's reader would make
 * (../xlsx-grid.ts, which the pane still uses); ExcelJS stays for writing.
 */
export async function readXlsxBuffer(buffer: Buffer, name?: string): Promise<WorkbookGrid> {
  return readXlsxBytes(buffer, name);
}

/** readXlsxBuffer without the promise: what a worker thread runs for each file. */
export function readXlsxBytes(buffer: Buffer, name?: string): WorkbookGrid {
  if (buffer.length === 0) throw new WorkbookReadError(XLSX_READ_TEXT.empty);
  if (OLE_MAGIC.every((b, i) => buffer[i] === b)) throw new WorkbookReadError(XLSX_READ_TEXT.legacy);
  if (!ZIP_MAGIC.every((b, i) => buffer[i] === b)) throw new WorkbookReadError(XLSX_READ_TEXT.notXlsx);
  const parts = inspectXlsx(buffer);
  if (typeof parts === 'string') throw new WorkbookReadError(parts);
  try {
    return gridFromParts(parts, name);
  } catch (e) {
    throw new WorkbookReadError(chineseReason(e));
  }
}

/**
 * A regular file's bytes, never more than the size limit: /dev/zero, a FIFO or a folder is refused
 * before anything is read (opened without blocking, so a FIFO cannot hang the batch).
 */
export async function readLimitedFile(path: string, maxBytes: number = LIMITS.maxFileBytes): Promise<Buffer> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new WorkbookReadError('这是一个文件夹');
    if (!stat.isFile()) throw new WorkbookReadError('不是普通文件（可能是设备或管道），不予读取');
    if (stat.size > maxBytes) throw new WorkbookReadError(`文件过大（${Math.round(stat.size / 1048576)} MB，上限 ${Math.round(maxBytes / 1048576)} MB）`);
    // The size can change while we read: read at most one byte past the limit, then stop.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new WorkbookReadError(`文件过大（上限 ${Math.round(maxBytes / 1048576)} MB）`);
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError(chineseReason(e));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export async function readXlsxFile(path: string): Promise<WorkbookGrid> {
  return readXlsxBuffer(await readLimitedFile(path), path);
}
