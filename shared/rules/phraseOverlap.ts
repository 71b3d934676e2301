import type { MatchedSpan } from '../domain/evaluation.ts';
import { normalizeSearchText } from '../search/searchText.ts';

/**
 * Characters that carry little meaning on their own (的, 了, 是…): a shared run made mostly of
 * them is not evidence that two texts say the same thing.
 */
const functionChars = new Set(
  Array.from('的了是在和与及或等也都就而并把被对将从为以之其这那有我们你他她它个一不要会能可该此'),
);

/** A text reduced to letters and digits, each with its offset in the original. */
interface Reduced {
  readonly chars: readonly string[];
  readonly at: readonly number[];
}

function reduce(text: string): Reduced {
  const chars: string[] = [];
  const at: number[] = [];
  const normalized = normalizeSearchText(text);
  let offset = 0;
  for (const char of normalized) {
    if (/[\p{L}\p{N}]/u.test(char)) {
      chars.push(char);
      at.push(offset);
    }
    offset += char.length;
  }
  return { chars, at };
}

const isContent = (char: string): boolean => !functionChars.has(char);

/** Runs of marked positions as spans of the original text. */
function spansOf(reduced: Reduced, marked: readonly boolean[], text: string): MatchedSpan[] {
  const spans: MatchedSpan[] = [];
  let index = 0;
  while (index < marked.length) {
    if (!marked[index]) {
      index += 1;
      continue;
    }
    let end = index;
    while (end + 1 < marked.length && marked[end + 1]) end += 1;
    const last = reduced.at[end] ?? 0;
    const lastLength = (text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
    spans.push({ start: reduced.at[index] ?? 0, end: last + lastLength });
    index = end + 1;
  }
  return spans;
}

function gramsOf(chars: readonly string[], size: number): Map<string, number[]> {
  const grams = new Map<string, number[]>();
  for (let index = 0; index + size <= chars.length; index += 1) {
    const gram = chars.slice(index, index + size).join('');
    const list = grams.get(gram) ?? [];
    list.push(index);
    grams.set(gram, list);
  }
  return grams;
}

export interface Overlap {
  /** Share of the first text's content characters covered by runs it shares with the second. */
  readonly coverage: number;
  readonly firstSpans: readonly MatchedSpan[];
  readonly secondSpans: readonly MatchedSpan[];
  /** The shared runs as written in the first text, in its order. */
  readonly words: readonly string[];
}

/**
 * How much of `first` reappears in `second`: shared runs of at least `size` letters or digits
 * (punctuation and spacing ignored), each kept only when it holds at least `size - 1` content
 * characters, so 我们将会 or 的一个 alone never count. Coverage is measured over `first`'s content
 * characters.
 */
export function phraseOverlap(first: string, second: string, size = 4): Overlap {
  const a = reduce(first);
  const b = reduce(second);
  const inSecond = gramsOf(b.chars, size);
  const markedA: boolean[] = a.chars.map(() => false);
  const markedB: boolean[] = b.chars.map(() => false);
  for (let index = 0; index + size <= a.chars.length; index += 1) {
    const gram = a.chars.slice(index, index + size).join('');
    const places = inSecond.get(gram);
    if (!places) continue;
    for (let k = 0; k < size; k += 1) markedA[index + k] = true;
    for (const place of places) for (let k = 0; k < size; k += 1) markedB[place + k] = true;
  }
  dropWeakRuns(a.chars, markedA, size - 1);
  dropWeakRuns(b.chars, markedB, size - 1);
  const content = a.chars.filter(isContent).length;
  const covered = a.chars.filter((char, index) => markedA[index] && isContent(char)).length;
  const firstSpans = spansOf(a, markedA, first);
  return {
    coverage: content === 0 ? 0 : covered / content,
    firstSpans,
    secondSpans: spansOf(b, markedB, second),
    words: firstSpans.map((span) => first.slice(span.start, span.end)),
  };
}

/** Unmarks runs with fewer than `least` content characters. */
function dropWeakRuns(chars: readonly string[], marked: boolean[], least: number): void {
  let index = 0;
  while (index < marked.length) {
    if (!marked[index]) {
      index += 1;
      continue;
    }
    let end = index;
    while (end + 1 < marked.length && marked[end + 1]) end += 1;
    const content = chars.slice(index, end + 1).filter(isContent).length;
    if (content < least) for (let k = index; k <= end; k += 1) marked[k] = false;
    index = end + 1;
  }
}

/** Words that frame a question rather than say what it is about. */
const questionFrame = [
  '请问',
  '想问',
  '问一下',
  '提问',
  '记者',
  '谢谢',
  '您好',
  '你好',
  '主持人',
  '发布人',
  '什么',
  '怎么',
  '怎样',
  '如何',
  '是否',
  '有没有',
  '能不能',
  '哪些',
  '多少',
  '问题',
  '情况',
  '介绍',
];

function frameless(text: string): string {
  let out = text;
  for (const word of questionFrame) out = out.split(word).join('\u0000'.repeat(word.length));
  return out;
}

export interface Similarity {
  readonly score: number;
  readonly questionSpans: readonly MatchedSpan[];
  readonly preparedSpans: readonly MatchedSpan[];
  readonly words: readonly string[];
}

/**
 * How close a reporter's question is to a prepared 口径 question: the share of the prepared
 * question's character pairs (question-framing words like 请问 and 如何 left out) that the asked
 * question also has, so a preamble (我是县融媒体中心记者…) does not dilute it. The shared pairs,
 * joined into runs, are the words shown.
 */
export function questionSimilarity(asked: string, prepared: string): Similarity {
  const a = reduce(frameless(asked));
  const p = reduce(frameless(prepared));
  const pairs = (reduced: Reduced) =>
    reduced.chars
      .slice(0, -1)
      .map((char, index) => ({ pair: char + (reduced.chars[index + 1] ?? ''), index }))
      .filter(
        ({ pair, index }) =>
          reduced.at[index + 1] === (reduced.at[index] ?? 0) + 1 &&
          Array.from(pair).some(isContent),
      );
  const askedPairs = pairs(a);
  const preparedPairs = pairs(p);
  const askedSet = new Set(askedPairs.map((item) => item.pair));
  const preparedSet = new Set(preparedPairs.map((item) => item.pair));
  const markedA = a.chars.map(() => false);
  const markedP = p.chars.map(() => false);
  for (const { pair, index } of askedPairs) {
    if (preparedSet.has(pair)) markedA[index] = markedA[index + 1] = true;
  }
  let shared = 0;
  for (const { pair, index } of preparedPairs) {
    if (!askedSet.has(pair)) continue;
    shared += 1;
    markedP[index] = markedP[index + 1] = true;
  }
  const preparedSpans = spansOf(p, markedP, prepared);
  return {
    score: preparedPairs.length === 0 ? 0 : shared / preparedPairs.length,
    questionSpans: spansOf(a, markedA, asked),
    preparedSpans,
    words: preparedSpans.map((span) => prepared.slice(span.start, span.end)),
  };
}
