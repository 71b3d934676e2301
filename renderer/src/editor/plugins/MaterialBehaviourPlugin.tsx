import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import {
  $getNodeByKey,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_LOW,
  KEY_DOWN_COMMAND,
  mergeRegister,
} from 'lexical';
import { $createHeadingNode } from '@lexical/rich-text';
import { useEffect } from 'react';
import {
  $insertQa,
  $setBlockKind,
  INSERT_QA_COMMAND,
  SET_BLOCK_COMMAND,
  type BlockKind,
} from '../editorCommands.ts';
import { registerQaStructure } from '../qaStructure.ts';
import { registerTitleBlock } from '../titleBlock.ts';
import { registerTypedHeadings } from '../typedHeadings.ts';

/** Keys with Ctrl (or ⌘) and Alt: 0 body text, 1 一、, 2 （一）, 9 title, Q a new question. */
const blockShortcuts: Readonly<Record<string, BlockKind>> = {
  Digit0: 'paragraph',
  Digit1: 'h2',
  Digit2: 'h3',
  Digit9: 'h1',
};

/** A paragraph holding only a typed section number becomes that heading (numbers are generated). */
const typedNumber = /^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）)$/;

/**
 * The behaviour every material editor has: the commands the toolbar dispatches, the keyboard
 * shortcuts, the structure of questions, and 一、/（一） typed at the start of an empty paragraph
 * or as a whole heading ended with Enter.
 */
function $typedSectionNumber(): { key: string; tag: 'h2' | 'h3' } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  const paragraph = $isTextNode(node) ? node.getParent() : node;
  if (!$isParagraphNode(paragraph)) return null;
  const match = typedNumber.exec(paragraph.getTextContent());
  if (!match) return null;
  return { key: paragraph.getKey(), tag: match[1] ? 'h2' : 'h3' };
}

export function MaterialBehaviourPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        registerQaStructure(editor),
        registerTypedHeadings(editor),
        registerTitleBlock(editor),
        editor.registerCommand(
          SET_BLOCK_COMMAND,
          (kind) => {
            $setBlockKind(kind);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          INSERT_QA_COMMAND,
          (insertion) => {
            $insertQa(insertion);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const modifier = event.ctrlKey || event.metaKey;
            if (!modifier) return false;
            if (event.altKey && blockShortcuts[event.code]) {
              event.preventDefault();
              return editor.dispatchCommand(
                SET_BLOCK_COMMAND,
                blockShortcuts[event.code] ?? 'paragraph',
              );
            }
            if (event.altKey && event.code === 'KeyQ') {
              event.preventDefault();
              return editor.dispatchCommand(INSERT_QA_COMMAND, {});
            }
            if (event.shiftKey && (event.code === 'Digit7' || event.code === 'Digit8')) {
              event.preventDefault();
              const command =
                event.code === 'Digit7'
                  ? INSERT_ORDERED_LIST_COMMAND
                  : INSERT_UNORDERED_LIST_COMMAND;
              return editor.dispatchCommand(command, undefined);
            }
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerUpdateListener(({ tags, dirtyLeaves, editorState }) => {
          if (dirtyLeaves.size === 0 || tags.has('historic') || editor.isComposing()) return;
          const typed = editorState.read($typedSectionNumber);
          if (!typed) return;
          editor.update(() => {
            const paragraph = $getNodeByKey(typed.key);
            if (!$isParagraphNode(paragraph)) return;
            const heading = $createHeadingNode(typed.tag);
            paragraph.replace(heading);
            heading.select();
          });
        }),
      ),
    [editor],
  );
  return null;
}
