import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, mergeRegister } from 'lexical';
import { useEffect } from 'react';
import { DocumentSerializer, type DocumentParts } from '../materialDocumentState.ts';

/** What the editor tells whoever saves it: the content changed, or the editor lost focus. */
export interface SaveTarget {
  /** The content changed; `parts` gives the current document (cheaply, see DocumentSerializer). */
  changed(parts: () => DocumentParts, isComposing: () => boolean): void;
  blurred(): void;
}

/**
 * Reports every change of content (not of selection) to the save target; serialising is left to
 * the target, which does it off the keystroke's path. Never changes the editor state.
 */
export function AutosavePlugin({ target }: { readonly target: SaveTarget }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const serializer = new DocumentSerializer();
    const parts = () => serializer.parts(editor.getEditorState());
    const isComposing = () => editor.isComposing();
    return mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        serializer.observe({ dirtyElements, tags });
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        target.changed(parts, isComposing);
      }),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          target.blurred();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, target]);
  return null;
}
