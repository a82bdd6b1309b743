/**
 * Issue 10: the pane reads last year's workbook (and the demo a picked one) through ExcelJS, which expands a
 * merge cell by cell. The web view's precheck refuses what the command line refuses, with the same reason,
 * before ExcelJS loads.
 */
import * as fs from 'fs';
import JSZip from 'jszip';
import { LIMITS } from '../../src/hosts/limits';
import { precheckXlsx } from '../../src/hosts/node/xlsx-precheck';
import { precheckInBrowser } from '../../src/hosts/xlsx-precheck-web';
import { readXlsxBytes } from '../../src/taskpane/services/read-xlsx-browser';
import { SAMPLE_XLSX } from '../support/workbooks';

const sample = fs.readFileSync(SAMPLE_XLSX);

async function patched(edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(sample);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
const sheetEdit = (f: (xml: string) => string) => async (zip: JSZip) => {
  zip.file('xl/worksheets/sheet1.xml', f(await zip.file('xl/worksheets/sheet1.xml')!.async('string')));
};
const toArrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

let files: Record<string, Buffer>;
const small = { ...LIMITS, maxUncompressedBytes: 2_000_000 };
beforeAll(async () => {
  const bomb = await patched(async (zip) => void zip.file('xl/media/big.bin', Buffer.alloc(4_000_000)));
  const liar = Buffer.from(bomb);
  liar.writeUInt32LE(1024, liar.lastIndexOf(Buffer.from('xl/media/big.bin')) - 46 + 24);
  files = {
    sample,
    mergeBomb: await patched(sheetEdit((x) => x.replace(/<mergeCells count="(\d+)">/, (_, n) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="A1:XFD1048576"/>`))),
    validation: await patched(sheetEdit((x) => x.replace('</sheetData>', '</sheetData><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>'))),
    farCell: await patched(sheetEdit((x) => x.replace('</sheetData>', '<row r="10000"><c r="XFD10000"><v>1</v></c></row></sheetData>'))),
    uncomputed: await patched(sheetEdit((x) => x.replace('</sheetData>', '<row r="900"><c r="A900"><f>1+1</f></c></row></sheetData>'))),
    plainZip: await new JSZip().file('readme.txt', '你好').generateAsync({ type: 'nodebuffer' }),
    cut: sample.subarray(0, sample.length - 30),
    bomb,
    liar,
  };
});

describe('the web view’s precheck', () => {
  it.each(['sample', 'mergeBomb', 'validation', 'farCell', 'uncomputed', 'plainZip', 'cut', 'liar'])('%s: the command line’s answer', async (name) => {
    expect(await precheckInBrowser(files[name])).toBe(precheckXlsx(files[name]));
  });
  it('the sample is within the limits, a merge of A1:XFD1048576 is not', async () => {
    expect(await precheckInBrowser(files.sample)).toBeUndefined();
    expect(await precheckInBrowser(files.mergeBomb)).toMatch(/合并单元格或数据有效性范围过大（如 A1:XFD1048576/);
  });
  it('a part inflating past what the zip declares stops there', async () => {
    expect(await precheckInBrowser(files.liar)).toMatch(/比其声明的大小还大/);
    expect(await precheckInBrowser(files.bomb, small)).toMatch(/解压后过大/);
  });
});

describe('last year’s workbook in the pane', () => {
  it('is refused with the reason before ExcelJS expands the merge', async () => {
    // ExcelJS alone takes minutes and gigabytes on this file (the test would not end); the precheck answers at once.
    await expect(readXlsxBytes(toArrayBuffer(files.mergeBomb), '上年.xlsx')).rejects.toThrow(/合并单元格或数据有效性范围过大/);
  });
});
