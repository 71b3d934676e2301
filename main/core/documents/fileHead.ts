import { AlignmentType, Paragraph } from 'docx';
import { gbt9704, gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { exactLine } from './exactLine.ts';
import { issuerGeometry, issuerRed } from './issuerGeometry.ts';
import { markLineHeight, markParagraph, markType } from './issuerMark.ts';
import type { DocumentIssuer } from './officialDocument.ts';
import { exactLines } from './paragraphLayout.ts';
import { headStyleId } from './paragraphStyles.ts';
import { ruleShape } from './ruleShape.ts';
import { textRuns } from './textRuns.ts';

const pitch = gbt9704Twips.linePitch;
const bodySize = gbt9704.fontSizePoints.body * 20;

/** An empty line of exactly `height` twips, off the grid: the gaps of the 版头. */
export const headSpacer = (height: number): Paragraph =>
  new Paragraph({
    style: headStyleId,
    spacing: exactLines(Math.max(1, Math.round(height))),
    children: [],
  });

/** How far the 文件格式 版头 reaches below the text block's top, title excluded (twips). */
export function fileHeadHeight(issuer: DocumentIssuer): number {
  const { file } = issuerGeometry;
  const ruleFoot = exactLine.emBottom(pitch, bodySize) + file.ruleGap + file.ruleThickness;
  const markFoot = file.markTop - gbt9704Twips.margins.top + markType(issuer.mark).sizePoints * 20;
  return markFoot + file.linesBetween * pitch + ruleFoot + file.linesBetween * pitch;
}

/**
 * 文件格式 版头 (GB/T 9704 7.2), the paragraphs before the title: the red 发文机关标志 35 mm below
 * the text block's top, the 发文字号 centred two lines below it (its line left empty on a draft),
 * the red line as wide as the text block 4 mm below the 发文字号, and two empty lines down to the
 * title. The line hangs from the 发文字号's paragraph, so that it moves with it. `above` is the
 * height (twips) of what precedes the 版头 on the page, the 密级.
 */
export function fileHeadParagraphs(issuer: DocumentIssuer, above = 0): Paragraph[] {
  const { file } = issuerGeometry;
  const type = markType(issuer.mark);
  const ruleTop = exactLine.emBottom(pitch, bodySize) + file.ruleGap;
  const rule = ruleShape(
    {
      left: issuerGeometry.textBlockLeft,
      top: ruleTop,
      width: gbt9704Twips.textBlock.width,
      thickness: file.ruleThickness,
      colour: issuerRed,
    },
    'paragraph',
  );
  return [
    markParagraph(issuer.mark, { before: file.markTop - gbt9704Twips.margins.top - above }),
    headSpacer(file.linesBetween * pitch - (markLineHeight(type) - type.sizePoints * 20)),
    new Paragraph({
      style: headStyleId,
      alignment: AlignmentType.CENTER,
      spacing: exactLines(pitch),
      children: [...textRuns([issuer.documentNumber ?? ''], 'body'), rule],
    }),
    headSpacer(file.linesBetween * pitch + ruleTop + file.ruleThickness - pitch),
  ];
}
