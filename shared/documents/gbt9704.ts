/**
 * The numbers of GB/T 9704-2012 (党政机关公文格式) that every Word file of the app is laid out by.
 * Pure data and arithmetic: the builder in main/core/documents turns them into docx settings.
 */

export const twipsPerMillimetre = 1440 / 25.4;

/** Millimetres to twips, rounded to the nearest twip (docx's own helper rounds down). */
export const millimetresToTwips = (millimetres: number): number =>
  Math.round(millimetres * twipsPerMillimetre);

export const gbt9704 = {
  /** A4 in twips, as Word writes it (210 x 297 mm). */
  page: { widthTwips: 11906, heightTwips: 16838, widthMillimetres: 210, heightMillimetres: 297 },
  /** 天头 37 mm, 订口 28 mm; the text block (版心) of 156 x 225 mm leaves 26 mm right, 35 mm bottom. */
  marginsMillimetres: { top: 37, left: 28, right: 26, bottom: 35 },
  textBlockMillimetres: { width: 156, height: 225 },
  fontSizePoints: { title: 22, body: 16, pageNumber: 14 },
  linesPerPage: 22,
  charactersPerLine: 28,
  /** The page number line (一字线) starts this far below the text block's lower edge. */
  pageNumberBelowTextBlockMillimetres: 7,
  fonts: {
    /** 2号小标宋 */
    title: '方正小标宋简体',
    /** 3号仿宋; also for the body's digits and Latin letters (see main/core/documents/fonts.ts). */
    body: '仿宋_GB2312',
    /** 一、 headings */
    heading1: '黑体',
    /** (一) headings */
    heading2: '楷体_GB2312',
    /** 4号半角宋体 page numbers, digits included */
    pageNumber: '宋体',
  },
  /** Body text is indented by two characters on its first line. */
  firstLineIndentCharacters: 2,
} as const;

const margins = gbt9704.marginsMillimetres;
const topTwips = millimetresToTwips(margins.top);
const bottomTwips = millimetresToTwips(margins.bottom);
const leftTwips = millimetresToTwips(margins.left);
const rightTwips = millimetresToTwips(margins.right);
const textBlockWidthTwips = gbt9704.page.widthTwips - leftTwips - rightTwips;
const textBlockHeightTwips = gbt9704.page.heightTwips - topTwips - bottomTwips;

const bodySizeTwips = gbt9704.fontSizePoints.body * 20;
/**
 * 28 characters of 16 pt are 448 pt, wider than the 156 mm (442.25 pt) line: body characters are
 * set this much narrower (w:w, whole percent) so that 28 fit. Not letter spacing: LibreOffice drops
 * a comma hanging at the end of a justified line whose letters are condensed.
 */
const bodyCharacterScalePercent = Math.floor(
  (100 * textBlockWidthTwips) / gbt9704.charactersPerLine / bodySizeTwips,
);

/** The same layout in twips, the unit of Word files. */
export const gbt9704Twips = {
  margins: { top: topTwips, bottom: bottomTwips, left: leftTwips, right: rightTwips },
  textBlock: { width: textBlockWidthTwips, height: textBlockHeightTwips },
  /** Rounded down, so that 22 lines of exactly this height fit the text block. */
  linePitch: Math.floor(textBlockHeightTwips / gbt9704.linesPerPage),
  bodyCharacterScalePercent,
  /** The advance of one narrowed body character: the unit of indents ("空二字"). */
  characterPitch: (bodySizeTwips * bodyCharacterScalePercent) / 100,
  pageNumberGap: millimetresToTwips(gbt9704.pageNumberBelowTextBlockMillimetres),
} as const;

/** Font sizes in half-points, the unit of `w:sz`. */
export const halfPoints = (points: number): number => points * 2;

/**
 * The page number as the standard prints it: an em dash (U+2014, the 一字线 of GB 2312) on each side
 * of the Arabic numeral, separated from it by one half-width space (U+0020): "— 1 —".
 */
export const pageNumberAffixes = { before: '\u2014 ', after: ' \u2014' } as const;

export const pageNumberText = (pageNumber: number): string =>
  `${pageNumberAffixes.before}${pageNumber}${pageNumberAffixes.after}`;

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const shanghaiDate = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The calendar date of an instant in China (UTC+8, no daylight saving). */
export function calendarDateInShanghai(instant: Date): CalendarDate {
  const parts = shanghaiDate.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** "2013年12月25日": Arabic numerals without leading zeros (成文日期). */
export function formatChineseDate(date: Date | CalendarDate): string {
  const { year, month, day } = date instanceof Date ? calendarDateInShanghai(date) : date;
  return `${year}年${month}月${day}日`;
}
