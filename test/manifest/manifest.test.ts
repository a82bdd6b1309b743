import fs from 'fs';
import path from 'path';
import { validateXML } from 'xmllint-wasm';
import { findSchemaDir, loadSchemas, repairSchema } from './office-schemas';
import { child, findAll, parseXml, type XmlElement } from './xml-tree';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const BASE_URL = 'https://localhost:3000/';

const manifest = parseXml(MANIFEST);

function resources(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): Map<string, XmlElement> {
  const group = findAll(manifest, kind)[0];
  return new Map(group.children.map((e) => [e.attrs.id, e]));
}

function stringFor(resid: string): { zh: string; en: string | undefined } {
  const s = resources('ShortStrings').get(resid) ?? resources('LongStrings').get(resid);
  if (!s) throw new Error(`no string resource ${resid}`);
  const en = s.children.find((o) => o.name === 'Override' && o.attrs.Locale === 'en-US');
  return { zh: s.attrs.DefaultValue, en: en?.attrs.Value };
}

function urlFor(resid: string): string {
  const u = resources('Urls').get(resid) ?? resources('Images').get(resid);
  if (!u) throw new Error(`no url resource ${resid}`);
  return u.attrs.DefaultValue;
}

/** The XSD check needs the official schemas; see office-schemas.ts for where they are looked for. */
const schemaDir = findSchemaDir(ROOT);
const requireSchemas = process.env.REQUIRE_MANIFEST_XSD === '1';

describe('manifest.xml against the official XSDs', () => {
  if (!schemaDir) {
    const where = '$OFFICE_MANIFEST_XSD_DIR or ../shared/schemas/office-addin-manifest';
    if (requireSchemas) {
      it('finds the official manifest XSDs', () => {
        throw new Error(`REQUIRE_MANIFEST_XSD=1 but there is no OfficeAppManifestV1_1.xsd in ${where}`);
      });
    } else {
      it.skip(`is valid (skipped: no official XSDs in ${where})`, () => undefined);
    }
    return;
  }

  const schemas = loadSchemas(schemaDir);
  const validate = (xml: string) =>
    validateXML({ xml: [{ fileName: 'manifest.xml', contents: xml }], schema: [schemas.root], preload: schemas.preload });

  it('is valid', async () => {
    const result = await validate(MANIFEST);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('would catch an element out of the schema’s order or misspelt', async () => {
    const swapped = MANIFEST.replace(
      /(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/,
      '$3$2$1',
    );
    expect(swapped).not.toBe(MANIFEST);
    expect((await validate(swapped)).valid).toBe(false);
    const misspelt = MANIFEST.replace('<FunctionName>validate</FunctionName>', '<FunctionNam>validate</FunctionNam>');
    expect((await validate(misspelt)).valid).toBe(false);
  });
});

describe('repairSchema', () => {
  it('fixes only the known defects of the published schemas', () => {
    const text = '\uFEFF<xs:schema xmlns:xs="https://www.w3.org/2001/XMLSchema"><xs:pattern value="([0-9]{1,5})(\\.[0-9]{1,5}){0,3}?"/><x a="{1,2}?"/></xs:schema>';
    expect(repairSchema(text)).toBe(
      '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:pattern value="([0-9]{1,5})(\\.[0-9]{1,5}){0,3}"/><x a="{1,2}?"/></xs:schema>',
    );
  });
});

describe('manifest.xml contents', () => {
  it('is an Excel task pane add-in with a fixed id, ExcelApi 1.1 and the local pages', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(child(manifest, 'Id').text).toBe('5b0f8d3e-7c2a-4e61-9a4f-2d6c1e8b7a90');
    expect(child(manifest, 'DefaultLocale').text).toBe('zh-CN');
    expect(findAll(child(manifest, 'Hosts'), 'Host').map((h) => h.attrs.Name)).toEqual(['Workbook']);
    const sets = findAll(child(manifest, 'Requirements'), 'Set');
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['ExcelApi', '1.1']]);
    expect(child(child(manifest, 'DefaultSettings'), 'SourceLocation').attrs.DefaultValue).toBe(`${BASE_URL}taskpane.html`);
    expect(child(manifest, 'Permissions').text).toBe('ReadWriteDocument');
    expect(urlFor(findAll(manifest, 'FunctionFile')[0].attrs.resid)).toBe(`${BASE_URL}commands.html`);
  });

  it('has a 预算公开 tab with 校验, 生成说明 and 打开助手', () => {
    const tab = findAll(manifest, 'CustomTab')[0];
    expect(stringFor(child(tab, 'Label').attrs.resid).zh).toBe('预算公开');
    const buttons = findAll(tab, 'Control').map((c) => {
      const action = child(c, 'Action');
      return {
        id: c.attrs.id,
        type: c.attrs['xsi:type'],
        label: stringFor(child(c, 'Label').attrs.resid).zh,
        action: action.attrs['xsi:type'],
        target:
          action.attrs['xsi:type'] === 'ExecuteFunction'
            ? child(action, 'FunctionName').text
            : urlFor(child(action, 'SourceLocation').attrs.resid),
      };
    });
    expect(buttons).toEqual([
      { id: 'YusuanGongkai.Validate', type: 'Button', label: '校验', action: 'ExecuteFunction', target: 'validate' },
      { id: 'YusuanGongkai.GenerateNarrative', type: 'Button', label: '生成说明', action: 'ExecuteFunction', target: 'generateNarrative' },
      { id: 'YusuanGongkai.OpenPane', type: 'Button', label: '打开助手', action: 'ShowTaskpane', target: `${BASE_URL}taskpane.html` },
    ]);
  });

  it('gives every button a Chinese tooltip and an English override', () => {
    for (const c of findAll(manifest, 'Control')) {
      const tip = stringFor(child(child(c, 'Supertip'), 'Description').attrs.resid);
      expect(tip.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(tip.en).toMatch(/^[A-Z][a-z]/);
      const label = stringFor(child(c, 'Label').attrs.resid);
      expect(label.en).toMatch(/^[A-Za-z ]+$/);
    }
  });

  it('resolves every resource id it uses, and uses every one it defines', () => {
    const res = findAll(manifest, 'Resources')[0];
    const defined = new Set(['String', 'Url', 'Image'].flatMap((kind) => findAll(res, kind)).map((e) => e.attrs.id));
    const used = new Set<string>();
    const walk = (e: XmlElement) => {
      if (e.attrs.resid) used.add(e.attrs.resid);
      e.children.forEach(walk);
    };
    walk(manifest);
    expect([...used].filter((id) => !defined.has(id))).toEqual([]);
    expect([...defined].filter((id) => !used.has(id))).toEqual([]);
  });

  it('points every URL at the local server and every icon at a PNG of its size in assets/', () => {
    const urls = MANIFEST.match(/https?:\/\/[^"<\s]+/g)!.filter((u) => !u.includes('schemas.microsoft.com') && !u.includes('www.w3.org'));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(BASE_URL) || u === BASE_URL.replace(/\/$/, '')).toBe(true);

    const images = findAll(manifest, 'Image').filter((i) => i.attrs.size);
    expect(new Set(images.map((i) => i.attrs.size))).toEqual(new Set(['16', '32', '80']));
    for (const img of images) {
      const url = urlFor(img.attrs.resid);
      const file = path.join(ROOT, url.slice(BASE_URL.length));
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(img.attrs.size), Number(img.attrs.size)]);
    }
    for (const el of ['IconUrl', 'HighResolutionIconUrl']) {
      const url = child(manifest, el).attrs.DefaultValue;
      expect(fs.existsSync(path.join(ROOT, url.slice(BASE_URL.length)))).toBe(true);
    }
  });
});
