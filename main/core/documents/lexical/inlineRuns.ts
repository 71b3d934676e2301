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
