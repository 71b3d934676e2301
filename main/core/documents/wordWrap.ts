import { wordPieces } from '../../../shared/documents/wordPieces.ts';
import { textWidthInEms } from './blocks/tableMetrics.ts';

/**
 * Lines filled piece by piece up to `target` ems; a piece wider than that stands on a line of its
 * own, and only one wider than `limit` (the cell) is cut by characters.
 */
function fill(pieces: readonly string[], target: number, limit: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line !== '' && textWidthInEms(line + piece) > target) {
      lines.push(line);
      line = '';
    }
    if (textWidthInEms(piece) <= limit) {
      line += piece;
      continue;
    }
    for (const character of piece) {
      if (line !== '' && textWidthInEms(line + character) > limit) {
        lines.push(line);
        line = '';
      }
      line += character;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Lines shorter than this many ems are stubs: a character or two alone at the end. */
const stubEms = 2.5;

/**
 * `text` broken into lines no wider than `lineEms`, between words and never inside a date or a
 * number, in as few lines as that takes. 'even' makes the lines about equally long (titles, names);
 * 'fill' fills each line (prose) unless that leaves a stub alone on the last. Each paragraph ('\n')
 * is broken by itself.
 */
export function wrapAtWords(
  text: string,
  lineEms: number,
  lines: 'even' | 'fill' = 'even',
): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const pieces = wordPieces(paragraph);
    const greedy = fill(pieces, lineEms, lineEms);
    if (greedy.length < 2) return greedy;
    if (lines === 'fill' && textWidthInEms(greedy.at(-1) ?? '') >= stubEms) return greedy;
    const even = textWidthInEms(paragraph) / greedy.length;
    // The narrowest width that still takes no more lines: even lines where the words allow.
    for (let width = Math.max(even, 1); width < lineEms; width += 0.5) {
      const balanced = fill(pieces, width, lineEms);
      if (balanced.length === greedy.length) return balanced;
    }
    return greedy;
  });
}
