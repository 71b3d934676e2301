import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { characterCount } from '../../../../shared/lexical/materialBlocks.ts';

/**
 * 字数 (every character but white space), counted shortly after typing pauses; blocks that did not
 * change keep their count, so a long document costs little.
 */
export function CharacterCountPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const counts = new Map<NodeKey, number>();
    let timer: number | undefined;
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
      setCount(total);
    };
    const unregister = editor.registerUpdateListener(({ dirtyElements, tags }) => {
      if (dirtyElements.size === 0) return;
      if (tags.has('historic')) counts.clear();
      for (const key of dirtyElements.keys()) counts.delete(key);
      window.clearTimeout(timer);
      timer = window.setTimeout(recount, 200);
    });
    recount();
    return () => {
      unregister();
      window.clearTimeout(timer);
    };
  }, [editor]);
  return (
    <span className="mat-count" aria-live="off">
      {count === null ? '' : t('materials.editor.characters', { count })}
    </span>
  );
}
