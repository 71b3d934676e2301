import {
  qaFieldType,
  qaItemType,
  type MaterialDocument,
  type QaFieldName,
  type SerializedNodeJson,
} from './materialDocument.ts';

/** One question of a 答问口径 as text: each part's paragraphs, in order. */
export interface QaItemText {
  /** 1, 2, 3… as the 答问口径 numbers its questions. */
  readonly number: number;
  readonly fields: Readonly<Record<QaFieldName, readonly string[]>>;
  readonly libraryAnswerId: string | null;
}

const inlineText = (node: SerializedNodeJson): string =>
  node.type === 'text'
    ? (node.text ?? '')
    : node.type === 'linebreak'
      ? '\n'
      : (node.children ?? []).map(inlineText).join('');

/** The paragraphs of a field, list items included, without the empty ones. */
function paragraphsOf(node: SerializedNodeJson): string[] {
  if (node.type === 'list') return (node.children ?? []).flatMap(paragraphsOf);
  if (node.type === 'paragraph' || node.type === 'listitem' || node.type === 'quote') {
    const text = inlineText(node).trim();
    return text === '' ? [] : [text];
  }
  return (node.children ?? []).flatMap(paragraphsOf);
}

/** Every question of a 答问口径 document, with its 问题, 答案, 可以说, 不可说… as text. */
export function qaItemsOf(document: MaterialDocument): QaItemText[] {
  const items: QaItemText[] = [];
  const visit = (node: SerializedNodeJson): void => {
    if (node.type !== qaItemType) {
      for (const child of node.children ?? []) visit(child);
      return;
    }
    const fields: Record<QaFieldName, string[]> = {
      question: [],
      answer: [],
      maySay: [],
      mayNotSay: [],
      owner: [],
      source: [],
    };
    for (const field of node.children ?? []) {
      if (field.type !== qaFieldType) continue;
      const name = field['field'] as QaFieldName;
      if (name in fields) fields[name].push(...(field.children ?? []).flatMap(paragraphsOf));
    }
    const id = node['libraryAnswerId'];
    items.push({
      number: items.length + 1,
      fields,
      libraryAnswerId: typeof id === 'string' ? id : null,
    });
  };
  visit(document.editorState.root);
  return items;
}
