import * as fs from 'fs';
import * as path from 'path';
import { chineseReason } from './reasons';

/** A path given or found that is not checked, with the word the clerk reads. */
export interface Skipped {
  file: string;
  reason: string;
}

export interface Collected {
  /** The .xlsx files to check, in order. */
  files: string[];
  /** Spreadsheets of other formats and non-regular files named .xlsx in the folders: listed, not checked. */
  skipped: Skipped[];
  /** Folders that could not be opened: reported as unreadable (exit 2), the rest still checked. */
  unreadable: Skipped[];
}

export const COLLECT_TEXT = {
  xls: '旧版 .xls 格式，未检查：请在 Excel/WPS 中另存为 .xlsx',
  et: 'WPS 表格 .et 格式，未检查：请在 WPS 中另存为 .xlsx',
  csv: '.csv 文本表格没有合并单元格和表头，未检查：请在 Excel/WPS 中另存为 .xlsx',
  other: (ext: string) => `${ext} 格式，未检查：请在 Excel/WPS 中另存为 .xlsx`,
  notRegular: '不是普通文件（可能是设备、管道或套接字），未读取',
  folder: (reason: string) => `无法打开文件夹（${reason}），其中的文件未检查`,
  loop: '快捷方式（符号链接）指回上级文件夹，已跳过',
} as const;

const OTHER_SHEETS: Record<string, string> = {
  '.xls': COLLECT_TEXT.xls,
  '.et': COLLECT_TEXT.et,
  '.ett': COLLECT_TEXT.et,
  '.csv': COLLECT_TEXT.csv,
  '.xlsm': COLLECT_TEXT.other('.xlsm（含宏）'),
  '.xlsb': COLLECT_TEXT.other('.xlsb（二进制）'),
  '.ods': COLLECT_TEXT.other('.ods'),
};

/**
 * Files named on the command line, with folders expanded to the .xlsx files inside them (Excel's ~$
 * lock files skipped). Only regular files are checked: a FIFO or device named .xlsx is listed as
 * skipped, never opened. A folder that cannot be read is one unreadable entry; the others go on.
 */
export function collectFiles(inputs: string[]): Collected {
  const out: Collected = { files: [], skipped: [], unreadable: [] };
  const seen = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fs.realpathSync(dir);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      out.unreadable.push({ file: dir, reason: COLLECT_TEXT.folder(chineseReason(e)) });
      return;
    }
    if (seen.has(real)) {
      out.skipped.push({ file: dir, reason: COLLECT_TEXT.loop });
      return;
    }
    seen.add(real);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      let kind: fs.Stats | fs.Dirent = entry;
      if (entry.isSymbolicLink()) {
        try {
          kind = fs.statSync(full);
        } catch {
          continue; // a dangling link is not a file anyone sent
        }
      }
      if (kind.isDirectory()) {
        walk(full);
        continue;
      }
      if (entry.name.startsWith('~$')) continue;
      const ext = path.extname(entry.name).toLowerCase();
      if (ext === '.xlsx') {
        if (kind.isFile()) out.files.push(full);
        else out.skipped.push({ file: full, reason: COLLECT_TEXT.notRegular });
      } else if (OTHER_SHEETS[ext]) out.skipped.push({ file: full, reason: OTHER_SHEETS[ext] });
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(input);
    } catch {
      stat = undefined;
    }
    // A file named on the command line is always "checked": its reader says why it cannot be read.
    if (stat?.isDirectory()) walk(input);
    else out.files.push(input);
  }
  return out;
}
