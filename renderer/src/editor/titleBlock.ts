import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import {
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  type LexicalEditor,
} from 'lexical';

const withoutSpace = (text: string): string => text.replace(/\s+/g, '');

const $documentText = (): string => withoutSpace($getRoot().getTextContent());

const $hasTitle = (): boolean =>
  $getRoot()
    .getChildren()
    .some((node) => $isHeadingNode(node) && node.getTag() === 'h1');

/**
 * The document's text, when the title (an h1) comes first and the whole text is selected; null
 * otherwise. Checked on every update, so the cheap conditions come first: joining the text of a
 * long document costs milliseconds, too much for every keystroke.
 */
function $textIfAllSelectedUnderTitle(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const first = $getRoot().getFirstChild();
  if (!$isHeadingNode(first) || first.getTag() !== 'h1') return null;
  const text = $documentText();
  return text !== '' && withoutSpace(selection.getTextContent()) === text ? text : null;
}

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
      const before = prevEditorState.read($textIfAllSelectedUnderTitle);
      if (before === null) return;
      if (editorState.read(() => $hasTitle() || $documentText() === before)) return;
      pending = true;
    }
    if (editor.isComposing()) return;
    pending = false;
    editor.update(
      () => {
        const root = $getRoot();
        const first = root.getFirstChild();
        if (!$isParagraphNode(first) || $hasTitle()) return;
        first.replace($createHeadingNode('h1'), true);
      },
      { tag: HISTORY_MERGE_TAG },
    );
  });
}
