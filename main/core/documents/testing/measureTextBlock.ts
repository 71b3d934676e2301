import type { TextLine } from './textLines.ts';

const millimetresPerPoint = 25.4 / 72;

/**
 * poppler boxes a word from 0.95 em above its baseline to 0.35 em below: its defaults, used because
 * LibreOffice writes Ascent 0 and Descent 0 into the font descriptors of the CJK fonts it embeds.
 */
export const popplerWordBox = { ascent: 0.95, descent: 0.35 } as const;

/** Noto Serif CJK's line (hhea ascender 1151, descender -286 per 1000 units), which 仿宋 maps to. */
export const notoSerifCjkLine = { ascender: 1.151, descender: 0.286 } as const;

export interface MeasuredTextBlock {
  /** Mean distance between consecutive lines. */
  readonly linePitch: number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * Where the text block lies, from the body lines of one full page (all millimetres).
 *
 * A line set on the grid is a cell of one line pitch; the glyphs never reach its top edge, so the
 * margin is not where the ink starts. LibreOffice centres the font's line (ascender + descender) in
 * the cell, so the baseline sits (pitch - line)/2 + ascender below the cell's top, and poppler's box
 * starts `popplerWordBox.ascent` above the baseline. Hence cell top = box top + ascent - that offset.
 * The first line's cell top is the top margin; the last line's cell bottom the text block's foot.
 * The left edge needs no model: an ideograph's box starts where its cell does.
 */
export function measureTextBlock(
  bodyLines: readonly TextLine[],
  fontSizePoints: number,
): MeasuredTextBlock {
  const first = bodyLines[0];
  const last = bodyLines.at(-1);
  if (!first || !last || bodyLines.length < 2) throw new Error('Need two body lines or more');
  const em = fontSizePoints * millimetresPerPoint;
  const linePitch = (last.top - first.top) / (bodyLines.length - 1);
  const fontLine = (notoSerifCjkLine.ascender + notoSerifCjkLine.descender) * em;
  const baselineInCell = (linePitch - fontLine) / 2 + notoSerifCjkLine.ascender * em;
  const cellTop = (line: TextLine): number =>
    line.top + popplerWordBox.ascent * em - baselineInCell;
  return {
    linePitch,
    top: cellTop(first),
    bottom: cellTop(last) + linePitch,
    left: Math.min(...bodyLines.map((line) => line.left)),
  };
}
