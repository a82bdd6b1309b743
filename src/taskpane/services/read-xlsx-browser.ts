import type { WorkbookGrid } from '../../engine';
import { workbookFromBytes } from '../../hosts/xlsx-grid';
import { precheckInBrowser } from '../../hosts/xlsx-precheck-web';

export { XLSX_READ_TEXT } from '../../hosts/xlsx-grid';

/**
 * Last year's workbook, read in the pane from the file the clerk picked; ExcelJS's browser build loads only then,
 * and only for a file within the command line's limits (a merge of A1:XFD1048576 would take the pane's memory).
 */
export async function readXlsxBytes(buffer: ArrayBuffer, name: string): Promise<WorkbookGrid> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
  return workbookFromBytes(mod.default ?? mod, new Uint8Array(buffer), name, (bytes) => precheckInBrowser(bytes));
}

export async function readXlsxFileInBrowser(file: File): Promise<WorkbookGrid> {
  return readXlsxBytes(await file.arrayBuffer(), file.name);
}
