import {
  $getRoot,
  $isElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { WordingKind } from '../../../shared/domain/materialWording.ts';
import { findWordingHits, type WordingMatcher } from '../../../shared/rules/wordingMatch.ts';

/** The keys of the text blocks under `node` (paragraphs, headings, list items…), in order. */
export function $textBlockKeys(node: LexicalNode, into: NodeKey[] = []): NodeKey[] {
  if (!$isElementNode(node)) return into;
  const children = node.getChildren();
  if (children.some((child) => !$isElementNode(child) || child.isInline()))
    into.push(node.getKey());
  for (const child of children)
    if ($isElementNode(child) && !child.isInline()) $textBlockKeys(child, into);
  return into;
}

/** Ranges of the listed words inside one block's DOM, by kind. */
export function rangesIn(element: HTMLElement, matcher: WordingMatcher): [WordingKind, Range][] {
  const texts: Text[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const starts: number[] = [];
  let content = '';
  for (const text of texts) {
    starts.push(content.length);
    content += text.data;
  }
  const locate = (offset: number): [Text, number] => {
    let index = starts.length - 1;
    while (index > 0 && (starts[index] ?? 0) > offset) index -= 1;
    return [texts[index] as Text, offset - (starts[index] ?? 0)];
  };
  return findWordingHits(content, matcher).map((hit) => {
    const range = element.ownerDocument.createRange();
    range.setStart(...locate(hit.start));
    range.setEnd(...locate(hit.end - 1));
    range.setEnd(range.endContainer, range.endOffset + 1);
    return [hit.kind, range];
  });
}

/** The band of the window where `element` can show: the window, clipped by its scrolling ancestors. */
function visibleBand(element: HTMLElement): { readonly top: number; readonly bottom: number } {
  let top = 0;
  let bottom = window.innerHeight;
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    if (getComputedStyle(ancestor).overflowY === 'visible') continue;
    const box = ancestor.getBoundingClientRect();
    top = Math.max(top, box.top);
    bottom = Math.min(bottom, box.bottom);
  }
  return { top, bottom };
}

/**
 * The keys of the root's children that show, and those within `margin` of the visible band's
 * height above and below it, found by binary search over their boxes (top-level blocks are stacked
 * in document order). None while the editor is not displayed.
 */
export function $rootChildKeysInView(editor: LexicalEditor, margin = 0.5): NodeKey[] {
  const rootElement = editor.getRootElement();
  if (!rootElement || rootElement.getClientRects().length === 0) return [];
  const band = visibleBand(rootElement);
  const extra = Math.max(0, band.bottom - band.top) * margin;
  const [top, bottom] = [band.top - extra, band.bottom + extra];
  const blocks = $getRoot().getChildren();
  const boxOf = (index: number) =>
    editor.getElementByKey(blocks[index]?.getKey() ?? '')?.getBoundingClientRect();
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const box = boxOf(middle);
    if (box && box.bottom < top) low = middle + 1;
    else high = middle;
  }
  const keys: NodeKey[] = [];
  for (let index = low; index < blocks.length; index++) {
    const box = boxOf(index);
    if (box && box.top > bottom) break;
    keys.push(blocks[index]?.getKey() ?? '');
  }
  return keys;
}
