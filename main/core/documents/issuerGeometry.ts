import { gbt9704, gbt9704Twips, millimetresToTwips } from '../../../shared/documents/gbt9704.ts';

/** 发文机关标志 and the lines of the 版头 are printed in red. */
export const issuerRed = 'FF0000';

const { page, marginsMillimetres: margins, textBlockMillimetres: textBlock } = gbt9704;

/**
 * Where GB/T 9704-2012 puts the 版头 and 版记, in twips. The standard gives no thickness for the
 * red lines of the 版头: these are those of the usual templates.
 */
export const issuerGeometry = {
  /** 7.2.3: 发文机关标志 from 22 to 36 pt (the usual range), no wider than the text block. */
  markPoints: { smallest: 22, largest: 36 },
  file: {
    /** 7.2.3: the mark's top edge is 35 mm below the text block's top edge. */
    markTop: millimetresToTwips(margins.top + 35),
    /** 7.2.4 and 7.3.1: 发文字号 two lines below the mark, the title two lines below the line. */
    linesBetween: 2,
    /** 7.2.6: the red line 4 mm below the 发文字号, as wide as the text block. */
    ruleGap: millimetresToTwips(4),
    ruleThickness: millimetresToTwips(0.75),
  },
  letter: {
    /** 10.1: the mark's top edge 30 mm below the top of the page. */
    markTop: millimetresToTwips(30),
    /** 10.1: the first double line 4 mm below the mark, the second one 20 mm above the page's foot. */
    upperGap: millimetresToTwips(4),
    lowerBottom: millimetresToTwips(page.heightMillimetres - 20),
    /** 170 mm, centred on the text block. */
    ruleLeft: millimetresToTwips(margins.left + textBlock.width / 2 - 85),
    ruleWidth: millimetresToTwips(170),
    thick: millimetresToTwips(0.75),
    gap: millimetresToTwips(0.4),
    thin: millimetresToTwips(0.25),
    /** 10.1: the 发文字号 starts 7/8 of a 3号 character's height below the first double line. */
    numberGap: Math.round((gbt9704.fontSizePoints.body * 20 * 7) / 8),
  },
  recordNote: {
    /** 7.4: 抄送, 印发机关 and 印发日期 in 4号仿宋, one character in from each side. */
    textPoints: 14,
    /** 7.4.1: the first and last lines thick (0.35 mm), those between thin (0.25 mm). */
    thick: millimetresToTwips(0.35),
    thin: millimetresToTwips(0.25),
  },
  /** The text block's left edge and its foot, from the page's left and top edges. */
  textBlockLeft: gbt9704Twips.margins.left,
  textBlockBottom: gbt9704Twips.margins.top + gbt9704Twips.textBlock.height,
} as const;
