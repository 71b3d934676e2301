import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import {
  $getRoot,
  $selectAll,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DELETE_CHARACTER_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import {
  headingJson,
  materialDocumentOf,
  paragraphJson,
  qaItemJson,
} from '../../../shared/lexical/materialJson.ts';
import type { SerializedNodeJson } from '../../../shared/lexical/materialDocument.ts';
import { editorStateText } from './materialDocumentState.ts';
import { materialNodes } from './materialNodes.ts';
import { registerQaStructure } from './qaStructure.ts';
import { registerTitleBlock } from './titleBlock.ts';
import { $setBlockKind } from './editorCommands.ts';

function editorWith(nodes: readonly SerializedNodeJson[], keepTitle = true): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'title-block-test',
    nodes: [...materialNodes],
    onError: (error) => {
      throw error;
    },
  });
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 0);
  registerQaStructure(editor);
  if (keepTitle) registerTitleBlock(editor);
  editor.setEditorState(
    editor.parseEditorState(editorStateText(JSON.stringify(materialDocumentOf(nodes)))),
  );
  return editor;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Each top-level block as "tag:text" (p for a paragraph, the node type otherwise). */
const blocks = (editor: LexicalEditor): string[] =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => {
        const tag = 'getTag' in node && typeof node.getTag === 'function' ? node.getTag() : null;
        return `${String(tag ?? (node.getType() === 'paragraph' ? 'p' : node.getType()))}:${node.getTextContent()}`;
      }),
  );

async function selectAllAndType(editor: LexicalEditor, text: string): Promise<void> {
  editor.update(() => $selectAll(), { discrete: true });
  editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, text);
  await settled();
}

const pressRelease = [
  headingJson('h1', '全县教育工作新闻通稿'),
  paragraphJson('11月27日，县教育体育局召开新闻发布会。'),
  paragraphJson('会议通报了全年工作。'),
];

describe('the title block through select-all and typing', () => {
  it('without the rule, Lexical leaves body text (the reported fault)', async () => {
    const editor = editorWith(pressRelease, false);
    editor.update(() => $selectAll(), { discrete: true });
    editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    await settled();
    expect(blocks(editor)).toEqual(['p:']);
  });

  it('keeps the first block a title when everything is replaced by what is typed', async () => {
    const editor = editorWith(pressRelease);
    await selectAllAndType(editor, '新标题');
    expect(blocks(editor)).toEqual(['h1:新标题']);
    // Typing goes on in the title.
    editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, '（修改稿）');
    await settled();
    expect(blocks(editor)).toEqual(['h1:新标题（修改稿）']);
  });

  it('keeps an empty title when everything is deleted, and one undo brings all back', async () => {
    const editor = editorWith(pressRelease);
    editor.update(() => $selectAll(), { discrete: true });
    editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    await settled();
    expect(blocks(editor)).toEqual(['h1:']);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settled();
    expect(blocks(editor)).toEqual([
      'h1:全县教育工作新闻通稿',
      'p:11月27日，县教育体育局召开新闻发布会。',
      'p:会议通报了全年工作。',
    ]);
  });

  it('keeps the title of a 答问口径 with its questions', async () => {
    const editor = editorWith([
      headingJson('h1', '答问口径'),
      qaItemJson({ question: '今年教育投入有多少？', answer: '12亿元。' }),
    ]);
    await selectAllAndType(editor, '答问');
    expect(blocks(editor)[0]).toBe('h1:答问');
  });

  it('lets the author turn the title into body text on purpose', async () => {
    const editor = editorWith(pressRelease);
    editor.update(
      () => {
        $selectAll();
        $setBlockKind('paragraph');
      },
      { discrete: true },
    );
    await settled();
    expect(blocks(editor)[0]).toBe('p:全县教育工作新闻通稿');
  });
});
