import { LIMITS } from './limits';
import { PRECHECK_TEXT, scanWorkbookParts, storedEntry, workbookEntries, type Limits, type ZipEntry } from './xlsx-precheck';

/**
 * The reader's limits (xlsx-precheck.ts) for a workbook read in a web view (last year's in the pane, the demo's), before ExcelJS
 * expands anything cell by cell: undefined when the file is within them, or the one-line reason. Entries
 * inflate through the web view's DecompressionStream, stopped one byte past their declared size.
 */
export async function precheckInBrowser(bytes: Uint8Array, limits: Limits = LIMITS): Promise<string | undefined> {
  const dir = workbookEntries(bytes, limits);
  if (typeof dir === 'string') return dir;
  const texts = new Map<string, string>();
  const decoder = new TextDecoder('utf-8');
  for (const e of dir) {
    const data = await inflateEntry(bytes, e);
    if (typeof data === 'string') return data;
    texts.set(e.name.toLowerCase(), decoder.decode(data));
  }
  return scanWorkbookParts(texts, limits);
}

async function inflateEntry(bytes: Uint8Array, e: ZipEntry): Promise<Uint8Array | string> {
  const stored = storedEntry(bytes, e);
  if (typeof stored === 'string') return stored;
  if (!stored.deflated) return stored.raw;
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // The writes settle with the reads; a damaged stream rejects both, and the read reports it.
  writer.write(stored.raw as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > e.uncompressedSize) {
        await reader.cancel().catch(() => undefined);
        return PRECHECK_TEXT.lyingSize;
      }
      chunks.push(value);
    }
  } catch {
    return PRECHECK_TEXT.damagedZip;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
