import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $isElementNode, $isTextNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { readMaterialDocument } from '../../../shared/lexical/materialFormat.ts';
import {
  headingJson,
  listJson,
  materialDocumentOf,
  paragraphJson,
  qaItemJson,
  quoteJson,
  tableJson,
  textJson,
} from '../../../shared/lexical/materialJson.ts';
import format1Fixture from '../../../shared/lexical/fixtures/material-format1.json';
import { qaFieldNames } from '../../../shared/lexical/materialDocument.ts';
import { materialNodes } from './materialNodes.ts';
import { $isQaFieldNode } from './nodes/QaFieldNode.ts';
import { $isQaItemNode } from './nodes/QaItemNode.ts';
import { $createEmptyQaItem, registerQaStructure } from './qaStructure.ts';
import {
  DocumentSerializer,
  documentFromEditor,
  editorStateText,
} from './materialDocumentState.ts';

function headless(): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'material-test',
    nodes: [...materialNodes],
    onError: (error) => {
      throw error;
    },
  });
  registerQaStructure(editor);
  return editor;
}

const everyNode = materialDocumentOf([
  headingJson('h1', '2026年第四季度教育工作新闻发布会发布辞'),
  headingJson('h2', '基本情况'),
  paragraphJson([
    textJson('今年全县投入'),
    textJson('1.2亿元', 1),
    textJson('，'),
    textJson('强调', 2 | 8),
  ]),
  headingJson('h3', '办学条件'),
  listJson('number', ['新建城南小学', '改扩建第二中学']),
  listJson('bullet', ['学位', '师资']),
  quoteJson('立德树人，教育为本。'),
  tableJson([
    ['项目', '投入'],
    ['城南小学', '0.5亿元'],
  ]),
  qaItemJson(
    {
      question: '新增学位能否满足需求？',
      answer: '今年新增学位2400个。\n能够满足需求。',
      maySay: '新增学位数。',
      mayNotSay: '尚未批复的选址。',
      owner: '钱发言',
      source: '县教育体育局统计',
    },
    'answer-1',
  ),
]);

describe('material nodes in a headless editor', () => {
  it('read and write the saved JSON unchanged, node for node', () => {
    const editor = headless();
    editor.setEditorState(editor.parseEditorState(editorStateText(JSON.stringify(everyNode))));
    expect(documentFromEditor(editor)).toEqual(everyNode);
  });

  it('open a document saved in the first format after the format changed', () => {
    const format1 = JSON.stringify(format1Fixture);
    const editor = headless();
    editor.setEditorState(editor.parseEditorState(editorStateText(format1)));
    const saved = documentFromEditor(editor);
    expect(saved).toEqual(readMaterialDocument(JSON.parse(format1)));
    editor.getEditorState().read(() => {
      const item = $getRoot().getChildren().find($isQaItemNode);
      expect(
        item?.getChildren().map((field) => ($isQaFieldNode(field) ? field.getField() : '')),
      ).toEqual([...qaFieldNames]);
      expect(item?.getChildren()[4]?.getTextContent()).toBe('钱发言（县教育体育局新闻发言人）');
    });
  });

  it('repair a question that lost parts, in order, as editing or pasting can leave it', () => {
    const editor = headless();
    const broken = materialDocumentOf([
      {
        ...qaItemJson({ question: '问？', answer: '答。' }),
        children: [
          qaItemJson({ answer: '答。', question: '问？' }).children?.[1] ?? paragraphJson(''),
          qaItemJson({ question: '问？' }).children?.[0] ?? paragraphJson(''),
        ],
      },
    ]);
    editor.setEditorState(editor.parseEditorState(editorStateText(JSON.stringify(broken))));
    editor.update(() => $getRoot().getFirstChildOrThrow().markDirty(), { discrete: true });
    editor.getEditorState().read(() => {
      const item = $getRoot().getFirstChildOrThrow();
      expect($isQaItemNode(item)).toBe(true);
      if (!$isQaItemNode(item)) return;
      expect(
        item.getChildren().map((field) => ($isQaFieldNode(field) ? field.getField() : '?')),
      ).toEqual([...qaFieldNames]);
      expect(item.getTextContent()).toContain('问？');
      expect(item.getTextContent()).toContain('答。');
    });
  });

  it('create a new question with every part', () => {
    const editor = headless();
    editor.update(
      () => {
        $getRoot()
          .clear()
          .append($createEmptyQaItem({ question: '问？' }, 'answer-2'));
      },
      { discrete: true },
    );
    const [item] = documentFromEditor(editor).editorState.root.children ?? [];
    expect(item).toEqual(qaItemJson({ question: '问？' }, 'answer-2'));
  });
});

describe('the incremental serializer', () => {
  it('writes exactly what a full export writes, after edits to some blocks', () => {
    const editor = headless();
    editor.setEditorState(editor.parseEditorState(editorStateText(JSON.stringify(everyNode))));
    const serializer = new DocumentSerializer();
    editor.registerUpdateListener(({ dirtyElements, tags }) =>
      serializer.observe({ dirtyElements, tags }),
    );
    expect(JSON.parse(serializer.serialize(editor.getEditorState()))).toEqual(everyNode);
    editor.update(
      () => {
        const paragraph = $getRoot().getChildAtIndex(2);
        const text = $isElementNode(paragraph) ? paragraph.getFirstDescendant() : null;
        if ($isTextNode(text)) text.setTextContent('改过的');
      },
      { discrete: true },
    );
    expect(JSON.parse(serializer.serialize(editor.getEditorState()))).toEqual(
      documentFromEditor(editor),
    );
    expect(JSON.stringify(documentFromEditor(editor))).toContain('改过的');
  });
});
