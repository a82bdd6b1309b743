import * as fs from 'fs';
import mammoth from 'mammoth';

/**
 * The text of a .docx, one paragraph a line (mammoth's raw text puts a blank line after every
 * paragraph; an empty paragraph stays an empty line).
 */
export async function readDocxText(source: string | Buffer): Promise<string> {
  const buffer = typeof source === 'string' ? await fs.promises.readFile(source) : source;
  const { value } = await mammoth.extractRawText({ buffer });
  return value.replace(/\r\n/g, '\n').replace(/\n\n/g, '\n');
}
