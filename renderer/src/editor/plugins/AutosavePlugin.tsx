import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, mergeRegister } from 'lexical';
import { useEffect } from 'react';
import {
  DocumentSerializer,
  documentTextOf,
  type DocumentParts,
} from '../materialDocumentState.ts';

/** What the editor tells whoever saves it: the content changed, or the editor lost focus. */
export interface SaveTarget {
  /** The content changed; `parts` gives the current document (cheaply, see DocumentSerializer). */
  changed(parts: () => DocumentParts, isComposing: () => boolean): void;
  blurred(): void;
  /** The editor has read the document it opened: these are its blocks, before any change. */
  opened?(parts: DocumentParts): void;
}

/**
 * Reports every change of content (not of selection) to the save target; serialising is left to
 * the target, which does it off the keystroke's path. Never changes the editor state.
 *
 * Not a change: an update of a read-only editor, and an update that leaves the document as it was
 * opened. Registering a node transform marks every node of its kind dirty (Lexical does so to run
 * the transform over them), so opening a material with questions or tables produced an "edit"
 * without a keystroke, whose save met another window's lease: a false 未能保存 in a window that
 * had only been opened.
 */
export function AutosavePlugin({ target }: { readonly target: SaveTarget }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const serializer = new DocumentSerializer();
    const parts = () => serializer.parts(editor.getEditorState());
    const isComposing = () => editor.isComposing();
    // The document as opened, until the first update that changes it.
    const openedParts = parts();
    let opened: string | null = documentTextOf(openedParts);
    target.opened?.(openedParts);
    return mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        serializer.observe({ dirtyElements, tags });
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (!editor.isEditable()) return;
        if (opened !== null) {
          if (documentTextOf(parts()) === opened) return;
          opened = null;
        }
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
