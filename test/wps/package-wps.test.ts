import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packageWps, PackageError } = require('../../scripts/package-wps.js') as {
  packageWps(o: { root: string; onlineUrl?: string }): { addinDir: string; outDir: string; files: string[]; warnings: string[] };
  PackageError: new (m: string) => Error;
};

const REPO = path.resolve(__dirname, '../..');
const made: string[] = [];

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A throwaway repo root with the real wps/ sources and a made-up dist/. */
function fakeRoot(dist: Record<string, string> | null, version = '0.1.0'): string {
  const root = tempDir('pkg-wps-');
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'yusuan-gongkai', version }));
  fs.cpSync(path.join(REPO, 'wps'), path.join(root, 'wps'), { recursive: true });
  if (dist) for (const [f, text] of Object.entries(dist)) {
    fs.mkdirSync(path.dirname(path.join(root, 'dist', f)), { recursive: true });
    fs.writeFileSync(path.join(root, 'dist', f), text);
  }
  return root;
}

const BUILT = {
  'taskpane.html': '<html><script src="taskpane.js"></script></html>',
  'taskpane.js': 'var pane = 1;',
  'taskpane.js.map': '{}',
  'wps-ribbon.js': 'window.onValidate = function () {};',
  'assets/logo.png': 'png',
};

describe('scripts/package-wps.js', () => {
  it('fails with a clear message when dist/ is missing', () => {
    const root = fakeRoot(null);
    expect(() => packageWps({ root })).toThrow(PackageError);
    expect(() => packageWps({ root })).toThrow(/找不到构建结果.*npm run build/);
  });

  it('fails when the build has no wps-ribbon entry, naming the webpack entry it needs', () => {
    const root = fakeRoot({ 'taskpane.html': '<html></html>', 'taskpane.js': '' });
    expect(() => packageWps({ root })).toThrow(/wps-ribbon.*src\/commands\/wps-main\.ts/);
  });

  it('builds dist-wps/<name>_<version>/ with ribbon.xml, index.html, images and the bundles, no source maps', () => {
    const root = fakeRoot(BUILT);
    const result = packageWps({ root, onlineUrl: 'http://10.1.2.3/addins/yusuan/' });
    expect(path.relative(root, result.addinDir)).toBe(path.join('dist-wps', 'yusuan_gongkai_0.1.0'));
    expect(result.files).toEqual(
      expect.arrayContaining([
        'yusuan_gongkai_0.1.0/ribbon.xml',
        'yusuan_gongkai_0.1.0/index.html',
        'yusuan_gongkai_0.1.0/taskpane.html',
        'yusuan_gongkai_0.1.0/taskpane.js',
        'yusuan_gongkai_0.1.0/wps-ribbon.js',
        'yusuan_gongkai_0.1.0/assets/logo.png',
        'yusuan_gongkai_0.1.0/images/validate.svg',
        'publish.xml',
        'jsplugins.xml',
        'install-linux.sh',
        'install-windows.cmd',
        'install-windows.ps1',
      ]),
    );
    expect(result.files.some((f) => f.endsWith('.map'))).toBe(false);
    const ribbon = fs.readFileSync(path.join(result.addinDir, 'ribbon.xml'), 'utf8');
    expect(ribbon).toBe(fs.readFileSync(path.join(REPO, 'wps/ribbon.xml'), 'utf8'));
    const index = fs.readFileSync(path.join(result.addinDir, 'index.html'), 'utf8');
    expect(index).toContain('<script type="text/javascript" src="./wps-ribbon.js"></script>');
    expect(index).toContain('<meta charset="utf-8" />');
    expect(fs.readFileSync(path.join(result.outDir, 'publish.xml'), 'utf8')).toBe(
      '<jsplugins>\n  <jsplugin name="yusuan_gongkai" type="et" url="yusuan_gongkai_0.1.0" version="0.1.0" enable="enable_dev" install="null"/>\n</jsplugins>\n',
    );
    expect(fs.readFileSync(path.join(result.outDir, 'jsplugins.xml'), 'utf8')).toContain(
      '<jspluginonline name="yusuan_gongkai" type="et" url="http://10.1.2.3/addins/yusuan/"/>',
    );
    expect(result.warnings).toEqual([]);
  });

  it('uses a built wps-ribbon.html as index.html when webpack emits one', () => {
    const root = fakeRoot({ ...BUILT, 'wps-ribbon.html': '<html><script src="wps-ribbon.js"></script></html>' });
    const { addinDir } = packageWps({ root });
    expect(fs.readFileSync(path.join(addinDir, 'index.html'), 'utf8')).toBe('<html><script src="wps-ribbon.js"></script></html>');
  });

  it('warns when there is no taskpane.html', () => {
    const root = fakeRoot({ 'wps-ribbon.js': '' });
    expect(packageWps({ root }).warnings).toEqual([expect.stringContaining('taskpane.html')]);
  });

  it('install-linux.sh copies the folder and merges publish.xml, keeping other add-ins and replacing an older entry', () => {
    const root = fakeRoot(BUILT, '0.2.0');
    const { outDir } = packageWps({ root });
    const jsaddons = tempDir('jsaddons-');
    fs.writeFileSync(
      path.join(jsaddons, 'publish.xml'),
      '<jsplugins>\n  <jspluginonline name="OaAssist" type="wps" url="http://oa/"/>\n  <jsplugin name="yusuan_gongkai" type="et" url="yusuan_gongkai_0.1.0" version="0.1.0" enable="enable_dev" install="null"/>\n</jsplugins>\n',
    );
    execFileSync('sh', [path.join(outDir, 'install-linux.sh')], { env: { ...process.env, WPS_JSADDONS: jsaddons } });
    expect(fs.existsSync(path.join(jsaddons, 'yusuan_gongkai_0.2.0', 'ribbon.xml'))).toBe(true);
    const merged = fs.readFileSync(path.join(jsaddons, 'publish.xml'), 'utf8');
    expect(merged).toContain('<jspluginonline name="OaAssist" type="wps" url="http://oa/"/>');
    expect(merged).toContain('url="yusuan_gongkai_0.2.0" version="0.2.0"');
    expect(merged).not.toContain('yusuan_gongkai_0.1.0');
    expect(merged.trim().endsWith('</jsplugins>')).toBe(true);
  });

  it('install-linux.sh keeps another add-in written on the same line as </jsplugins>', () => {
    const { outDir } = packageWps({ root: fakeRoot(BUILT) });
    const jsaddons = tempDir('jsaddons-');
    fs.writeFileSync(path.join(jsaddons, 'publish.xml'), '<jsplugins><jsplugin name="Other" type="et" url="Other_1.0.0" version="1.0.0"/></jsplugins>');
    execFileSync('sh', [path.join(outDir, 'install-linux.sh')], { env: { ...process.env, WPS_JSADDONS: jsaddons } });
    const merged = fs.readFileSync(path.join(jsaddons, 'publish.xml'), 'utf8');
    expect(merged).toContain('<jsplugin name="Other" type="et" url="Other_1.0.0" version="1.0.0"/>');
    expect(merged).toContain('name="yusuan_gongkai"');
  });

  it('install-linux.sh creates publish.xml when the folder has none', () => {
    const { outDir } = packageWps({ root: fakeRoot(BUILT) });
    const jsaddons = path.join(tempDir('home-'), 'jsaddons');
    execFileSync('sh', [path.join(outDir, 'install-linux.sh')], { env: { ...process.env, WPS_JSADDONS: jsaddons } });
    expect(fs.readFileSync(path.join(jsaddons, 'publish.xml'), 'utf8')).toBe(fs.readFileSync(path.join(outDir, 'publish.xml'), 'utf8'));
  });
});
