import {
  Paragraph,
  TextWrappingType,
  HorizontalPositionRelativeFrom,
  VerticalPositionRelativeFrom,
} from 'docx';
import type { IParagraphOptions, ParagraphChild } from 'docx';
import { ShapeRun } from 'docx/shapes';
import { gbt9704Twips } from '../../../shared/documents/gbt9704.ts';
import { exactLine } from './exactLine.ts';
import { issuerGeometry } from './issuerGeometry.ts';
import { exactLines } from './paragraphLayout.ts';
import { headStyleId } from './paragraphStyles.ts';
import { ruleShape, twipsToEmus, twipsToPixels } from './ruleShape.ts';

const pitch = gbt9704Twips.linePitch;

/** One row of text at the foot of the last page: each of its lines is one body line pitch tall. */
export interface FootRow {
  readonly children: readonly ParagraphChild[];
  readonly indent?: IParagraphOptions['indent'];
  readonly tabStops?: IParagraphOptions['tabStops'];
  readonly alignment?: IParagraphOptions['alignment'];
  /** Lines the text takes (estimated by the caller). */
  readonly lines: number;
  readonly sizePoints: number;
  /** Thickness (twips) of a black rule across the text block above the row, and below it. */
  readonly ruleAbove?: number;
  readonly ruleBelow?: number;
}

/** Moves a line up so that its characters sit in the middle of their pitch rather than low in it. */
const centring = (sizePoints: number): number =>
  exactLine.emTop(pitch, sizePoints * 20) + (sizePoints * 20) / 2 - pitch / 2;

interface PlacedRow {
  readonly row: FootRow;
  /** Top of the row's paragraph, from the foot's top. */
  readonly top: number;
}

/** Rows from the foot's top down: rules take their thickness, lines one pitch each. */
function layOut(rows: readonly FootRow[]) {
  let y = 0;
  const rules: { top: number; thickness: number }[] = [];
  const placed: PlacedRow[] = [];
  for (const row of rows) {
    if (row.ruleAbove) {
      rules.push({ top: y, thickness: row.ruleAbove });
      y += row.ruleAbove;
    }
    placed.push({ row, top: y - centring(row.sizePoints) });
    y += row.lines * pitch;
    if (row.ruleBelow) {
      rules.push({ top: y, thickness: row.ruleBelow });
      y += row.ruleBelow;
    }
  }
  return { rules, placed, height: y };
}

/** The text of the rows in a borderless text box, each paragraph spaced to its row. */
function rowsBox(placed: readonly PlacedRow[], top: number): ShapeRun {
  const first = placed[0]?.top ?? 0;
  let bottom = first;
  const paragraphs = placed.map(({ row, top: rowTop }) => {
    const paragraph = new Paragraph({
      style: headStyleId,
      spacing: { ...exactLines(pitch), before: Math.round(rowTop - bottom) },
      ...(row.alignment ? { alignment: row.alignment } : {}),
      ...(row.indent ? { indent: row.indent } : {}),
      ...(row.tabStops ? { tabStops: row.tabStops } : {}),
      children: [...row.children],
    });
    bottom = rowTop + row.lines * pitch;
    return paragraph;
  });
  return new ShapeRun({
    type: 'rectangle',
    transformation: {
      width: twipsToPixels(gbt9704Twips.textBlock.width),
      // Room below the last line, so that no application grows the box over the rules.
      height: twipsToPixels(bottom - first + pitch / 2),
    },
    fill: 'none',
    line: 'none',
    textOptions: { verticalAlignment: 'top', margins: { top: 0, right: 0, bottom: 0, left: 0 } },
    children: paragraphs,
    floating: {
      horizontalPosition: {
        relative: HorizontalPositionRelativeFrom.PAGE,
        offset: twipsToEmus(issuerGeometry.textBlockLeft),
      },
      verticalPosition: {
        relative: VerticalPositionRelativeFrom.PAGE,
        offset: twipsToEmus(top + first),
      },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
    },
  });
}

export interface PinnedFoot {
  readonly paragraph: Paragraph;
  /** Body lines the paragraph takes in the text, the foot and one empty line above it. */
  readonly reservedLines: number;
}

/**
 * Rows pinned to the foot of the text block (the 版记 of GB/T 9704 7.4: its last line on the text
 * block's lower edge), on the page where the returned paragraph falls. That paragraph is an empty
 * line as tall as the rows and one more line, and the last of the document: it only fits on a
 * page with that much room left below the text, so the rows, drawn at the bottom of that page,
 * never cover text. Kept with it, the 落款 moves with it to the next page rather than leave it
 * alone there.
 */
export function pinnedFoot(rows: readonly FootRow[]): PinnedFoot {
  const { rules, placed, height } = layOut(rows);
  const top = issuerGeometry.textBlockBottom - height;
  const highest = Math.min(0, ...placed.map((row) => row.top));
  const reservedLines = Math.ceil((height - highest) / pitch) + 1;
  const drawnRules = rules.map((rule) =>
    ruleShape({
      left: issuerGeometry.textBlockLeft,
      top: top + rule.top,
      width: gbt9704Twips.textBlock.width,
      thickness: rule.thickness,
      colour: '000000',
    }),
  );
  return {
    paragraph: new Paragraph({
      style: headStyleId,
      spacing: exactLines(reservedLines * pitch),
      children: [rowsBox(placed, top), ...drawnRules],
    }),
    reservedLines,
  };
}
