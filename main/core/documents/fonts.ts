import type { IFontAttributesProperties } from 'docx';
import { gbt9704 } from '../../../shared/documents/gbt9704.ts';

/** Where a run of text sits in the document; each role has its own font and size. */
export type TextRole =
  | 'title'
  | 'body'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'pageNumber'
  | 'headerMark';

const { fonts, fontSizePoints } = gbt9704;

export const fontByRole = {
  title: fonts.title,
  body: fonts.body,
  heading1: fonts.heading1,
  heading2: fonts.heading2,
  // 1. and (1) are set in 仿宋 like the body (GB/T 9704 7.3.3).
  heading3: fonts.body,
  heading4: fonts.body,
  pageNumber: fonts.pageNumber,
  headerMark: fonts.heading1,
} as const satisfies Record<TextRole, string>;

export const fontSizeByRole = {
  title: fontSizePoints.title,
  body: fontSizePoints.body,
  heading1: fontSizePoints.body,
  heading2: fontSizePoints.body,
  heading3: fontSizePoints.body,
  heading4: fontSizePoints.body,
  pageNumber: fontSizePoints.pageNumber,
  headerMark: fontSizePoints.body,
} as const satisfies Record<TextRole, number>;

/**
 * Every slot names the Chinese font, the Latin ones (ascii, hAnsi) included: “” and —— count as
 * Latin to LibreOffice, which ignores the eastAsia hint and would set them half-width in Times New
 * Roman; the Chinese fonts of the standard carry their own half-width digits and letters.
 */
export function fontsFor(role: TextRole): IFontAttributesProperties {
  const font = fontByRole[role];
  return { eastAsia: font, ascii: font, hAnsi: font, cs: font, hint: 'eastAsia' };
}
