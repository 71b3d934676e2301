import { diffArrays } from 'diff';

export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words as Chinese readers see them (Intl.Segmenter's dictionary), punctuation and spaces included. */
export const wordsOf = (text: string): string[] =>
  Array.from(segmenter.segment(text), (segment) => segment.segment);

/** Appends a part, merging it into the previous one of the same kind. */
function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (text === '') return;
  const last = parts.at(-1);
  if (last?.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text };
  else parts.push({ kind, text });
}

/** Beyond this many differing words in one changed stretch, the stretch is shown as replaced whole. */
const maxEditLength = 4000;

function diffWords(before: string, after: string, parts: DiffPart[]): void {
  const changes = diffArrays(wordsOf(before), wordsOf(after), { maxEditLength });
  if (!changes) {
    push(parts, 'removed', before);
    push(parts, 'added', after);
    return;
  }
  for (const change of changes) {
    push(
      parts,
      change.added ? 'added' : change.removed ? 'removed' : 'same',
      change.value.join(''),
    );
  }
}

/**
 * The word-level difference between two texts of one block a line. Lines are matched first, so a
 * long document with a few edits costs little; each run of changed lines is then compared word by
 * word, and a removed part always precedes the added part that replaces it.
 */
export function diffChineseText(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const lineChanges = diffArrays(before.split('\n'), after.split('\n'));
  let removed: string[] = [];
  const flushRemoved = () => {
    if (removed.length > 0) push(parts, 'removed', `${removed.join('\n')}\n`);
    removed = [];
  };
  for (const change of lineChanges) {
    const lines = change.value;
    if (change.removed) {
      removed.push(...lines);
    } else if (change.added) {
      if (removed.length > 0) {
        diffWords(removed.join('\n'), lines.join('\n'), parts);
        push(parts, 'same', '\n');
        removed = [];
      } else push(parts, 'added', `${lines.join('\n')}\n`);
    } else {
      flushRemoved();
      push(parts, 'same', `${lines.join('\n')}\n`);
    }
  }
  flushRemoved();
  return trimFinalNewline(parts);
}

/** Every line above ends with \n for joining; the last one of the whole text does not. */
function trimFinalNewline(parts: DiffPart[]): DiffPart[] {
  const last = parts.at(-1);
  if (!last?.text.endsWith('\n')) return parts;
  const text = last.text.slice(0, -1);
  return text === '' ? parts.slice(0, -1) : [...parts.slice(0, -1), { kind: last.kind, text }];
}
