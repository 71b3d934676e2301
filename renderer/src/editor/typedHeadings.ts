import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import {
  $getNodeByKey,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  HISTORIC_TAG,
  HISTORY_PUSH_TAG,
  INSERT_PARAGRAPH_COMMAND,
  mergeRegister,
  type ElementNode,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { typedHeading } from '../../../shared/documents/headingNumbering.ts';
import { headingCounter } from '../../../shared/lexical/headingNumbers.ts';

interface HeadingOffer {
  readonly key: NodeKey;
  /** The paragraph's text when Enter was pressed: it becomes a heading only as it was. */
  readonly text: string;
  readonly tag: 'h2' | 'h3';
  /** Leading spaces, the typed number and the spaces after it: the editor writes the number. */
  readonly prefixLength: number;
}

const fullWidthBrackets = (number: string): string =>
  number.replace('(', '\uFF08').replace(')', '\uFF09');

/** The number the editor would show for a heading of `tag` in place of `paragraph`. */
function $numberInPlaceOf(paragraph: ElementNode, tag: 'h2' | 'h3'): string | null {
  const count = headingCounter();
  for (const node of paragraph.getPreviousSiblings()) {
    if ($isHeadingNode(node)) count(node.getTag());
  }
  return count(tag);
}

function $caretAtEndOf(paragraph: ElementNode): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const { anchor } = selection;
  const node = anchor.getNode();
  if (anchor.type === 'element') {
    return node.is(paragraph) && anchor.offset === paragraph.getChildrenSize();
  }
  return node.is(paragraph.getLastDescendant()) && anchor.offset === node.getTextContentSize();
}

/**
 * The body paragraph Enter is ending, when it reads as a 一、 or （一） heading (short, no sentence)
 * numbered as the editor would number it there; a different number would change what the author
 * sees, and 1. and （1） have no heading of their own in the editor (the Word export finds them).
 */
function $headingOffer(): HeadingOffer | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const paragraph = selection.anchor.getNode().getTopLevelElement();
  if (!$isParagraphNode(paragraph) || !$caretAtEndOf(paragraph)) return null;
  const text = paragraph.getTextContent();
  const heading = typedHeading(text);
  if (!heading || heading.runIn || heading.level > 2) return null;
  const tag = heading.level === 1 ? 'h2' : 'h3';
  if (fullWidthBrackets(heading.number) !== $numberInPlaceOf(paragraph, tag)) return null;
  const afterNumber = text.trimStart().slice(heading.number.length);
  const prefixLength = text.length - afterNumber.trimStart().length;
  return { key: paragraph.getKey(), text, tag, prefixLength };
}

function $removeStart(element: ElementNode, length: number): void {
  let remaining = length;
  for (const node of element.getAllTextNodes()) {
    if (remaining <= 0) return;
    const size = node.getTextContentSize();
    if (size <= remaining) node.remove();
    else node.spliceText(0, remaining, '', false);
    remaining -= size;
  }
}

function $makeHeading(offer: HeadingOffer): void {
  const paragraph = $getNodeByKey(offer.key);
  if (!$isParagraphNode(paragraph) || paragraph.getTextContent() !== offer.text) return;
  $removeStart(paragraph, offer.prefixLength);
  paragraph.replace($createHeadingNode(offer.tag), true);
}

/**
 * A paragraph typed as a heading (“一、资金投入情况”, Enter) becomes that heading, as Word's
 * AutoFormat does: after the new line is in, as an undo step of its own, so Ctrl+Z turns it back
 * into the paragraph as typed and keeps the new line.
 */
export function registerTypedHeadings(editor: LexicalEditor): () => void {
  let offer: HeadingOffer | null = null;
  return mergeRegister(
    editor.registerCommand(
      INSERT_PARAGRAPH_COMMAND,
      () => {
        offer = $headingOffer();
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerUpdateListener(({ tags }) => {
      const pending = offer;
      offer = null;
      if (pending === null || tags.has(HISTORIC_TAG)) return;
      editor.update(() => $makeHeading(pending), { tag: HISTORY_PUSH_TAG });
    }),
  );
}
