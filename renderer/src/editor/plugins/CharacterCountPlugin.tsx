import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type NodeKey } from 'lexical';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { characterCount } from '../../../../shared/lexical/materialBlocks.ts';
import { whenIdleAfter } from '../whenIdleAfter.ts';

/** How long typing pauses before 字数 is counted again. */
const recountDelayMs = 200;

/**
 * 字数 (every character but white space), counted in idle time shortly after typing pauses;
 * blocks that did not change keep their count, so a long document costs little. The count is
 * written straight into the element: a React commit while the caret is in the editor walks the
 * editor's text to read the selection (see SaveStatusLine).
 */
export function CharacterCountPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const element = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const counts = new Map<NodeKey, number>();
    let cancel = () => {};
    const recount = () => {
      const total = editor.getEditorState().read(() => {
        let sum = 0;
        for (const node of $getRoot().getChildren()) {
          const key = node.getKey();
          let value = counts.get(key);
          if (value === undefined) {
            value = characterCount(node.getTextContent());
            counts.set(key, value);
          }
          sum += value;
        }
        return sum;
      });
      if (element.current)
        element.current.textContent = t('materials.editor.characters', { count: total });
    };
    const unregister = editor.registerUpdateListener(({ dirtyElements, tags }) => {
      if (dirtyElements.size === 0) return;
      if (tags.has('historic')) counts.clear();
      for (const key of dirtyElements.keys()) counts.delete(key);
      cancel();
      cancel = whenIdleAfter(recountDelayMs, recount);
    });
    recount();
    return () => {
      unregister();
      cancel();
    };
  }, [editor, t]);
  // No children from React: the count is written by the effect above.
  return <span ref={element} className="mat-count" aria-live="off" />;
}
