import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import {
  $getRoot,
  $isElementNode,
  KEY_ENTER_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import {
  headingJson,
  materialDocumentOf,
  paragraphJson,
  textJson,
} from '../../../shared/lexical/materialJson.ts';
import type { SerializedNodeJson } from '../../../shared/lexical/materialDocument.ts';
import { materialNodes } from './materialNodes.ts';
import { editorStateText } from './materialDocumentState.ts';
import { registerTypedHeadings } from './typedHeadings.ts';

function editorWith(nodes: readonly SerializedNodeJson[]): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'typed-headings-test',
    nodes: [...materialNodes],
    onError: (error) => {
      throw error;
    },
  });
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 0);
  registerTypedHeadings(editor);
  editor.setEditorState(
    editor.parseEditorState(editorStateText(JSON.stringify(materialDocumentOf(nodes)))),
  );
  return editor;
}

/** Puts the caret at the end of the root's `index`th block and presses Enter. */
async function enterAtEndOf(editor: LexicalEditor, index: number): Promise<void> {
  editor.update(
    () => {
      const block = $getRoot().getChildAtIndex(index);
      if ($isElementNode(block)) block.selectEnd();
    },
    { discrete: true },
  );
  editor.dispatchCommand(KEY_ENTER_COMMAND, null);
  await settled();
}

/** Updates outside `discrete` commit in a microtask; the conversion is an update of its own. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Each top-level block as "tag:text" (p for a paragraph). */
const blocks = (editor: LexicalEditor): string[] =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => {
        const tag = 'getTag' in node && typeof node.getTag === 'function' ? node.getTag() : 'p';
        return `${String(tag)}:${node.getTextContent()}`;
      }),
  );

describe('a paragraph typed as a heading, ended with Enter', () => {
  it('becomes that heading, the editor writing its number; Ctrl+Z brings the paragraph back', async () => {
    const editor = editorWith([
      paragraphJson('今年以来，全县持续加大教育投入。'),
      paragraphJson([textJson('一、'), textJson('资金', 1), textJson('投入情况')]),
    ]);
    await enterAtEndOf(editor, 1);
    expect(blocks(editor)).toEqual(['p:今年以来，全县持续加大教育投入。', 'h2:资金投入情况', 'p:']);

    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settled();
    expect(blocks(editor)).toEqual([
      'p:今年以来，全县持续加大教育投入。',
      'p:一、资金投入情况',
      'p:',
    ]);
  });

  it('turns （一） under a 一、 into the subsection heading', async () => {
    const editor = editorWith([headingJson('h2', '资金投入情况'), paragraphJson('(一)学位供给')]);
    await enterAtEndOf(editor, 1);
    expect(blocks(editor)).toEqual(['h2:资金投入情况', 'h3:学位供给', 'p:']);
  });

  it('leaves a sentence, a run-in heading, 1. and a number the editor would not show alone', async () => {
    const texts = [
      '一、今年以来，全县投入资金1.2亿元，新增学位3000个。',
      '（一）加强领导。各单位要高度重视。',
      '1.基本情况',
      '三、资金投入情况',
    ];
    for (const text of texts) {
      const editor = editorWith([paragraphJson(text)]);
      await enterAtEndOf(editor, 0);
      expect(blocks(editor)).toEqual([`p:${text}`, 'p:']);
    }
  });

  it('does nothing when Enter splits the paragraph', async () => {
    const editor = editorWith([paragraphJson('一、资金投入情况')]);
    editor.update(
      () => {
        const block = $getRoot().getFirstChild();
        if ($isElementNode(block)) block.selectStart();
      },
      { discrete: true },
    );
    editor.dispatchCommand(KEY_ENTER_COMMAND, null);
    await settled();
    expect(blocks(editor)).toEqual(['p:', 'p:一、资金投入情况']);
  });
});
