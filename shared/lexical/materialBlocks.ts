import { headingCounter } from './headingNumbers.ts';
import {
  qaFieldLabels,
  qaFieldType,
  qaItemType,
  type MaterialDocument,
  type QaFieldName,
  type SerializedNodeJson,
} from './materialDocument.ts';

/** One run of text as a reader sees it, with where it is in words a person can follow. */
export interface TextBlock {
  readonly location: string;
  readonly text: string;
  /** The 答问口径 field the block belongs to, if any. */
  readonly qaField: QaFieldName | null;
  /** The document's title, a numbered heading (with its number, 一、 or （一）), or body text. */
  readonly role: 'title' | 'heading' | 'body';
  readonly number: string | null;
}

const textBlockTypes = new Set(['paragraph', 'heading', 'quote', 'listitem']);

const inlineText = (node: SerializedNodeJson): string => {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  return '';
};

interface Walk {
  readonly blocks: TextBlock[];
  readonly number: (tag: string) => string | null;
  section: string | null;
  paragraphInSection: number;
  tables: number;
  questions: number;
}

function visitChildren(node: SerializedNodeJson, walk: Walk, place: (n: number) => string): void {
  let count = 0;
  for (const child of node.children ?? []) {
    if (textBlockTypes.has(child.type)) {
      count += 1;
      pushTextBlock(child, walk, place(count), null);
    } else visit(child, walk);
  }
}

function pushTextBlock(
  node: SerializedNodeJson,
  walk: Walk,
  location: string,
  qaField: QaFieldName | null,
): void {
  const text = (node.children ?? []).map(inlineText).join('');
  walk.blocks.push({ location, text, qaField, role: 'body', number: null });
  for (const child of node.children ?? []) if (child.children) visit(child, walk);
}

function visit(node: SerializedNodeJson, walk: Walk): void {
  if (node.type === 'heading') {
    const text = (node.children ?? []).map(inlineText).join('');
    const number = walk.number(String(node['tag']));
    if (number === null) {
      walk.blocks.push({ location: '标题', text, qaField: null, role: 'title', number: null });
      return;
    }
    walk.section = `${number}${text}`;
    walk.paragraphInSection = 0;
    walk.blocks.push({
      location: `小标题“${walk.section}”`,
      text,
      qaField: null,
      role: 'heading',
      number,
    });
    return;
  }
  if (node.type === 'paragraph' || node.type === 'quote' || node.type === 'listitem') {
    walk.paragraphInSection += 1;
    const where = walk.section ? `“${walk.section}”下第${walk.paragraphInSection}段` : '';
    pushTextBlock(node, walk, where || `第${walk.paragraphInSection}段`, null);
    return;
  }
  if (node.type === 'table') {
    walk.tables += 1;
    const table = walk.tables;
    (node.children ?? []).forEach((row, rowIndex) =>
      (row.children ?? []).forEach((cell, cellIndex) =>
        visitChildren(
          cell,
          walk,
          (n) => `表格${table}第${rowIndex + 1}行第${cellIndex + 1}列${n > 1 ? `第${n}段` : ''}`,
        ),
      ),
    );
    return;
  }
  if (node.type === qaItemType) {
    walk.questions += 1;
    const question = walk.questions;
    for (const field of node.children ?? []) {
      if (field.type !== qaFieldType) continue;
      const name = field['field'] as QaFieldName;
      const label = `第${question}问·${qaFieldLabels[name] ?? name}`;
      let count = 0;
      for (const child of field.children ?? []) {
        if (!textBlockTypes.has(child.type)) continue;
        count += 1;
        pushTextBlock(child, walk, count > 1 ? `${label}第${count}段` : label, name);
      }
    }
    return;
  }
  if (node.type === 'list' || node.type === 'root') {
    for (const child of node.children ?? []) visit(child, walk);
  }
}

/** Every text block of a material in document order. */
export function blocksOf(document: MaterialDocument): TextBlock[] {
  const walk: Walk = {
    blocks: [],
    number: headingCounter(),
    section: null,
    paragraphInSection: 0,
    tables: 0,
    questions: 0,
  };
  visit(document.editorState.root, walk);
  return walk.blocks;
}

/** The plain text of a material, one block a line: for search, the diff and counting. */
export const plainTextOf = (document: MaterialDocument): string =>
  blocksOf(document)
    .map((block) => block.text)
    .join('\n');

/**
 * 字数 as offices count it: every character (code point) except white space. Counted by length
 * less surrogate pairs rather than character by character: 3x faster on a long material.
 */
export function characterCount(text: string): number {
  // Pairs are looked for before white space is taken out, which could join two lone halves.
  const pairs = text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
  return text.replace(/\s+/g, '').length - pairs;
}
