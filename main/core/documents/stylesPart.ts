import { entryBytes, readZipEntries, replacedEntry, writeZip } from './zipEntries.ts';
import type { ZipEntry } from './zipEntries.ts';

const stylesPath = 'word/styles.xml';
const stylePattern = /<w:style\b[^>]*>[\s\S]*?<\/w:style>/g;
const referencePattern = /<w:(?:pStyle|rStyle|tblStyle|numStyle) w:val="([^"]+)"/g;

const attributeOf = (element: string, name: string): string | undefined =>
  new RegExp(`<w:style\\b[^>]*\\bw:${name}="([^"]*)"`).exec(element)?.[1];
const basedOnOf = (style: string): string | undefined =>
  /<w:basedOn w:val="([^"]+)"/.exec(style)?.[1];

/** The ids of the styles the parts' paragraphs, runs and tables name. */
export function referencedStyleIds(partsXml: readonly string[]): Set<string> {
  return new Set(
    partsXml.flatMap((xml) => [...xml.matchAll(referencePattern)].map((m) => m[1] ?? '')),
  );
}

/**
 * The styles part with only the styles a file uses: those its parts name, the styles these are
 * based on, the default paragraph style (Normal) and, when the file has a table, the default table
 * style. docx writes its own defaults first (blue Heading 1–6, Title, TOC 1–9…) and the builder's
 * after them: of two definitions of one id, the later one stands.
 */
export function stylesInUse(
  stylesXml: string,
  used: ReadonlySet<string>,
  hasTable: boolean,
): string {
  const byId = new Map<string, string>();
  for (const [style] of stylesXml.matchAll(stylePattern)) {
    const id = attributeOf(style, 'styleId');
    if (id !== undefined) byId.set(id, style);
  }
  const kept = new Set<string>();
  const keep = (id: string | undefined): void => {
    const style = id === undefined ? undefined : byId.get(id);
    if (id === undefined || style === undefined || kept.has(id)) return;
    kept.add(id);
    keep(basedOnOf(style));
  };
  for (const [id, style] of byId) {
    const isDefault = ['1', 'true'].includes(attributeOf(style, 'default') ?? '');
    const type = attributeOf(style, 'type');
    if (isDefault && (type === 'paragraph' || (type === 'table' && hasTable))) keep(id);
  }
  for (const id of used) keep(id);

  const opening = /^[\s\S]*?<w:styles\b[^>]*>/.exec(stylesXml)?.[0];
  if (opening === undefined) throw new Error('styles.xml has no w:styles element');
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(stylesXml)?.[0] ?? '';
  const styles = [...byId].filter(([id]) => kept.has(id)).map(([, style]) => style);
  return `${opening}${defaults}${styles.join('')}</w:styles>`;
}

const utf8 = new TextDecoder();
const isWordXml = (path: string): boolean => path.startsWith('word/') && path.endsWith('.xml');

/**
 * The packed .docx as it is saved: each XML part of word/ passed through `finishPart` (which
 * gives back the same string when it changes nothing), and the styles part keeping only the styles
 * the file uses (see stylesInUse). Only word/'s XML parts are inflated, and only the changed ones
 * deflated again; the others, and the order of all, stay as packed.
 */
export function finishedDocx(
  docx: Uint8Array,
  finishPart: (xml: string) => string = (xml) => xml,
): Buffer {
  const entries = readZipEntries(docx);
  const styles = entries.find((entry) => entry.name === stylesPath);
  const finished = new Map<ZipEntry, string>();
  const replaced = new Map<ZipEntry, ZipEntry>();
  for (const entry of entries) {
    if (entry === styles || !isWordXml(entry.name)) continue;
    const packed = utf8.decode(entryBytes(entry));
    const xml = finishPart(packed);
    finished.set(entry, xml);
    if (xml !== packed) replaced.set(entry, replacedEntry(entry, encoder.encode(xml)));
  }
  if (styles !== undefined) {
    const parts = [...finished.values()];
    const hasTable = parts.some((xml) => xml.includes('<w:tbl>'));
    const kept = stylesInUse(utf8.decode(entryBytes(styles)), referencedStyleIds(parts), hasTable);
    replaced.set(styles, replacedEntry(styles, encoder.encode(kept)));
  }
  return writeZip(entries.map((entry) => replaced.get(entry) ?? entry));
}

const encoder = new TextEncoder();
