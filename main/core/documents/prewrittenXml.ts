import type { IContext, IXmlableObject } from 'docx';

const markerName = 'workbench:prewritten';
const markerPattern = /<workbench:prewritten n="(\d+)"\/>/g;

/** The XML written by the app for each file being packed, by marker number. */
const writtenByFile = new WeakMap<object, string[]>();

/**
 * Keeps `xml`, written by the app, for the file docx is packing, and gives the marker element docx
 * writes in its place; withPrewrittenXml puts it back after packing. docx writes an element of
 * objects it builds and walks one by one, which for the thousands of alike paragraphs of a
 * 文字实录 was most of the export's time.
 */
export function prewrittenMarker(context: IContext, xml: string): IXmlableObject {
  let written = writtenByFile.get(context.file);
  if (written === undefined) {
    written = [];
    writtenByFile.set(context.file, written);
  }
  written.push(xml);
  return { [markerName]: { _attr: { n: written.length - 1 } } };
}

/** A packed part's XML with the app's XML in place of each marker; unchanged when it has none. */
export function withPrewrittenXml(file: object, partXml: string): string {
  const written = writtenByFile.get(file);
  if (written === undefined || !partXml.includes(`<${markerName} `)) return partXml;
  return partXml.replace(markerPattern, (_marker, number: string) => {
    const xml = written[Number(number)];
    if (xml === undefined) throw new Error(`No prewritten XML number ${number}`);
    return xml;
  });
}
