import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, type LexicalNode, type NodeKey } from 'lexical';
import { useEffect } from 'react';
import type { WordingKind } from '../../../../shared/domain/materialWording.ts';
import { findWordingHits, type WordingMatcher } from '../../../../shared/rules/wordingMatch.ts';

const kinds: readonly WordingKind[] = ['forbidden', 'sensitive', 'preferred'];
const highlightName = (kind: WordingKind) => `wording-${kind}`;

/** Text blocks: the elements whose DOM holds a run of text (paragraphs, headings, list items…). */
function $textBlockKeys(node: LexicalNode, into: NodeKey[]): NodeKey[] {
  if (!$isElementNode(node)) return into;
  const children = node.getChildren();
  if (children.some((child) => !$isElementNode(child) || child.isInline()))
    into.push(node.getKey());
  for (const child of children)
    if ($isElementNode(child) && !child.isInline()) $textBlockKeys(child, into);
  return into;
}

/** Ranges of the listed words inside one block's DOM, by kind. */
function rangesIn(element: HTMLElement, matcher: WordingMatcher): [WordingKind, Range][] {
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

/**
 * Marks the listed words in the text as it is typed, with the CSS Custom Highlight API: ranges over
 * the rendered text, so neither the document, the undo history nor an input method's composition
 * is touched. Recomputed shortly after typing pauses, never during a composition.
 */
export function WordingHighlightPlugin({ matcher }: { readonly matcher: WordingMatcher }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (typeof Highlight === 'undefined' || !('highlights' in CSS)) return undefined;
    const byBlock = new Map<NodeKey, [WordingKind, Range][]>();
    let dirty: Set<NodeKey> | 'all' = 'all';
    let timer: number | undefined;
    const paint = () => {
      if (editor.isComposing()) {
        timer = window.setTimeout(paint, 300);
        return;
      }
      const keys = editor.getEditorState().read(() => $textBlockKeys($getRoot(), []));
      const live = new Set(keys);
      for (const key of byBlock.keys()) if (!live.has(key)) byBlock.delete(key);
      for (const key of keys) {
        if (dirty !== 'all' && !dirty.has(key) && byBlock.has(key)) continue;
        const element = editor.getElementByKey(key);
        byBlock.set(key, element ? rangesIn(element, matcher) : []);
      }
      dirty = new Set();
      for (const kind of kinds) {
        const ranges = [...byBlock.values()]
          .flat()
          .filter(([k]) => k === kind)
          .map(([, r]) => r);
        CSS.highlights.set(highlightName(kind), new Highlight(...ranges));
      }
    };
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(paint, 250);
    };
    const unregister = editor.registerUpdateListener(({ dirtyElements, tags }) => {
      if (dirtyElements.size === 0) return;
      if (tags.has('historic') || dirty === 'all') dirty = 'all';
      else for (const key of dirtyElements.keys()) dirty.add(key);
      schedule();
    });
    schedule();
    return () => {
      unregister();
      window.clearTimeout(timer);
      for (const kind of kinds) CSS.highlights.delete(highlightName(kind));
    };
  }, [editor, matcher]);
  return null;
}
