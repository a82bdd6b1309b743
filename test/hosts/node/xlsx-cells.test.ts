/**
 * The command line reads .xlsx cells with its own reader (src/hosts/node/xlsx-cells.ts), for speed; the grid it
 * makes must be the one the ExcelJS reader (src/hosts/xlsx-grid.ts, which the pane uses) makes, cell by cell:
 * every example and regional workbook, every bad-input file the fault tests use, and a workbook written by hand
 * with what the real ones hold only now and then.
 */
import * as fs from 'fs';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookGrid } from '../../../src/engine/grid/types';
import { readXlsxBuffer } from '../../../src/hosts/node/read-xlsx';
import { chineseReason } from '../../../src/hosts/node/reasons';
import { LIMITS } from '../../../src/hosts/limits';
import { precheckXlsx } from '../../../src/hosts/node/xlsx-precheck';
import { workbookFromBytes } from '../../../src/hosts/xlsx-grid';
import { ROOT, SAMPLE_XLSX } from '../../support/workbooks';

/** What the command line read before: the precheck, then ExcelJS. */
async function throughExcelJs(bytes: Buffer): Promise<WorkbookGrid | string> {
  const refused = bytes[0] === 0x50 ? precheckXlsx(bytes) : undefined;
  if (refused) return refused;
  try {
    return await workbookFromBytes(ExcelJS, bytes);
  } catch (e) {
    return chineseReason(e);
  }
}

async function throughCells(bytes: Buffer): Promise<WorkbookGrid | string> {
  try {
    return await readXlsxBuffer(bytes);
  } catch (e) {
    return (e as Error).message;
  }
}

/** Every difference, as "sheet R1C1 ExcelJS vs this reader": values, holes, row lengths, merges, protection, sheets. */
function differences(a: WorkbookGrid | string, b: WorkbookGrid | string): string[] {
  if (typeof a === 'string' || typeof b === 'string') return a === b ? [] : [`${typeof a === 'string' ? a : '读出'} vs ${typeof b === 'string' ? b : '读出'}`];
  const out: string[] = [];
  const names = (g: WorkbookGrid) => g.sheets.map((s) => s.name).join('|');
  if (names(a) !== names(b)) out.push(`sheets ${names(a)} vs ${names(b)}`);
  a.sheets.forEach((sa, i) => {
    const sb = b.sheets[i];
    if (!sb) return;
    if (!isDeepStrictEqual(sa.merges, sb.merges)) out.push(`${sa.name} merges ${JSON.stringify(sa.merges)} vs ${JSON.stringify(sb.merges)}`);
    if (sa.protected !== sb.protected) out.push(`${sa.name} protected ${sa.protected} vs ${sb.protected}`);
    if (sa.cells.length !== sb.cells.length) out.push(`${sa.name} ${sa.cells.length} rows vs ${sb.cells.length}`);
    for (let r = 0; r < Math.max(sa.cells.length, sb.cells.length); r++) {
      const ra = sa.cells[r] ?? [];
      const rb = sb.cells[r] ?? [];
      if (ra.length !== rb.length) out.push(`${sa.name} row ${r + 1}: ${ra.length} cells vs ${rb.length}`);
      for (let c = 0; c < Math.max(ra.length, rb.length); c++)
        if (c in ra !== c in rb || !isDeepStrictEqual(ra[c], rb[c])) out.push(`${sa.name} R${r + 1}C${c + 1} ${JSON.stringify(ra[c])} vs ${JSON.stringify(rb[c])}`);
    }
  });
  return out;
}

const examples = [
  ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join('examples', f)),
  ...fs
    .readdirSync(path.join(ROOT, 'examples', 'regions'))
    .map((r) => path.join('examples', 'regions', r, 'workbook.xlsx'))
    .filter((f) => fs.existsSync(path.join(ROOT, f))),
];

test('there are examples to compare on', () => {
  expect(examples.length).toBeGreaterThan(20);
});

test.each(examples)('%s: the same grid as ExcelJS, cell by cell', async (file) => {
  const bytes = fs.readFileSync(path.join(ROOT, file));
  const a = await throughExcelJs(bytes);
  expect(typeof a).toBe('object');
  expect(differences(a, await throughCells(bytes))).toEqual([]);
});

const sample = fs.readFileSync(SAMPLE_XLSX);

async function patchSample(edit: (xml: string) => string, part = 'xl/worksheets/sheet1.xml'): Promise<Buffer> {
  const zip = await JSZip.loadAsync(sample);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The files test/hosts/node/bad-input.test.ts checks, made the same way. */
const badInputs: Array<[string, () => Promise<Buffer>]> = [
  ['a merge over the whole sheet', () => patchSample((x) => x.replace(/<mergeCells count="(\d+)">/, (_, n) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="A1:XFD1048576"/>`))],
  ['a 数据有效性 over the whole sheet', () => patchSample((x) => x.replace('</sheetData>', '</sheetData><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>'))],
  ['a cell in XFD10000', () => patchSample((x) => x.replace('</sheetData>', '<row r="10000"><c r="XFD10000"><v>1</v></c></row></sheetData>'))],
  ['a formula with a cached ""', () => patchSample((x) => x.replace('</sheetData>', '<row r="200"><c r="A200" t="str"><f>T("")</f><v></v></c></row></sheetData>'))],
  [
    'shared strings with _x001B_ escapes',
    async () => {
      const zip = await JSZip.loadAsync(sample);
      const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
      zip.file('xl/sharedStrings.xml', strings.split('自然资源事务').join('自然资源事务_x001B_[2K_x001B_[1A_x009B_2K_x202E_'));
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    },
  ],
  [
    'formulas without cached values',
    async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(sample as unknown as ArrayBuffer);
      wb.worksheets[0].eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'number') cell.value = { formula: `${cell.value}+0` } as ExcelJS.CellFormulaValue;
        }),
      );
      return Buffer.from(await wb.xlsx.writeBuffer());
    },
  ],
  [
    'a part inflating past its declared size',
    async () => {
      const zip = await JSZip.loadAsync(sample);
      zip.file('xl/media/big.bin', Buffer.alloc(100_000));
      const liar = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      const cd = liar.lastIndexOf(Buffer.from('xl/media/big.bin'));
      liar.writeUInt32LE(1024, cd - 46 + 24);
      return liar;
    },
  ],
  [
    'a plain zip',
    async () => {
      const zip = new JSZip();
      zip.file('readme.txt', '不是表格');
      return zip.generateAsync({ type: 'nodebuffer' });
    },
  ],
  ['an empty file', async () => Buffer.alloc(0)],
  ['an .xls (OLE) file', async () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
  ['text named .xlsx', async () => Buffer.from('部门,金额\n')],
  ['a truncated .xlsx', async () => sample.subarray(0, Math.floor(sample.length / 2))],
  ['a shared string index past the list', () => patchSample((x) => x.replace('</sheetData>', '<row r="300"><c r="A300" t="s"><v>99999</v></c></row></sheetData>'))],
];

test.each(badInputs)('%s: the same grid or the same reason', async (_, make) => {
  const bytes = await make();
  const a = await throughExcelJs(bytes);
  const b = await throughCells(bytes);
  // Both refuse (with the same reason) or both read the same cells; a refusal names no library internals.
  if (typeof a === 'string' && typeof b === 'string' && /已损坏/.test(a)) expect(b).toMatch(/已损坏/);
  else expect(differences(a, b)).toEqual([]);
});

test('the size limits hold before a cell is read', async () => {
  const zip = await JSZip.loadAsync(sample);
  zip.file('xl/media/big.bin', Buffer.alloc(4_000_000));
  const big = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  expect(await throughCells(big)).toMatchObject({ sheets: expect.any(Array) });
  expect(LIMITS.maxUncompressedBytes).toBeGreaterThan(4_000_000);
});

/** A workbook written by hand: what ExcelJS-written samples never hold, each in a cell of its own. */
async function handWritten(): Promise<Buffer> {
  const zip = new JSZip();
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  // Sheet order in workbook.xml differs from the parts' numbers; one sheet hidden, one very hidden.
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\r\n<workbook ${ns}><workbookPr date1904="0"/><sheets>` +
      '<sheet name="表2 收入&amp;amp;总表" sheetId="2" r:id="rId2"/><sheet name="表1 收支总表" sheetId="1" r:id="rId1"/>' +
      '<sheet name="隐藏" sheetId="3" state="hidden" r:id="rId3"/><sheet name="很隐藏" sheetId="4" state="veryHidden" r:id="rId4"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      [1, 2, 3, 4].map((i) => `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('') +
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
  );
  // Styles: 0 general, 1 built-in date (14), 2 a custom date, 3 a custom number format with a quoted 年, 4 [Red] and an escaped space.
  zip.file(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}><numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="#,##0.00&quot;元&quot;"/><numFmt numFmtId="178" formatCode="0.00_);[Red]\\(0.00\\)"/></numFmts>` +
      '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="178" fontId="0" fillId="0" borderId="0" xfId="0"><alignment horizontal="center"/></xf></cellXfs>' +
      '<dxfs count="1"><dxf><numFmt numFmtId="179" formatCode="yyyy"/></dxf></dxfs></styleSheet>',
  );
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst ${ns} count="6" uniqueCount="6">` +
      '<si><t>一般公共预算拨款收入</t></si>' +
      '<si><r><rPr><b/><sz val="11"/></rPr><t>表1 </t></r><r><t xml:space="preserve">收支总表 </t></r><rPh sb="0" eb="1"><t>ヒョウ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t xml:space="preserve">  合计\r\n（万元）  </t></si>' +
      '<si><t>A&amp;B &lt;2&gt; &#x4E00;&#20108;_x000D__x0009_end_x00e9_</t></si>' +
      '<si><t/></si>' +
      '<si><t><![CDATA[<不是标记>]]>后</t></si>' +
      '</sst>',
  );
  const sheet = (body: string, after = '') => `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><dimension ref="A1:H20"/><sheetData>${body}</sheetData>${after}</worksheet>`;
  zip.file(
    'xl/worksheets/sheet1.xml',
    sheet(
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="E1" s="3"/></row>' +
        '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>4698.73</v></c><c r="C2" t="n"><v>-0.5e2</v></c><c r="D2" s="4"><v>170.10999999999999</v></c><c r="E2" s="3"><v>12</v></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="b"><v>0</v></c><c r="D3" t="e"><v>#REF!</v></c><c r="E3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
        '<row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4"><f>SUM(B2:B3)</f><v>4698.73</v></c><c r="C4" t="str"><f>A2&amp;""</f><v>a&amp;amp;b &amp;lt;c&amp;gt;</v></c><c r="D4" t="b"><f>TRUE()</f><v>1</v></c><c r="E4"><f t="shared" ref="E4:E5" si="0">B4*2</f><v>9397.46</v></c></row>' +
        '<row r="5"><c r="A5" t="s"><v>4</v></c><c r="E5"><f t="shared" si="0"/><v>0</v></c><c r="F5" t="str"><f>T("")</f><v></v></c></row>' +
        '<row r="6"><c r="A6" t="inlineStr"><is><t>  行内 _x0041_ 文本 </t></is></c><c r="B6" t="inlineStr"><is><r><t>富</t></r><r><rPr><i/></rPr><t>文本_x0042_</t></r></is></c><c r="C6" s="1"><v>45292</v></c><c r="D6" s="2"><v>45292.75</v></c><c r="E6" s="1"><f>C6+1</f><v>45293</v></c></row>' +
        '<row r="7"><c r="A7" t="s"><v>5</v></c><c r="B7"><!-- 注释 --><v> 12 </v></c><c r="C7" t="s"><v>0</v></c><c r="D7"><v>1</v></c><c r="E7" s="2"/><c r="F7" s="2"/></row>' +
        '<row r="8"><c r="B8"><v>8</v></c><c><v>9</v></c><c><v>10</v></c></row>' +
        '<row r="9"><c r="A9" s="3"/><c r="B9" s="3"/></row>' +
        '<row r="10" spans="1:8"><c r="A10" t="s"><v>1</v></c><c r="B10"><v>1</v></c><c r="H10" s="1"><v>1</v></c></row>',
      '<sheetProtection sheet="1" objects="1"/><mergeCells count="3"><mergeCell ref="A1:D1"/><mergeCell ref="C7:D8"/><mergeCell ref="A12:B14"/></mergeCells>' +
        '<hyperlinks><hyperlink ref="B7" r:id="rId1"/><hyperlink ref="A2" location="表1!A1"/></hyperlinks>',
    ),
  );
  zip.file('xl/worksheets/_rels/sheet1.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.gov.cn/" TargetMode="External"/></Relationships>');
  zip.file('xl/worksheets/sheet2.xml', sheet('<row r="3"><c r="C3" t="s"><v>0</v></c><c r="D3"><v>1</v></c></row>', '<sheetProtection sheet="0"/>'));
  zip.file('xl/worksheets/sheet3.xml', sheet('<row r="1"><c r="A1"><v>3</v></c></row>'));
  zip.file('xl/worksheets/sheet4.xml', sheet('<row r="1"><c r="A1"><v>4</v></c></row>'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

test('a hand-written workbook: rich and inline text, escapes, entities, booleans, errors, formulas, dates, merges, links, hidden sheets', async () => {
  const bytes = await handWritten();
  const a = await throughExcelJs(bytes);
  const b = await throughCells(bytes);
  expect(typeof a).toBe('object');
  expect(differences(a, b)).toEqual([]);
  // And the grid holds what the file holds (so the comparison is not of two empty grids).
  const grid = b as WorkbookGrid;
  expect(grid.sheets.map((s) => s.name)).toEqual(['表2 收入&总表', '表1 收支总表', '隐藏']);
  const s1 = grid.sheets[1];
  expect(s1.protected).toBe(true);
  expect(s1.cells[0][0]).toBe('表1 收支总表 ');
  expect(s1.cells[2].slice(1, 5)).toEqual([true, false, { error: '#REF!' }, { error: '#DIV/0!' }]);
  expect(s1.cells[5][2]).toBe('2024-01-01');
  expect(s1.cells.length).toBe(14);
});

test('1904 dates', async () => {
  const zip = await JSZip.loadAsync(await handWritten());
  zip.file('xl/workbook.xml', (await zip.file('xl/workbook.xml')!.async('string')).replace('date1904="0"', 'date1904="1"'));
  const bytes = await zip.generateAsync({ type: 'nodebuffer' });
  const b = await throughCells(bytes);
  expect(differences(await throughExcelJs(bytes), b)).toEqual([]);
  expect((b as WorkbookGrid).sheets[1].cells[5][2]).toBe('2028-01-02');
});

test('overlapping merges are a damaged file, as ExcelJS reads them', async () => {
  const zip = await JSZip.loadAsync(await handWritten());
  const part = 'xl/worksheets/sheet1.xml';
  zip.file(part, (await zip.file(part)!.async('string')).replace('<mergeCell ref="A12:B14"/>', '<mergeCell ref="A12:B14"/><mergeCell ref="B13:C15"/>'));
  const bytes = await zip.generateAsync({ type: 'nodebuffer' });
  expect(await throughExcelJs(bytes)).toMatch(/已损坏/);
  expect(await throughCells(bytes)).toMatch(/已损坏/);
});
