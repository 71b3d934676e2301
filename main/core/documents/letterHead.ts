import {
  AlignmentType,
  FrameAnchorType,
  FrameWrap,
  Header,
  HeightRule,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { gbt9704, gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { exactLine } from './exactLine.ts';
import { headerMarkParagraph } from './headerMarkHeaders.ts';
import { headSpacer } from './fileHead.ts';
import { issuerGeometry, issuerRed } from './issuerGeometry.ts';
import { markLineHeight, markParagraph, markType } from './issuerMark.ts';
import type { DocumentIssuer } from './officialDocument.ts';
import { exactLines } from './paragraphLayout.ts';
import { headStyleId } from './paragraphStyles.ts';
import { ruleShape } from './ruleShape.ts';
import { textRuns } from './textRuns.ts';

const { letter } = issuerGeometry;
const pitch = gbt9704Twips.linePitch;
const bodySize = gbt9704.fontSizePoints.body * 20;

/** Where the lines of the 信函格式 lie, in twips from the top of the page. */
export function letterRules(issuer: DocumentIssuer) {
  const upperThick = letter.markTop + markType(issuer.mark).sizePoints * 20 + letter.upperGap;
  const upperThin = upperThick + letter.thick + letter.gap;
  const lowerThick = letter.lowerBottom - letter.thick;
  const lowerThin = lowerThick - letter.gap - letter.thin;
  return {
    /** Thick over thin under the mark, thin over thick above the page's foot. */
    rules: [
      { top: upperThick, thickness: letter.thick },
      { top: upperThin, thickness: letter.thin },
      { top: lowerThin, thickness: letter.thin },
      { top: lowerThick, thickness: letter.thick },
    ],
    upperFoot: upperThin + letter.thin,
  } as const;
}

/**
 * The first page's header of the 信函格式 (GB/T 9704 10.1): the red mark 30 mm from the top of the
 * page, above the text block, in a frame; the two red double lines, 170 mm long and centred on the
 * text block, floating on the page from the header's paragraph (the draft mark's, if any).
 */
export function letterFirstPageHeader(issuer: DocumentIssuer, headerMark?: string): Header {
  const type = markType(issuer.mark);
  const mark = markParagraph(issuer.mark, {
    frame: {
      type: 'absolute',
      position: { x: issuerGeometry.textBlockLeft, y: letter.markTop },
      width: gbt9704Twips.textBlock.width,
      height: markLineHeight(type),
      rule: HeightRule.EXACT,
      anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
      wrap: FrameWrap.NONE,
    },
  });
  const rules = letterRules(issuer).rules.map(({ top, thickness }) =>
    ruleShape({
      left: letter.ruleLeft,
      top,
      width: letter.ruleWidth,
      thickness,
      colour: issuerRed,
    }),
  );
  const holder = headerMark
    ? headerMarkParagraph(headerMark, rules)
    : new Paragraph({ style: headStyleId, spacing: exactLines(20), children: rules });
  return new Header({ children: [mark, holder] });
}

/** How far the letter's first lines reach below the text block's top, down to the title (twips). */
export function letterHeadHeight(issuer: DocumentIssuer): number {
  const numberTop = letterRules(issuer).upperFoot + letter.numberGap;
  const lineTop = numberTop - exactLine.emTop(pitch, bodySize);
  return Math.max(0, lineTop - gbt9704Twips.margins.top) + 3 * pitch;
}

/**
 * The first lines of the letter's text: 7/8 of a 3号 character below the upper double line, the
 * 发文字号 flush right (its line left empty on a draft) and a 密级 flush left on the same line
 * (10.1), then two empty lines down to the title.
 */
export function letterHeadParagraphs(
  issuer: DocumentIssuer,
  confidentialityMark?: string,
): Paragraph[] {
  const numberTop = letterRules(issuer).upperFoot + letter.numberGap;
  const lineTop = numberTop - exactLine.emTop(pitch, bodySize);
  const number = textRuns([issuer.documentNumber ?? ''], 'body');
  return [
    new Paragraph({
      style: headStyleId,
      spacing: {
        ...exactLines(pitch),
        before: Math.max(0, Math.round(lineTop - gbt9704Twips.margins.top)),
      },
      ...(confidentialityMark
        ? {
            alignment: AlignmentType.LEFT,
            tabStops: [{ type: TabStopType.RIGHT, position: gbt9704Twips.textBlock.width }],
            children: [
              ...textRuns([confidentialityMark], 'headerMark'),
              new TextRun({ children: [new Tab()] }),
              ...number,
            ],
          }
        : { alignment: AlignmentType.RIGHT, children: number }),
    }),
    headSpacer(2 * pitch),
  ];
}
