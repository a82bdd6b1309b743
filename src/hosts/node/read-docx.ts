import * as fs from 'fs';

/**
 * The text of a .docx, one paragraph a line (mammoth's raw text puts a blank line after every
 * paragraph; an empty paragraph stays an empty line). mammoth is loaded on the first call: the
 * worker threads that check .xlsx files never read a .docx and do not pay for loading it.
 */
export async function readDocxText(source: string | Buffer): Promise<string> {
  const buffer = typeof source === 'string' ? await fs.promises.readFile(source) : source;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mammoth = require('mammoth') as typeof import('mammoth');
  const { value } = await mammoth.extractRawText({ buffer });
  return value.replace(/\r\n/g, '\n').replace(/\n\n/g, '\n');
}
