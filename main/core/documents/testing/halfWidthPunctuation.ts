import { xmlParagraphs } from './docxXml.ts';

/** Chinese characters, and the full-width punctuation and spaces set among them. */
const chinese = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
const halfWidth = '(),:;?!';
const nextToChinese = new RegExp(`[${chinese}][${halfWidth}]|[${halfWidth}][${chinese}]`, 'gu');

/**
 * The places in a document part where a half-width ( ) : ; , ? or ! touches Chinese text, each
 * with some text around it: "县教育体育局:" is a typo an office notices.
 */
export function halfWidthPunctuationNextToChinese(partXml: string): string[] {
  return xmlParagraphs(partXml).flatMap(({ text }) =>
    [...text.matchAll(nextToChinese)].map(
      (match) => `…${text.slice(Math.max(0, match.index - 8), match.index + 10)}…`,
    ),
  );
}
