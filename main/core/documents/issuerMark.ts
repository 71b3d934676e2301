import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { IFrameOptions } from 'docx';
import { gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { widthInCharacters } from './closingParagraphs.ts';
import { exactLine } from './exactLine.ts';
import { issuerGeometry, issuerRed } from './issuerGeometry.ts';
import { exactLines } from './paragraphLayout.ts';
import { headStyleId } from './paragraphStyles.ts';
import { runPropertiesFor } from './textRuns.ts';

export interface MarkType {
  readonly sizePoints: number;
  /** Horizontal scale (w:w) of a mark too long for the text block at the smallest size. */
  readonly scalePercent: number;
}

/** The 发文机关标志 as large as the text block's width allows, from 22 to 36 pt; longer ones narrowed. */
export function markType(mark: string): MarkType {
  const { smallest, largest } = issuerGeometry.markPoints;
  const widthPoints = gbt9704Twips.textBlock.width / 20;
  const characters = Math.max(1, widthInCharacters(mark));
  const fitting = Math.floor(widthPoints / characters);
  if (fitting >= smallest) return { sizePoints: Math.min(largest, fitting), scalePercent: 100 };
  const scalePercent = Math.floor((100 * widthPoints) / (characters * smallest));
  return { sizePoints: smallest, scalePercent };
}

/** The mark's line: its em box's top is the line's top, its foot `sizePoints` below. */
export const markLineHeight = (type: MarkType): number =>
  exactLine.flushHeight(type.sizePoints * 20);

/** The mark in red 小标宋, centred on its own exact line. */
export function markParagraph(
  mark: string,
  placement: { readonly before?: number; readonly frame?: IFrameOptions } = {},
): Paragraph {
  const type = markType(mark);
  return new Paragraph({
    style: headStyleId,
    alignment: AlignmentType.CENTER,
    spacing: { ...exactLines(markLineHeight(type)), before: placement.before ?? 0 },
    ...(placement.frame ? { frame: placement.frame } : {}),
    children: [
      new TextRun({
        ...runPropertiesFor('title', type.sizePoints),
        color: issuerRed,
        ...(type.scalePercent < 100 ? { scale: type.scalePercent } : {}),
        text: mark,
      }),
    ],
  });
}
