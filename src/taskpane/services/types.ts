import type { NarrativeReport } from '../../app/narrative-report';
import type { WorkbookGrid } from '../../engine';

/**
 * What the pane needs from the page besides the workbook host: files, the clipboard, downloads.
 * Components never touch these themselves; App gets one implementation (browser-services.ts) and
 * tests a fake.
 */
export interface PaneServices {
  /** Reads last year's .xlsx the clerk picked. Rejects with a Chinese one-line reason. */
  readPriorWorkbook(file: File): Promise<WorkbookGrid>;
  /** The 情况说明 as a Word document. */
  narrativeDocx(report: NarrativeReport): Promise<Blob>;
  /** Offers a file for download. */
  download(blob: Blob, filename: string): void;
  /** Copies text to the clipboard; false when the page may not. */
  copyText(text: string): Promise<boolean>;
}
