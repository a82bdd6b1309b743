import * as fs from 'fs';
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../engine/grid/types';
import { workbookFromBytes } from '../xlsx-grid';

export { cellValue } from '../xlsx-grid';

/** A file that cannot be checked, with the one-line reason a clerk reads. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

/** Reads an .xlsx into the engine's grid. Throws WorkbookReadError with a Chinese one-line reason. */
export async function readXlsxBuffer(buffer: Buffer, name?: string): Promise<WorkbookGrid> {
  try {
    return await workbookFromBytes(ExcelJS, buffer, name);
  } catch (e) {
    throw new WorkbookReadError((e as Error).message);
  }
}

export async function readXlsxFile(path: string): Promise<WorkbookGrid> {
  let buffer: Buffer;
  try {
    buffer = await fs.promises.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : `无法打开文件（${code ?? (e as Error).message}）`);
  }
  return readXlsxBuffer(buffer, path);
}
