/**
 * Where a Chinese character sits in a line of exact height (twips). LibreOffice puts the baseline
 * at four fifths of an exact line, whatever the font; the fonts put the ideographs' em box 0.88 em
 * above the baseline and 0.12 em below it. Lines placed to the millimetre (the 版头, the 版记) are
 * computed from these.
 */
export const exactLine = {
  emTop: (lineHeight: number, sizeTwips: number): number => 0.8 * lineHeight - 0.88 * sizeTwips,
  emBottom: (lineHeight: number, sizeTwips: number): number => 0.8 * lineHeight + 0.12 * sizeTwips,
  /** The height that puts the em box's top on the line's top: 1.1 em. */
  flushHeight: (sizeTwips: number): number => Math.round(1.1 * sizeTwips),
} as const;
