import * as fs from 'fs';
import * as path from 'path';
import { analyzeWorkbook } from '../../../src/engine';
import { parseSheetSource } from '../../../src/hosts/node/sheet-source';
import { XLSX_READ_TEXT, readXlsxBytes } from '../../../src/taskpane/services/read-xlsx-browser';
import { ROOT } from '../../support/workbooks';

const toArrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('reading last year’s workbook in the pane', () => {
  it('reads the committed 2022 sample as its text source describes it', async () => {
    const bytes = fs.readFileSync(path.join(ROOT, 'examples', 'changji-2022-prior.xlsx'));
    const fromXlsx = await readXlsxBytes(toArrayBuffer(bytes), 'changji-2022-prior.xlsx');
    const fromText = parseSheetSource(fs.readFileSync(path.join(ROOT, 'examples', 'source', 'changji-2022-prior.txt'), 'utf8'));
    expect(fromXlsx.name).toBe('changji-2022-prior.xlsx');
    expect(fromXlsx.sheets.map((s) => s.name)).toEqual(fromText.sheets.map((s) => s.name));
    const a = analyzeWorkbook(fromXlsx);
    const b = analyzeWorkbook(fromText);
    expect(a.tables.map((t) => `${t.def.id}@${t.sheet}`)).toEqual(b.tables.map((t) => `${t.def.id}@${t.sheet}`));
    expect(a.findings.map((f) => f.message)).toEqual(b.findings.map((f) => f.message));
  });

  it('names what is wrong with a file it cannot read', async () => {
    await expect(readXlsxBytes(new ArrayBuffer(0), 'a.xlsx')).rejects.toThrow(XLSX_READ_TEXT.empty);
    await expect(readXlsxBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]).buffer, 'old.xls')).rejects.toThrow(XLSX_READ_TEXT.legacy);
    await expect(readXlsxBytes(new TextEncoder().encode('项目,金额').buffer as ArrayBuffer, 'a.csv')).rejects.toThrow(XLSX_READ_TEXT.notXlsx);
    await expect(readXlsxBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]).buffer, 'cut.xlsx')).rejects.toThrow(/已损坏/);
  });
});
