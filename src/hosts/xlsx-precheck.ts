import { a1, columnIndex } from '../engine';
import { countText, LIMITS, megabytes } from './limits';

/**
 * Looks inside an .xlsx before any reader does: the zip's directory (how many parts, how large
 * uncompressed, as declared and as they really inflate) and each sheet's XML (cells, merged areas,
 * 数据有效性 ranges, how far the cells reach). ExcelJS expands merges and validation ranges cell by
 * cell, so a 23 KB file with one merge of A1:XFD1048576 would take every byte of memory; this reads
 * the same file in milliseconds and returns the one-line reason a clerk reads.
 *
 * Host-neutral: the caller inflates (Node's zlib in node/xlsx-precheck.ts, the browser's
 * DecompressionStream in the pane), never past an entry's declared size.
 */

export type Limits = typeof LIMITS;

export const PRECHECK_TEXT = {
  fileTooLarge: (n: number, l: typeof LIMITS) => `文件过大（${megabytes(n)}，上限 ${megabytes(l.maxFileBytes)}），不像一份部门预算公开表`,
  tooManyParts: (n: number, l: typeof LIMITS) => `.xlsx 内含 ${countText(n)} 个部件（上限 ${countText(l.maxZipEntries)}），不像一份部门预算公开表`,
  bomb: (n: number, l: typeof LIMITS) => `.xlsx 解压后过大（${megabytes(n)}，上限 ${megabytes(l.maxUncompressedBytes)}），可能是“压缩炸弹”`,
  lyingSize: '.xlsx 中有部件解压后比其声明的大小还大（可能是“压缩炸弹”）',
  plainZip: '不是有效的 .xlsx 文件：这是一个普通的 zip 压缩包，其中没有 Excel 工作簿',
  damagedZip: '.xlsx 文件已损坏，无法读取（压缩包目录不完整，文件可能没有下载或拷贝完整）',
  encryptedPart: '.xlsx 中有加密的部件，无法读取：请在 Excel/WPS 中取消密码后再检查',
  unknownMethod: '.xlsx 使用了不支持的压缩方式，无法读取：请在 Excel/WPS 中打开并另存为 .xlsx 后再检查',
  tooManyCells: (n: number, l: typeof LIMITS) => `工作簿中的单元格超过 ${countText(l.maxCells)} 个的上限，不像一份部门预算公开表`,
  tooManyMerged: (ref: string, l: typeof LIMITS) =>
    `工作簿中的合并单元格或数据有效性范围过大（如 ${ref}，合计超过 ${countText(l.maxMergedCells)} 个单元格的上限）：请在 Excel/WPS 中取消这样的合并后再检查`,
  tooFar: (sheet: string, ref: string, l: typeof LIMITS) =>
    `工作表“${sheet}”的内容一直延伸到 ${ref}，从 A1 到该处超过 ${countText(l.maxSheetArea)} 个单元格的检查上限：请删除表格以外远处的内容（或整行整列的格式）后再检查`,
  uncomputed: (n: number, where: string) =>
    `有 ${countText(n)} 个公式没有保存计算结果（如 ${where}），按0检查会报出大量并不存在的错误：请在 Excel/WPS 中打开此文件、保存后再检查`,
  badRef: (ref: string) => `.xlsx 文件已损坏，无法读取（单元格地址“${ref.slice(0, 40)}”无效）`,
} as const;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const utf8 = new TextDecoder('utf-8');

/** The zip's central directory, or the reason it cannot be read. */
export function readCentralDirectory(bytes: Uint8Array, limits: Limits = LIMITS): ZipEntry[] | string {
  const v = view(bytes);
  const u16 = (at: number) => v.getUint16(at, true);
  const u32 = (at: number) => v.getUint32(at, true);
  const u64 = (at: number) => Number(v.getBigUint64(at, true));
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return PRECHECK_TEXT.damagedZip;
  let count = u16(eocd + 10);
  let size = u32(eocd + 12);
  let offset = u32(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(loc) !== ZIP64_LOCATOR) return PRECHECK_TEXT.damagedZip;
    const z = u64(loc + 8);
    if (z + 56 > bytes.length || u32(z) !== ZIP64_EOCD) return PRECHECK_TEXT.damagedZip;
    count = u64(z + 32);
    size = u64(z + 40);
    offset = u64(z + 48);
  }
  if (offset + size > bytes.length) return PRECHECK_TEXT.damagedZip;
  if (count > limits.maxZipEntries) return PRECHECK_TEXT.tooManyParts(count, limits);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(p) !== CENTRAL) return PRECHECK_TEXT.damagedZip;
    const flags = u16(p + 8);
    const method = u16(p + 10);
    let compressedSize = u32(p + 20);
    let uncompressedSize = u32(p + 24);
    const nameLen = u16(p + 28);
    const extraLen = u16(p + 30);
    const commentLen = u16(p + 32);
    let localOffset = u32(p + 42);
    if (p + 46 + nameLen + extraLen > bytes.length) return PRECHECK_TEXT.damagedZip;
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // Zip64: the real sizes are in the extra field, in this order, for the fields that read 0xFFFFFFFF.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = u16(x);
      const len = u16(x + 2);
      if (id === 0x0001) {
        let f = x + 4;
        const end = f + len;
        if (uncompressedSize === 0xffffffff && f + 8 <= end) (uncompressedSize = u64(f)), (f += 8);
        if (compressedSize === 0xffffffff && f + 8 <= end) (compressedSize = u64(f)), (f += 8);
        if (localOffset === 0xffffffff && f + 8 <= end) localOffset = u64(f);
      }
      x += 4 + len;
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The directory of a file within the size, part-count and declared-size limits, that holds a workbook; or the reason. */
export function workbookEntries(bytes: Uint8Array, limits: Limits = LIMITS): ZipEntry[] | string {
  if (bytes.length > limits.maxFileBytes) return PRECHECK_TEXT.fileTooLarge(bytes.length, limits);
  const dir = readCentralDirectory(bytes, limits);
  if (typeof dir === 'string') return dir;
  if (dir.length > limits.maxZipEntries) return PRECHECK_TEXT.tooManyParts(dir.length, limits);
  const partNames = new Set(dir.map((e) => e.name.toLowerCase()));
  if (!partNames.has('[content_types].xml') || !partNames.has('xl/workbook.xml')) return PRECHECK_TEXT.plainZip;
  let declared = 0;
  for (const e of dir) declared += e.uncompressedSize;
  if (declared > limits.maxUncompressedBytes) return PRECHECK_TEXT.bomb(declared, limits);
  return dir;
}

/** An entry's bytes as stored, and whether they need inflating; or the reason they cannot be read. */
export function storedEntry(bytes: Uint8Array, e: ZipEntry): { raw: Uint8Array; deflated: boolean } | string {
  if (e.flags & 1) return PRECHECK_TEXT.encryptedPart;
  const v = view(bytes);
  const at = e.localOffset;
  if (at + 30 > bytes.length || v.getUint32(at, true) !== LOCAL) return PRECHECK_TEXT.damagedZip;
  const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
  const end = start + e.compressedSize;
  if (end > bytes.length) return PRECHECK_TEXT.damagedZip;
  const raw = bytes.subarray(start, end);
  if (e.method === 0) return e.compressedSize === e.uncompressedSize ? { raw, deflated: false } : PRECHECK_TEXT.damagedZip;
  if (e.method !== 8) return PRECHECK_TEXT.unknownMethod;
  return { raw, deflated: true };
}

/** The sheets' cells, merged and validated areas and reach against the limits, over every part's text (lower-case names). */
export function scanWorkbookParts(texts: Map<string, string>, limits: Limits = LIMITS): string | undefined {
  const names = sheetNames(texts);
  const tally: Tally = { cells: 0, covered: 0, uncomputed: 0 };
  for (const [part, xml] of texts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(part)) continue;
    const reason = scanSheet(xml, names.get(part) ?? part.replace(/^.*\//, ''), tally, limits);
    if (reason) return reason;
  }
  if (tally.uncomputed) return PRECHECK_TEXT.uncomputed(tally.uncomputed, tally.firstUncomputed ?? '');
  return undefined;
}

const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCellRef(ref: string): { row: number; col: number } | undefined {
  const m = CELL_REF.exec(ref);
  if (!m) return undefined;
  return { row: Number(m[2]), col: columnIndex(m[1].toUpperCase()) + 1 };
}

/** Cells covered by "A1:B2" (or "A1"); undefined when it is not a range. */
function rangeArea(ref: string): number | undefined {
  const [a, b = a] = ref.split(':');
  const p = parseCellRef(a);
  const q = parseCellRef(b);
  if (!p || !q) return undefined;
  return (Math.abs(q.row - p.row) + 1) * (Math.abs(q.col - p.col) + 1);
}

/** What the sheets hold, over the whole workbook. */
interface Tally {
  cells: number;
  covered: number;
  /** Formula cells without a cached value: `<c><f>…</f></c>` with no `<v>`. */
  uncomputed: number;
  firstUncomputed?: string;
}

/** Counts a sheet's cells, merged and validated areas and reach into `tally`; the reason when over a limit. */
function scanSheet(xml: string, sheet: string, tally: Tally, limits: typeof LIMITS): string | undefined {
  const far = { row: 0, col: 0 };
  const cell = /<c(?=[\s>/])([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  for (let m = cell.exec(xml); m; m = cell.exec(xml)) {
    if (++tally.cells > limits.maxCells) return PRECHECK_TEXT.tooManyCells(limits.maxCells, limits);
    const ref = /\br="([^"]*)"/.exec(m[1])?.[1];
    if (ref !== undefined) {
      const at = parseCellRef(ref);
      if (!at) return PRECHECK_TEXT.badRef(ref);
      if (at.row > limits.maxRow || at.col > limits.maxColumn) return PRECHECK_TEXT.badRef(ref);
      if (at.row > far.row) far.row = at.row;
      if (at.col > far.col) far.col = at.col;
    }
    const body = m[2];
    if (body !== undefined && /<f[\s>/]/.test(body) && !/<v[\s>/]/.test(body)) {
      tally.uncomputed++;
      tally.firstUncomputed ??= `${sheet}!${ref ?? ''}`;
    }
  }

  const rows = /<row\s[^>]*?\br="([^"]*)"/g;
  for (let m = rows.exec(xml); m; m = rows.exec(xml)) {
    if (!/^\d{1,7}$/.test(m[1])) return PRECHECK_TEXT.badRef(m[1]);
    if (Number(m[1]) > limits.maxRow) return PRECHECK_TEXT.badRef(`第 ${m[1]} 行`);
  }
  if (far.row * far.col > limits.maxSheetArea) return PRECHECK_TEXT.tooFar(sheet, a1(far.row - 1, far.col - 1), limits);

  const cols = /<col\s[^>]*?\bmax="(\d+)"/g;
  for (let m = cols.exec(xml); m; m = cols.exec(xml)) if (Number(m[1]) > limits.maxColumn) return PRECHECK_TEXT.badRef(`列 ${m[1]}`);

  const areas = /<(?:mergeCell\s[^>]*?\bref|dataValidation\s[^>]*?\bsqref)="([^"]*)"/g;
  for (let m = areas.exec(xml); m; m = areas.exec(xml)) {
    for (const ref of m[1].trim().split(/\s+/).filter(Boolean)) {
      const area = rangeArea(ref);
      if (area === undefined) return PRECHECK_TEXT.badRef(ref);
      tally.covered += area;
      if (tally.covered > limits.maxMergedCells) return PRECHECK_TEXT.tooManyMerged(ref, limits);
    }
  }
  return undefined;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()],
  );
}

/** Sheet names by part name ("xl/worksheets/sheet1.xml" → "表1 收支总表"), from workbook.xml and its rels. */
function sheetNames(parts: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const workbook = parts.get('xl/workbook.xml') ?? '';
  const rels = parts.get('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) out.set(target.toLowerCase(), unescapeXml(name));
  }
  return out;
}
