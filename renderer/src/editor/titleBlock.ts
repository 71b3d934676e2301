import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import {
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  type EditorState,
  type LexicalEditor,
} from 'lexical';

const withoutSpace = (text: string): string => text.replace(/\s+/g, '');

/** The document's text, whether it has a title (an h1) and first, and whether all is selected. */
function $facts(): { text: string; titleFirst: boolean; allSelected: boolean; hasTitle: boolean } {
  const root = $getRoot();
  const first = root.getFirstChild();
  const text = withoutSpace(root.getTextContent());
  const selection = $getSelection();
  return {
    text,
    titleFirst: $isHeadingNode(first) && first.getTag() === 'h1',
    hasTitle: root.getChildren().some((node) => $isHeadingNode(node) && node.getTag() === 'h1'),
    allSelected:
      $isRangeSelection(selection) &&
      !selection.isCollapsed() &&
      text !== '' &&
      withoutSpace(selection.getTextContent()) === text,
  };
}

const factsOf = (state: EditorState) => state.read($facts);

/**
 * The title block (标题, the h1 first in a material) survives select-all and typing: deleting a
 * selection that spans the whole document keeps the first block's kind, as Word keeps the first
 * paragraph's style, instead of leaving body text (after which the Word export found no title and
 * took the event's name). Turning the title into body text on purpose (the block style list, which
 * leaves the text as it was) is not undone.
 */
export function registerTitleBlock(editor: LexicalEditor): () => void {
  // An input method replacing the selection is still composing: the block is turned back into
  // the title once it commits, as replacing it now would break the composition.
  let pending = false;
  return editor.registerUpdateListener(({ editorState, prevEditorState, tags }) => {
    if (tags.has(HISTORIC_TAG)) {
      pending = false;
      return;
    }
    if (!pending) {
      const before = factsOf(prevEditorState);
      if (!before.titleFirst || !before.allSelected) return;
      const after = factsOf(editorState);
      if (after.hasTitle || after.text === before.text) return;
      pending = true;
    }
    if (editor.isComposing()) return;
    pending = false;
    editor.update(
      () => {
        const root = $getRoot();
        const first = root.getFirstChild();
        if (!$isParagraphNode(first) || $facts().hasTitle) return;
        first.replace($createHeadingNode('h1'), true);
      },
      { tag: HISTORY_MERGE_TAG },
    );
  });
}
