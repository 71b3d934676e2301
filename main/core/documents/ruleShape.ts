import {
  HorizontalPositionRelativeFrom,
  TextWrappingType,
  VerticalPositionRelativeFrom,
} from 'docx';
import { ShapeRun } from 'docx/shapes';

const emuPerTwip = 635;
const emuPerPixel = 9525;

/** Twips to the pixels (1/96 inch) shape sizes are given in. */
export const twipsToPixels = (twips: number): number => (twips * emuPerTwip) / emuPerPixel;

/** Twips to the EMUs of floating offsets. */
export const twipsToEmus = (twips: number): number => Math.round(twips * emuPerTwip);

/** A straight horizontal line, in twips from the page's left edge and its top (or its paragraph's). */
export interface Rule {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly thickness: number;
  readonly colour: string;
}

/**
 * A rule drawn as a filled rectangle floating over the text, so that its edges are where the
 * standard puts them: a drawn line straddles its path, and LibreOffice draws a double (compound)
 * line as a single one. Its position is relative to the page, or to the top of the paragraph that
 * holds it.
 */
export function ruleShape(rule: Rule, from: 'page' | 'paragraph' = 'page'): ShapeRun {
  return new ShapeRun({
    type: 'rectangle',
    transformation: {
      width: twipsToPixels(rule.width),
      height: twipsToPixels(rule.thickness),
    },
    fill: rule.colour,
    line: 'none',
    floating: {
      horizontalPosition: {
        relative: HorizontalPositionRelativeFrom.PAGE,
        offset: twipsToEmus(rule.left),
      },
      verticalPosition: {
        relative:
          from === 'page'
            ? VerticalPositionRelativeFrom.PAGE
            : VerticalPositionRelativeFrom.PARAGRAPH,
        offset: twipsToEmus(rule.top),
      },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
    },
  });
}
