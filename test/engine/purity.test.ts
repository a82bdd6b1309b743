import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support/workbooks';

/** The engine is host-free: the same code runs in Excel, WPS, a browser and Node. */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/from ['"](fs|node:\w+|path|os|worker_threads|child_process)['"]/, 'Node API'],
  [/from ['"](exceljs|docx|mammoth)['"]/, 'file library'],
  [/from ['"](react|react-dom|@fluentui\/[\w-]+)['"]/, 'UI'],
  [/from ['"]\.\.\/(\.\.\/)*(hosts|taskpane|commands)\//, 'host or UI code'],
  [/\b(Excel\.run|Office\.\w+|window\.Application|wps\.\w+)/, 'host API'],
  [/\b(document|window|localStorage)\./, 'DOM'],
];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

test('src/engine imports no host, file system, file library or UI', () => {
  const offenders: string[] = [];
  for (const file of files(path.join(ROOT, 'src', 'engine'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const [re, what] of FORBIDDEN) if (re.test(text)) offenders.push(`${path.relative(ROOT, file)}: ${what}`);
  }
  expect(offenders).toEqual([]);
});
