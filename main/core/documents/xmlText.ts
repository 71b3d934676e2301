import type { IXmlableObject } from 'docx';

const escapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** A value escaped as docx escapes it: the five entities, and control characters XML forbids dropped. */
export const escapeXml = (value: string): string =>
  // eslint-disable-next-line no-control-regex
  value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (character) => escapes[character] ?? '');

const valueText = (value: unknown): string =>
  typeof value === 'string' ? escapeXml(value) : String(value);

const attributesText = (attributes: object | undefined): string =>
  attributes === undefined
    ? ''
    : Object.entries(attributes)
        .map(([key, value]) => ` ${key}="${valueText(value)}"`)
        .join('');

/**
 * The XML docx writes (unindented) for an object its components prepare, byte for byte: written by
 * the app for the parts it writes once and repeats (prewrittenParagraph.ts). An element's value is
 * its text, its attributes (`_attr`), or an array of attributes, child elements and text; an array
 * element is never self-closing, as in docx.
 */
export function xmlText(element: IXmlableObject): string {
  const name = Object.keys(element)[0];
  if (name === undefined) return '';
  const value: unknown = element[name];
  if (value === undefined) return `<${name}></${name}>`;
  if (typeof value !== 'object') return `<${name}>${valueText(value)}</${name}>`;
  if (value === null) return `<${name}/>`;
  if (!Array.isArray(value)) {
    const attributes = (value as { _attr?: object })._attr;
    return `<${name}${attributesText(attributes)}/>`;
  }
  let attributes = '';
  let content = '';
  for (const child of value as unknown[]) {
    if (typeof child === 'object' && child !== null) {
      const attributesOfChild = (child as { _attr?: object })._attr;
      if (Object.keys(child)[0] === '_attr') attributes += attributesText(attributesOfChild);
      else content += xmlText(child as IXmlableObject);
    } else if (content === '') {
      content = valueText(child);
    } else {
      // docx would drop the element before the text: not a shape the app writes.
      throw new Error(`xmlText: <${name}> mixes elements and text`);
    }
  }
  return `<${name}${attributes}>${content}</${name}>`;
}
