import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksOf, characterCount, plainTextOf } from './materialBlocks.ts';
import {
  currentMaterialFormat,
  qaFieldNames,
  type SerializedNodeJson,
} from './materialDocument.ts';
import {
  MaterialFormatError,
  parseMaterialDocument,
  readMaterialDocument,
} from './materialFormat.ts';
import { headingJson, materialDocumentOf, paragraphJson, qaItemJson } from './materialJson.ts';

/** A material as the first format saved it, kept byte for byte. */
const format1 = readFileSync(new URL('./fixtures/material-format1.json', import.meta.url), 'utf8');

const find = (node: SerializedNodeJson, type: string): SerializedNodeJson[] => [
  ...(node.type === type ? [node] : []),
  ...(node.children ?? []).flatMap((child) => find(child, type)),
];

describe('saved material format', () => {
  it('opens a document saved in the first format, migrated to the current one', () => {
    const document = parseMaterialDocument(format1);
    expect(document.formatVersion).toBe(currentMaterialFormat);
    const root = document.editorState.root;
    const headings = find(root, 'heading').map((node) => node.children?.[0]?.text);
    expect(headings).toEqual([
      '2026年第四季度教育工作新闻发布会答问口径',
      '基本情况',
      '办学条件',
      '答记者问',
    ]);
    const [qa] = find(root, 'qa-item');
    expect(qa?.['owner']).toBeUndefined();
    expect(qa?.['libraryAnswerId']).toBeNull();
    expect(qa?.children?.map((field) => field['field'])).toEqual([...qaFieldNames]);
    const qaBlocks = blocksOf(document)
      .filter((block) => block.qaField !== null)
      .map(({ location, text, qaField }) => ({ location, text, qaField }));
    expect(qaBlocks).toEqual([
      { location: '第1问·问题', text: '今年新增学位能否满足需求？', qaField: 'question' },
      {
        location: '第1问·答案',
        text: '今年新增学位2400个，能够满足适龄儿童入学需求。',
        qaField: 'answer',
      },
      { location: '第1问·可以说', text: '新增学位数、建设进度。', qaField: 'maySay' },
      { location: '第1问·不可说', text: '尚未批复的学校选址。', qaField: 'mayNotSay' },
      { location: '第1问·责任人', text: '钱发言（县教育体育局新闻发言人）', qaField: 'owner' },
      { location: '第1问·来源', text: '县教育体育局2026年学位供给统计', qaField: 'source' },
    ]);
  });

  it('keeps a current-format document as it is', () => {
    const document = materialDocumentOf([
      headingJson('h1', '发布辞'),
      paragraphJson('各位记者朋友：'),
    ]);
    expect(readMaterialDocument(JSON.parse(JSON.stringify(document)))).toEqual(document);
  });

  it("ignores what the editor recomputes on showing a document (direction, a paragraph's text format)", () => {
    const stored = materialDocumentOf([paragraphJson('各位记者朋友：')]);
    const shown = JSON.parse(
      JSON.stringify(stored)
        .replace('"direction":null', '"direction":"ltr"')
        .replace('"textFormat":0', '"textFormat":1'),
    ) as unknown;
    expect(readMaterialDocument(shown)).toEqual(stored);
  });

  it('names where each block is, numbering sections as offices do', () => {
    const document = materialDocumentOf([
      headingJson('h1', '发布辞'),
      paragraphJson('开场。'),
      headingJson('h2', '基本情况'),
      paragraphJson('第一段。'),
      headingJson('h3', '办学条件'),
      paragraphJson('第二段。'),
      headingJson('h2', '下一步'),
      qaItemJson({ question: '问？', answer: '答。\n再答。' }),
    ]);
    expect(blocksOf(document).map((block) => block.location)).toEqual([
      '标题',
      '第1段',
      '小标题“一、基本情况”',
      '“一、基本情况”下第1段',
      '小标题“（一）办学条件”',
      '“（一）办学条件”下第1段',
      '小标题“二、下一步”',
      '第1问·问题',
      '第1问·答案',
      '第1问·答案第2段',
      '第1问·可以说',
      '第1问·不可说',
      '第1问·责任人',
      '第1问·来源',
    ]);
    expect(characterCount(plainTextOf(document))).toBe(32);
  });

  it.each([
    ['not JSON', '{', /不是有效的 JSON/],
    ['another envelope', '{"format":"x","formatVersion":1}', /不是工作台的材料文档/],
    [
      'a newer format',
      JSON.stringify({ ...materialDocumentOf([]), formatVersion: 99 }),
      /较新版本/,
    ],
    [
      'an unknown node type',
      JSON.stringify(materialDocumentOf([{ type: 'image', version: 1 }])),
      /不支持的内容类型“image”/,
    ],
  ])('refuses %s with a message', (_name, text, message) => {
    expect(() => parseMaterialDocument(text)).toThrow(MaterialFormatError);
    expect(() => parseMaterialDocument(text)).toThrow(message);
  });
});
