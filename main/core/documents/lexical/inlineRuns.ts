import type { SerializedNodeJson } from '../../../../shared/lexical/materialDocument.ts';
import type { InlineText } from '../officialDocument.ts';

// Lexical's text format bits that a Word file keeps; everything else is dropped on save.
const bold = 1;
const italic = 2;
const underline = 8;

/** The inline content of a paragraph-like node as runs with their emphasis. */
export function inlineRuns(node: SerializedNodeJson): InlineText[] {
  const runs: InlineText[] = [];
  for (const child of node.children ?? []) {
    if (child.type === 'text') {
      const format = typeof child['format'] === 'number' ? child['format'] : 0;
      const text = child.text ?? '';
      runs.push(
        format === 0
          ? text
          : {
              text,
              bold: (format & bold) !== 0,
              italic: (format & italic) !== 0,
              underline: (format & underline) !== 0,
            },
      );
    } else if (child.type === 'linebreak') runs.push('\n');
    else if (child.type === 'tab') runs.push('\t');
    else runs.push(...inlineRuns(child));
  }
  return runs;
}

/** All the text under a node, for nodes the mapping does not know. */
export function plainText(node: SerializedNodeJson): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.children ?? []).map(plainText).join(node.type === 'root' ? '\n' : '');
}

const textOf = (run: InlineText): string => (typeof run === 'string' ? run : run.text);
const withText = (run: InlineText, text: string): InlineText =>
  typeof run === 'string' ? text : { ...run, text };

/** Runs split at a character offset (UTF-16) of their text, each part keeping its emphasis. */
export function splitRunsAt(
  runs: readonly InlineText[],
  offset: number,
): [InlineText[], InlineText[]] {
  const before: InlineText[] = [];
  const after: InlineText[] = [];
  let position = 0;
  for (const run of runs) {
    const text = textOf(run);
    const cut = Math.min(Math.max(offset - position, 0), text.length);
    if (cut > 0) before.push(withText(run, text.slice(0, cut)));
    if (cut < text.length) after.push(withText(run, text.slice(cut)));
    position += text.length;
  }
  return [before, after];
}

/** The text of runs without what leads and trails it (spaces, the typed indent). */
export function trimmedRuns(runs: readonly InlineText[]): InlineText[] {
  const text = runs.map(textOf).join('');
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return splitRunsAt(splitRunsAt(runs, end)[0], start)[1];
}
