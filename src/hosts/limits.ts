/**
 * What the command line, and the pane for last year's workbook, accept as one department's workbook, in
 * one place so the README lists the same numbers. A real 部门预算公开 workbook is 20–300 KB with a few
 * thousand cells; these limits are a hundred times that and more, and each is checked on the zip
 * (xlsx-precheck.ts) before a reader builds anything cell by cell, so a file over one is refused with
 * its reason in a few milliseconds instead of taking the machine's memory.
 */
export const LIMITS = {
  /** Size of the .xlsx file itself. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Sum of the uncompressed sizes of everything in the zip (a zip bomb is small outside, huge inside). */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** Parts (files) inside the zip. */
  maxZipEntries: 10_000,
  /** Cells written in the sheets, over the whole workbook. */
  maxCells: 1_000_000,
  /**
   * Cells covered by merged areas and by 数据有效性 ranges, over the whole workbook: ExcelJS makes one
   * cell object for each, so a single merge of A1:XFD1048576 is 17 billion cells.
   */
  maxMergedCells: 1_000_000,
  /** Excel's own grid: a cell beyond it means the file is damaged. */
  maxRow: 1_048_576,
  maxColumn: 16_384,
  /**
   * Rows × columns from A1 to a sheet's farthest cell: recognition's work grows with that area, not
   * with the cells filled, so one stray value in XFD10000 alone would take half a minute.
   */
  maxSheetArea: 20_000_000,
  /** Time to read and check one file, in seconds (--time-limit changes it). */
  secondsPerFile: 60,
  /** Memory of one checking worker thread, in MB: a file that needs more ends that worker only. */
  workerMemoryMb: 2048,
} as const;

const MB = 1024 * 1024;

/** "50 MB" for messages. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

/** "1,000,000" is not how the tables print numbers; 100万 is. */
export function countText(n: number): string {
  if (n >= 100_000_000) return `${+(n / 100_000_000).toFixed(1)}亿`;
  if (n >= 10_000) return `${+(n / 10_000).toFixed(1)}万`;
  return String(n);
}
