const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * A number with what belongs to it: a date (2026年1月1日, 2026-01-01), a time (09:30), a count or
 * an amount with its unit (12所, 3.5%).
 */
const numberSpan =
  /\d+(?:[.:\-/]\d+)*(?:年(?:\d+月(?:\d+日)?)?|月\d+日|日|[%％个万亿元场次所名家条件项号]|[A-Za-z]+)?/g;
/**
 * Words of government papers the segmenter cuts (第四|季度, 全|县): kept whole like a number.
 */
const fixedTerms =
  /第[一二三四五六七八九十百]+(?:季度|次|届|批|期|号)|全(?:县|市|省|国)|新闻发布会|发布会|人民政府|办公室|管委会/g;
/** Punctuation that may not start a line, and punctuation that may not end one. */
const closing = /^[，。、；：？！）》」』”’,.;:?!)\]]+$/;
const opening = /^[（《「『“‘([]+$/;

/**
 * The text cut into pieces a line may break between: words as the segmenter finds them, a date or
 * number whole, closing punctuation with the word before it, opening punctuation with the word after.
 */
export function wordPieces(text: string): string[] {
  const starts = new Set<number>();
  for (const { index } of segmenter.segment(text)) starts.add(index);
  for (const match of [...text.matchAll(fixedTerms), ...text.matchAll(numberSpan)]) {
    const end = match.index + match[0].length;
    for (let inside = match.index + 1; inside < end; inside += 1) starts.delete(inside);
    // A date or number is a word of its own, whatever the segmenter joined to it.
    starts.add(match.index);
    starts.add(end);
  }
  const cuts = [...starts].filter((at) => at > 0 && at < text.length).sort((a, b) => a - b);
  const raw = [0, ...cuts].map((start, index) => text.slice(start, cuts[index] ?? text.length));
  const pieces: string[] = [];
  let pendingOpening = '';
  for (const piece of raw) {
    if (opening.test(piece)) pendingOpening += piece;
    else if (closing.test(piece) && pieces.length > 0 && pendingOpening === '')
      pieces[pieces.length - 1] += piece;
    else {
      pieces.push(pendingOpening + piece);
      pendingOpening = '';
    }
  }
  if (pendingOpening) pieces.push(pendingOpening);
  return pieces;
}
