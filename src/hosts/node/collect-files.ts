import * as fs from 'fs';
import * as path from 'path';

/** Files named on the command line, with folders expanded to the .xlsx files inside them (Excel's ~$ lock files skipped). */
export function collectFiles(inputs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith('~$')) out.push(full);
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(input);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) walk(input);
    else out.push(input);
  }
  return out;
}
