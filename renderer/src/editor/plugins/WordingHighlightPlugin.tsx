import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type LexicalNode, type NodeKey } from 'lexical';
import { useEffect } from 'react';
import type { WordingKind } from '../../../../shared/domain/materialWording.ts';
import type { WordingMatcher } from '../../../../shared/rules/wordingMatch.ts';
import { whenIdleAfter } from '../whenIdleAfter.ts';
import { $rootChildKey, $rootChildKeysInView, $textBlockKeys, rangesIn } from '../wordingRanges.ts';

const kinds: readonly WordingKind[] = ['forbidden', 'sensitive', 'preferred'];
const highlightName = (kind: WordingKind) => `wording-${kind}`;

/** How long typing pauses, or scrolling stops, before the marks are brought up to date. */
const afterTypingMs = 250;
const afterScrollMs = 100;
const composingRetryMs = 300;

/**
 * Marks the listed words in the text as it is typed, with the CSS Custom Highlight API: ranges over
 * the rendered text, so neither the document, the undo history nor an input method's composition
 * is touched. Brought up to date in idle time shortly after typing pauses (never during a
 * composition), and then only in the blocks the edits touched.
 *
 * Only the blocks that show, and half as much again above and below, are marked: Chromium
 * rebuilds its markers for every registered range after any change to the DOM, so each range costs
 * time in the frame of every keystroke (about 10 ms per frame for the thousand ranges of the
 * benchmark's 100,000-character briefing). Scrolling marks the blocks that come into view.
 */
export function WordingHighlightPlugin({ matcher }: { readonly matcher: WordingMatcher }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (typeof Highlight === 'undefined' || !('highlights' in CSS)) return undefined;
    if (matcher.byFirstChar.size === 0) return undefined;
    const highlights = new Map(kinds.map((kind) => [kind, new Highlight()] as const));
    for (const [kind, highlight] of highlights) CSS.highlights.set(highlightName(kind), highlight);
    /** The ranges marked in each top-level block that has any. */
    const marked = new Map<NodeKey, [WordingKind, Range][]>();
    /** The top-level blocks looked at when the marks were last brought up to date. */
    let shown = new Set<NodeKey>();
    const unmark = (key: NodeKey) => {
      for (const [kind, range] of marked.get(key) ?? []) highlights.get(kind)?.delete(range);
      marked.delete(key);
    };
    const $mark = (key: NodeKey, node: LexicalNode) => {
      unmark(key);
      const ranges = $textBlockKeys(node).flatMap((block) => {
        const element = editor.getElementByKey(block);
        return element ? rangesIn(element, matcher) : [];
      });
      if (ranges.length === 0) return;
      marked.set(key, ranges);
      for (const [kind, range] of ranges) highlights.get(kind)?.add(range);
    };

    // 'all' after an undo or redo, which replaces the state wholesale.
    let edited: Set<NodeKey> | 'all' = 'all';
    let cancel = () => {};
    const update = () => {
      if (editor.isComposing()) {
        cancel = whenIdleAfter(composingRetryMs, update);
        return;
      }
      const changed = edited;
      edited = new Set();
      editor.getEditorState().read(() => {
        const inView = new Set($rootChildKeysInView(editor));
        for (const key of [...marked.keys()]) {
          if (changed === 'all' || !inView.has(key)) unmark(key);
        }
        const changedBlocks =
          changed === 'all'
            ? null
            : new Set(
                [...changed].flatMap((key) => {
                  const node = $getNodeByKey(key);
                  return node ? [$rootChildKey(node)] : [];
                }),
              );
        for (const key of inView) {
          if (shown.has(key) && changedBlocks !== null && !changedBlocks.has(key)) continue;
          const node = $getNodeByKey(key);
          if (node) $mark(key, node);
        }
        shown = inView;
      });
    };
    const schedule = (delayMs: number) => {
      cancel();
      cancel = whenIdleAfter(delayMs, update);
    };
    const onScroll = () => schedule(afterScrollMs);
    const unregister = editor.registerUpdateListener(({ dirtyElements, tags }) => {
      if (dirtyElements.size === 0) return;
      if (tags.has('historic') || edited === 'all') edited = 'all';
      else for (const key of dirtyElements.keys()) edited.add(key);
      schedule(afterTypingMs);
    });
    // Scroll events do not bubble: listen in the capture phase for the editor's scrolling page.
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll);
    schedule(afterTypingMs);
    return () => {
      unregister();
      cancel();
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
      for (const kind of kinds) CSS.highlights.delete(highlightName(kind));
    };
  }, [editor, matcher]);
  return null;
}
