import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { QaItemNode } from '../nodes/QaItemNode.ts';

/**
 * Flags questions taken from a 口径库 answer that has expired (or been withdrawn): the question's
 * element gets `data-flag` with the reason, which the stylesheet shows as a badge. Decoration only.
 */
export function ExpiredAnswersPlugin({
  flags,
}: {
  /** Reason to show, by 口径库 answer id. */
  readonly flags: ReadonlyMap<string, string>;
}): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const mark = () => {
      const root = editor.getRootElement();
      root?.querySelectorAll<HTMLElement>('[data-answer-id]').forEach((element) => {
        const flag = flags.get(element.dataset['answerId'] ?? '');
        if (flag) element.dataset['flag'] = flag;
        else delete element.dataset['flag'];
      });
    };
    mark();
    return editor.registerMutationListener(QaItemNode, mark, { skipInitialization: true });
  }, [editor, flags]);
  return null;
}
