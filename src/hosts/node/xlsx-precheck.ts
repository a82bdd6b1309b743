import * as zlib from 'zlib';
import { LIMITS } from '../limits';
import { PRECHECK_TEXT, scanWorkbookParts, storedEntry, workbookEntries, readCentralDirectory, type Limits, type ZipEntry } from '../xlsx-precheck';

export { PRECHECK_TEXT } from '../xlsx-precheck';

/** The checks of ../xlsx-precheck.ts with Node's zlib: undefined when the file is within the limits, or the reason it is not. */
export function precheckXlsx(bytes: Uint8Array, limits: Limits = LIMITS): string | undefined {
  const r = inspectXlsx(bytes, limits);
  return typeof r === 'string' ? r : undefined;
}

/**
 * The precheck, keeping what it inflated: every part of a file within the limits, by its name as written in
 * the zip (xlsx-cells.ts reads the grid from them); or the reason the file is refused.
 */
export function inspectXlsx(bytes: Uint8Array, limits: Limits = LIMITS): Map<string, Buffer> | string {
  const dir = workbookEntries(bytes, limits);
  if (typeof dir === 'string') return dir;
  const texts = new Map<string, string>();
  const written = new Map<string, Buffer>();
  for (const e of dir) {
    const data = inflateEntry(bytes, e);
    if (typeof data === 'string') return data;
    texts.set(e.name.toLowerCase(), data.toString('utf8'));
    written.set(e.name, data);
  }
  return scanWorkbookParts(texts, limits) ?? written;
}

/**
 * Every part of an .xlsx, inflated, by lower-case name; or the reason it cannot be read. The same zip
 * reader the precheck uses (bench/run.js measures a cells-only reader built on it against ExcelJS).
 */
export function readXlsxParts(bytes: Uint8Array, limits: Limits = LIMITS): Map<string, Buffer> | string {
  const dir = readCentralDirectory(bytes, limits);
  if (typeof dir === 'string') return dir;
  const parts = new Map<string, Buffer>();
  for (const e of dir) {
    const data = inflateEntry(bytes, e);
    if (typeof data === 'string') return data;
    parts.set(e.name.toLowerCase(), data);
  }
  return parts;
}

/** An entry's bytes, inflated no further than its declared size; or the reason it cannot be. */
function inflateEntry(bytes: Uint8Array, e: ZipEntry): Buffer | string {
  const stored = storedEntry(bytes, e);
  if (typeof stored === 'string') return stored;
  const raw = Buffer.from(stored.raw.buffer, stored.raw.byteOffset, stored.raw.byteLength);
  if (!stored.deflated) return raw;
  try {
    // One byte more than declared: if that byte comes out, the entry lied about its size.
    const out = zlib.inflateRawSync(raw, { maxOutputLength: e.uncompressedSize + 1 });
    return out.length > e.uncompressedSize ? PRECHECK_TEXT.lyingSize : out;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? PRECHECK_TEXT.lyingSize : PRECHECK_TEXT.damagedZip;
  }
}
