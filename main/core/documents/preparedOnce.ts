import { BaseXmlComponent } from 'docx';
import type { IContext, IXmlableObject } from 'docx';
import { xmlText } from './xmlText.ts';

/** Freezes the prepared XML so that no writer can change what every copy shares. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * An element whose XML docx prepares once, however many times it is written. A 文字实录 has
 * thousands of runs with the same few run properties, and preparing every copy (docx rebuilds
 * each attribute object key by key) was the larger part of its export. Only for elements whose XML
 * does not depend on where they are written: no numbering, relationships or section properties.
 */
export class PreparedOnce extends BaseXmlComponent {
  readonly #element: BaseXmlComponent;
  #prepared = false;
  #xml: IXmlableObject | undefined;
  #text: string | undefined;

  /** `name` is the element's own, e.g. `w:rPr`: docx looks at it to tell runs and paragraphs apart. */
  constructor(name: string, element: BaseXmlComponent) {
    super(name);
    this.#element = element;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    if (!this.#prepared) {
      this.#xml = deepFreeze(this.#element.prepForXml(context));
      this.#prepared = true;
    }
    return this.#xml;
  }

  /** The element's XML as docx writes it, written once. */
  xmlText(context: IContext): string {
    if (this.#text === undefined) {
      const xml = this.prepForXml(context);
      this.#text = xml === undefined ? '' : xmlText(xml);
    }
    return this.#text;
  }
}

const preparedByKey = new Map<string, PreparedOnce>();

/**
 * The one PreparedOnce for `key`, built by `build` the first time: for elements that are plain
 * data (run and paragraph properties), kept for the process, as their XML never changes.
 */
export function preparedOnceBy(key: string, build: () => PreparedOnce): PreparedOnce {
  let prepared = preparedByKey.get(key);
  if (prepared === undefined) {
    prepared = build();
    preparedByKey.set(key, prepared);
  }
  return prepared;
}
