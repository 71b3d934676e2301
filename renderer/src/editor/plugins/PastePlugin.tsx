import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isTableCellNode } from '@lexical/table';
import {
  $getSelection,
  $insertNodes,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { allowedTextFormat } from '../../../../shared/lexical/materialDocument.ts';
import { cleanPastedHtml } from '../pasteCleanup.ts';

/** Strips what survived the HTML cleaning but a material does not keep (alignment, colours…). */
function $keepAllowed(node: LexicalNode): void {
  if ($isTextNode(node)) {
    node.setFormat(node.getFormat() & allowedTextFormat).setStyle('');
    return;
  }
  if (!$isElementNode(node)) return;
  node.setFormat('').setIndent(0).setStyle('');
  if ($isParagraphNode(node)) node.setTextFormat(0).setTextStyle('');
  if ($isTableCellNode(node)) node.setBackgroundColor(null);
  node.getChildren().forEach($keepAllowed);
}

/**
 * Paste from Word, WPS or a web page: the HTML is cleaned to the structure a material may hold
 * before Lexical imports it. A copy from another material (Lexical's own clipboard format) and
 * plain text take Lexical's usual path.
 */
export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data || data.types.includes('application/x-lexical-editor')) return false;
          const html = data.getData('text/html');
          if (!html) return false;
          event.preventDefault();
          editor.update(
            () => {
              const nodes = $generateNodesFromDOM(editor, cleanPastedHtml(html, new DOMParser()));
              nodes.forEach($keepAllowed);
              if ($isRangeSelection($getSelection())) $insertNodes(nodes);
            },
            { tag: PASTE_TAG },
          );
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
