import {
  currentMaterialFormat,
  materialFormatName,
  qaFieldNames,
  qaFieldType,
  qaItemType,
  type MaterialDocument,
  type QaFieldName,
  type SerializedNodeJson,
} from './materialDocument.ts';

/**
 * Builders of saved material JSON, in the shape Lexical itself exports, for templates, fixtures
 * and tests. (The editor writes the same shape; a headless test checks the two agree.)
 */
const block = { direction: null, format: '', indent: 0, version: 1 } as const;

export const textJson = (text: string, format = 0): SerializedNodeJson => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text,
  type: 'text',
  version: 1,
});

const inline = (content: string | readonly SerializedNodeJson[]): SerializedNodeJson[] =>
  typeof content === 'string' ? (content === '' ? [] : [textJson(content)]) : [...content];

export const paragraphJson = (
  content: string | readonly SerializedNodeJson[] = '',
): SerializedNodeJson => ({
  ...block,
  children: inline(content),
  textFormat: 0,
  textStyle: '',
  type: 'paragraph',
});

/** h1 is the document title, h2 a 一、 section, h3 a （一） subsection. */
export const headingJson = (tag: 'h1' | 'h2' | 'h3', text: string): SerializedNodeJson => ({
  ...block,
  children: inline(text),
  tag,
  type: 'heading',
});

export const quoteJson = (text: string): SerializedNodeJson => ({
  ...block,
  children: inline(text),
  type: 'quote',
});

export const listJson = (
  listType: 'number' | 'bullet',
  items: readonly string[],
): SerializedNodeJson => ({
  ...block,
  children: items.map((item, index) => ({
    ...block,
    children: inline(item),
    value: index + 1,
    type: 'listitem',
  })),
  listType,
  start: 1,
  tag: listType === 'number' ? 'ol' : 'ul',
  type: 'list',
});

/** A table whose first row is a header row. */
export const tableJson = (rows: readonly (readonly string[])[]): SerializedNodeJson => ({
  ...block,
  children: rows.map((cells, rowIndex) => ({
    ...block,
    children: cells.map((cell) => ({
      ...block,
      backgroundColor: null,
      children: [paragraphJson(cell)],
      colSpan: 1,
      headerState: rowIndex === 0 ? 1 : 0,
      rowSpan: 1,
      type: 'tablecell',
    })),
    type: 'tablerow',
  })),
  type: 'table',
});

export type QaContent = Readonly<Record<QaFieldName, string>>;

/** One question of the 答问口径; each field's text becomes paragraphs, one per line. */
export const qaItemJson = (
  content: Partial<QaContent>,
  libraryAnswerId: string | null = null,
): SerializedNodeJson => ({
  ...block,
  children: qaFieldNames.map((field) => ({
    ...block,
    children: (content[field] ?? '').split('\n').map((line) => paragraphJson(line)),
    field,
    type: qaFieldType,
  })),
  libraryAnswerId,
  type: qaItemType,
});

export const materialDocumentOf = (children: readonly SerializedNodeJson[]): MaterialDocument => ({
  format: materialFormatName,
  formatVersion: currentMaterialFormat,
  editorState: { root: { ...block, children: [...children], type: 'root' } },
});
