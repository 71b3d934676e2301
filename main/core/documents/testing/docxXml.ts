/** A paragraph of WordprocessingML as tests look at it: its text and the fonts its runs name. */
export interface XmlParagraph {
  readonly text: string;
  readonly style: string | undefined;
  /** w:rFonts attributes of its runs (eastAsia, ascii, hAnsi, cs), in order. */
  readonly fonts: readonly Readonly<Record<string, string>>[];
  readonly xml: string;
}

const attribute = (element: string, name: string): string | undefined =>
  new RegExp(`\\bw:${name}="([^"]*)"`).exec(element)?.[1];

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The paragraphs of a document, header or footer part, read with regular expressions. */
export function xmlParagraphs(partXml: string): XmlParagraph[] {
  return [...partXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]) => ({
    text: decode([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    style: /<w:pStyle w:val="([^"]*)"/.exec(xml)?.[1],
    fonts: [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].flatMap(([run]) => {
      const rFonts = /<w:rFonts [^>]*\/>/.exec(run)?.[0];
      if (!rFonts) return [];
      return [
        Object.fromEntries(
          ['eastAsia', 'ascii', 'hAnsi', 'cs'].flatMap((slot) => {
            const value = attribute(rFonts, slot);
            return value === undefined ? [] : [[slot, value]];
          }),
        ),
      ];
    }),
    xml,
  }));
}

/** The value of `name` on the first `element` in `xml` (e.g. w:pgMar's w:top). */
export function elementAttribute(xml: string, element: string, name: string): string | undefined {
  const found = new RegExp(`<${element}\\b[^>]*>`).exec(xml)?.[0];
  return found === undefined ? undefined : attribute(found, name);
}
