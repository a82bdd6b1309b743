import * as fs from 'fs';
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../engine';
import { workbookFromBytes } from '../xlsx-grid';
import { LIMITS } from './limits';
import { chineseReason } from './reasons';
import { precheckXlsx } from './xlsx-precheck';

export { cellValue } from '../xlsx-grid';

/** A file that cannot be checked, with the one-line reason a clerk reads. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads an .xlsx into the engine's grid. Throws WorkbookReadError with a Chinese one-line reason.
 * A zip is looked at first (xlsx-precheck.ts): nothing over the limits reaches ExcelJS.
 */
export async function readXlsxBuffer(buffer: Buffer, name?: string): Promise<WorkbookGrid> {
  if (ZIP_MAGIC.every((b, i) => buffer[i] === b)) {
    const refused = precheckXlsx(buffer);
    if (refused) throw new WorkbookReadError(refused);
  }
  try {
    return await workbookFromBytes(ExcelJS, buffer, name);
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
