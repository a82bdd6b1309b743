import fs from 'fs';
import path from 'path';

/**
 * The official XSDs of the add-in only manifest, found at test time and never copied into this
 * repository. No package on the npm registry ships them; the published copies come from Microsoft's
 * documentation repository (OfficeDev/office-js-docs-pr, docs/overview/schemas/, deleted in 2020 in
 * favour of the [MS-OWEMXML] open specification) and are kept beside the project, in order:
 *   1. $OFFICE_MANIFEST_XSD_DIR;
 *   2. ../shared/schemas/office-addin-manifest/ (the shared folder CI checks out next to main).
 */
export const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';

export function findSchemaDir(repoRoot: string): string | undefined {
  const candidates = [
    process.env.OFFICE_MANIFEST_XSD_DIR,
    path.join(repoRoot, '..', 'shared', 'schemas', 'office-addin-manifest'),
  ].filter((d): d is string => !!d);
  return candidates.find((d) => fs.existsSync(path.join(d, ROOT_SCHEMA)));
}

/**
 * The published copies have defects that keep libxml2 (and any strict XSD processor) from compiling
 * them: the XML Schema namespace written with https (a link-rewriting accident), and a lazy
 * quantifier `{0,3}?` in the Version pattern, which XSD regular expressions do not have. Fixed in
 * memory; nothing else is changed.
 */
export function repairSchema(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/https:\/\/www\.w3\.org\/2001\/XMLSchema/g, 'http://www.w3.org/2001/XMLSchema')
    .replace(/https:\/\/www\.w3\.org\/2000\/09\/xmldsig#/g, 'http://www.w3.org/2000/09/xmldsig#')
    .replace(/(pattern value="[^"]*\{\d+,\d+\})\?(?=[^"]*")/g, '$1');
}

/** Imports for other kinds of add-in (content, mail) that the folder lacks get a schema that accepts any VersionOverrides. */
function stubSchema(namespace: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<xs:schema elementFormDefault="qualified" targetNamespace="${namespace}" xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="VersionOverrides" type="xs:anyType"/>
</xs:schema>`;
}

export interface SchemaSet {
  root: { fileName: string; contents: string };
  preload: Array<{ fileName: string; contents: string }>;
  stubbed: string[];
}

export function loadSchemas(dir: string): SchemaSet {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.xsd'))) {
    files.set(name, repairSchema(fs.readFileSync(path.join(dir, name), 'utf8')));
  }
  const stubbed: string[] = [];
  for (const text of [...files.values()]) {
    for (const m of text.matchAll(/<xs:import\s+schemaLocation="([^"]+)"\s+namespace="([^"]+)"/g)) {
      if (!files.has(m[1])) {
        files.set(m[1], stubSchema(m[2]));
        stubbed.push(m[1]);
      }
    }
  }
  const root = files.get(ROOT_SCHEMA);
  if (!root) throw new Error(`${ROOT_SCHEMA} is missing from ${dir}`);
  return {
    root: { fileName: ROOT_SCHEMA, contents: root },
    preload: [...files].filter(([n]) => n !== ROOT_SCHEMA).map(([fileName, contents]) => ({ fileName, contents })),
    stubbed,
  };
}
