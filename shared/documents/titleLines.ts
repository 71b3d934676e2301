import { wordPieces } from './wordPieces.ts';

/** 2号 characters that fit the 156 mm text block on one line (22 pt ≈ 7.76 mm). */
export const titleCharactersPerLine = 20;

/**
 * Breaks a long title into centred lines of even length, at word boundaries (GB/T 9704 asks for
 * a sensible 回行, neither splitting a word or a date nor leaving one character alone on the last
 * line).
 */
export function balancedTitleLines(title: string, perLine = titleCharactersPerLine): string[] {
  const length = Array.from(title).length;
  if (length <= perLine) return [title];
  const lineCount = Math.ceil(length / perLine);
  const target = Math.ceil(length / lineCount);
  const words = wordPieces(title);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current + word;
    const wouldOverflow = Array.from(next).length > perLine;
    const pastTarget = Array.from(current).length >= target && lines.length < lineCount - 1;
    if (current !== '' && (wouldOverflow || pastTarget)) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current !== '') lines.push(current);
  return lines;
}
