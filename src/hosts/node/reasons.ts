/**
 * Errors as a clerk reads them: one Chinese line, never a Node error code or an English message
 * from a library (`ENOENT`, `Cannot read properties of undefined`, `Invalid string length`).
 */

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: '文件不存在',
  EISDIR: '这是一个文件夹',
  ENOTDIR: '路径中有一段不是文件夹',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  EBUSY: '文件正被其他程序占用',
  ELOOP: '路径中的快捷方式（符号链接）循环指向自身',
  ENAMETOOLONG: '文件名过长',
  EMFILE: '同时打开的文件过多，请稍后重试',
  ENFILE: '同时打开的文件过多，请稍后重试',
  EIO: '读取磁盘时出错',
  ENXIO: '不是普通文件（可能是设备或管道），不予读取',
  EAGAIN: '不是普通文件（可能是设备或管道），不能作为 .xlsx 读取',
  ENOSPC: '磁盘已满',
  EROFS: '磁盘为只读，无法写入',
  EEXIST: '文件已存在',
};

/** Has at least one Chinese character: a message the product (or the shared reader) wrote. */
export function isChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}

/** The one-line Chinese reason for any error; `fallback` for an English message nothing above maps. */
export function chineseReason(e: unknown, fallback = '文件内容不完整或不符合 .xlsx 格式，无法读取'): string {
  const err = e as NodeJS.ErrnoException | undefined;
  const code = err && typeof err === 'object' ? err.code : undefined;
  if (code && ERRNO_TEXT[code]) return ERRNO_TEXT[code];
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return '检查此文件所需内存超出上限';
  const message = String((err && typeof err === 'object' && 'message' in err ? err.message : e) ?? '').split('\n')[0];
  if (/Invalid string length|Array buffer allocation failed|out of memory|heap/i.test(message)) return '文件内容过大，无法读取';
  // The shared reader's "…已损坏，无法读取（English detail）": keep the Chinese, drop the detail.
  const detail = /^(.*?)（([^（）]*)）$/.exec(message);
  if (detail && isChinese(detail[1]) && !isChinese(detail[2])) return `${detail[1]}（文件内容不完整或不符合 .xlsx 格式）`;
  if (isChinese(message)) return message;
  return fallback;
}

/** As chineseReason, naming the file a system error was about: "x.txt：文件不存在". */
export function describeError(e: unknown, fallback?: string): string {
  const reason = chineseReason(e, fallback);
  const file = (e as NodeJS.ErrnoException | undefined)?.path;
  return typeof file === 'string' && (e as NodeJS.ErrnoException).code ? `${file}：${reason}` : reason;
}

export const INTERNAL_ERROR = '程序内部出错（请把此文件和所用命令发给维护人员）';
