import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useEffect, type RefObject } from 'react';
import type { WordingKind } from '../../../../shared/domain/materialWording.ts';
import type { WordingMatcher } from '../../../../shared/rules/wordingMatch.ts';
import { whenIdleAfter } from '../whenIdleAfter.ts';
import { $rootChildKeysInView, $textBlockKeys, rangesIn } from '../wordingRanges.ts';

/** How long typing pauses, or scrolling stops, before the marks are drawn again. */
const afterTypingMs = 250;
const afterScrollMs = 100;
const composingRetryMs = 300;

/** The marks drawn for one top-level block, and where the block's top edge was then. */
interface DrawnBlock {
  readonly top: number;
  readonly marks: HTMLElement | null;
}

function markBox(kind: WordingKind, rect: DOMRect, origin: DOMRect): HTMLElement {
  const box = document.createElement('div');
  box.className = `mat-mark mat-mark--${kind}`;
  box.style.left = `${rect.left - origin.left}px`;
  box.style.top = `${rect.top - origin.top}px`;
  box.style.width = `${rect.width}px`;
  box.style.height = `${rect.height}px`;
  return box;
}

/**
 * Marks the listed words in the text: boxes drawn under the text, in a layer of the editor's page
 * (`layer`, scrolling with the text), so neither the document, the undo history nor an input
 * method's composition is touched. Drawn in idle time once typing pauses, for the blocks that
 * show and half as much again above and below; scrolling draws the blocks that come into view.
 *
 * Not the CSS Custom Highlight API: while any highlight is registered, Chromium rebuilds the
 * markers of every range after each change to the DOM and repaints the text they cover, in the
 * frame of every keystroke. Drawn boxes cost a keystroke nothing; those that typing has moved
 * away from their words are hidden until the next drawing: the typed block's, and the blocks
 * below it once the text changes height (or every block, when its width changes).
 */
export function WordingHighlightPlugin({
  matcher,
  layer,
}: {
  readonly matcher: WordingMatcher;
  readonly layer: RefObject<HTMLDivElement | null>;
}): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const marksLayer = layer.current;
    const content = editor.getRootElement();
    if (!marksLayer || !content || matcher.byFirstChar.size === 0) return undefined;
    let drawn = new Map<NodeKey, DrawnBlock>();
    /** The top edge of the highest block edited since the marks were drawn. */
    let editedTop = Number.POSITIVE_INFINITY;

    // Setting `hidden` again, even to true, costs a style recalculation in the keystroke's frame.
    const hide = (marks: HTMLElement | null) => {
      if (marks && !marks.hidden) marks.hidden = true;
    };
    const hideFrom = (top: number) => {
      for (const block of drawn.values()) if (block.top >= top) hide(block.marks);
    };
    const draw = () => {
      const origin = marksLayer.getBoundingClientRect();
      const blocks = new Map<NodeKey, DrawnBlock>();
      editor.getEditorState().read(() => {
        for (const key of $rootChildKeysInView(editor)) {
          const node = $getNodeByKey(key);
          const element = editor.getElementByKey(key);
          if (!node || !element) continue;
          const boxes = $textBlockKeys(node).flatMap((blockKey) => {
            const block = editor.getElementByKey(blockKey);
            return (block ? rangesIn(block, matcher) : []).flatMap(([kind, range]) =>
              [...range.getClientRects()].map((rect) => markBox(kind, rect, origin)),
            );
          });
          let marks: HTMLElement | null = null;
          if (boxes.length > 0) {
            marks = document.createElement('div');
            marks.append(...boxes);
          }
          blocks.set(key, { top: element.getBoundingClientRect().top - origin.top, marks });
        }
      });
      drawn = blocks;
      editedTop = Number.POSITIVE_INFINITY;
      marksLayer.replaceChildren(...[...blocks.values()].flatMap(({ marks }) => marks ?? []));
    };

    let cancel = () => {};
    const update = () => {
      if (editor.isComposing()) {
        cancel = whenIdleAfter(composingRetryMs, update);
        return;
      }
      draw();
    };
    const schedule = (delayMs: number) => {
      cancel();
      cancel = whenIdleAfter(delayMs, update);
    };
    const onScroll = () => schedule(afterScrollMs);

    const unregister = editor.registerUpdateListener(({ dirtyElements, tags }) => {
      if (dirtyElements.size === 0) return;
      if (tags.has('historic')) {
        editedTop = Number.NEGATIVE_INFINITY;
        hideFrom(editedTop);
      }
      // An edit marks every element above it dirty, so the top-level block it is in is among these.
      for (const key of dirtyElements.keys()) {
        const block = drawn.get(key);
        if (!block) continue;
        hide(block.marks);
        editedTop = Math.min(editedTop, block.top);
      }
      schedule(afterTypingMs);
    });
    let size: { readonly width: number; readonly height: number } | null = null;
    const resized = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      const before = size;
      size = { width, height };
      if (!before) return;
      if (before.width !== width) hideFrom(Number.NEGATIVE_INFINITY);
      else if (before.height !== height) hideFrom(editedTop);
      else return;
      schedule(afterTypingMs);
    });
    resized.observe(content);
    // Scroll events do not bubble: listen in the capture phase for the editor's scrolling page.
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll);
    schedule(afterTypingMs);
    return () => {
      unregister();
      cancel();
      resized.disconnect();
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
      marksLayer.replaceChildren();
    };
  }, [editor, matcher, layer]);
  return null;
}
