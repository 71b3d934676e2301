import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One part of a .docx file (a zip) as text, e.g. 'word/document.xml', read with unzip. */
export async function readDocxPart(docxPath: string, partName: string): Promise<string> {
  const { stdout } = await run('unzip', ['-p', docxPath, partName], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

/** The names of the parts in a .docx file. */
export async function listDocxParts(docxPath: string): Promise<string[]> {
  const { stdout } = await run('unzip', ['-Z1', docxPath]);
  return stdout.split('\n').filter((line) => line.length > 0);
}

/**
 * The XML of the header or footer the (first) section shows on `type` pages, following its
 * reference through word/_rels/document.xml.rels; undefined when the section has none.
 */
export async function headerOrFooterPart(
  docxPath: string,
  kind: 'header' | 'footer',
  type: 'default' | 'even' | 'first',
): Promise<string | undefined> {
  const documentXml = await readDocxPart(docxPath, 'word/document.xml');
  const reference = new RegExp(`<w:${kind}Reference w:type="${type}" r:id="([^"]+)"`);
  const id = reference.exec(documentXml)?.[1];
  if (id === undefined) return undefined;
  const relationships = await readDocxPart(docxPath, 'word/_rels/document.xml.rels');
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(relationships)?.[1];
  if (target === undefined) throw new Error(`No relationship ${id} in ${docxPath}`);
  return readDocxPart(docxPath, `word/${target}`);
}
