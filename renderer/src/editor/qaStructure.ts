import {
  $createParagraphNode,
  $createTextNode,
  $isElementNode,
  $isRootNode,
  mergeRegister,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { qaFieldNames, type QaFieldName } from '../../../shared/lexical/materialDocument.ts';
import { $createQaFieldNode, $isQaFieldNode, QaFieldNode } from './nodes/QaFieldNode.ts';
import { $createQaItemNode, $isQaItemNode, QaItemNode } from './nodes/QaItemNode.ts';

/** A new, empty question with all its parts. */
export function $createEmptyQaItem(
  content: Partial<Record<QaFieldName, string>> = {},
  libraryAnswerId: string | null = null,
): QaItemNode {
  const item = $createQaItemNode(libraryAnswerId);
  for (const name of qaFieldNames) {
    const field = $createQaFieldNode(name);
    for (const line of (content[name] ?? '').split('\n')) {
      const paragraph = $createParagraphNode();
      if (line !== '') paragraph.append($createTextNode(line));
      field.append(paragraph);
    }
    item.append(field);
  }
  return item;
}

/**
 * Keeps every question whole whatever editing, pasting or undoing does: exactly one part of each
 * name, in order, each with at least a paragraph; a part outside a question is unwrapped, and a
 * question inside another block is moved out to the top level.
 */
function $repairItem(item: QaItemNode): void {
  if (!$isRootNode(item.getParent())) {
    const top = item.getTopLevelElement();
    if (top && top !== item) top.insertAfter(item);
  }
  const byName = new Map<QaFieldName, QaFieldNode>();
  for (const child of item.getChildren()) {
    if ($isQaFieldNode(child) && !byName.has(child.getField())) {
      byName.set(child.getField(), child);
      continue;
    }
    const answer = byName.get('answer');
    if (answer && $isQaFieldNode(child)) answer.append(...child.getChildren());
    child.remove();
    if (!$isQaFieldNode(child) && answer) answer.append(child);
  }
  let previous: QaFieldNode | null = null;
  for (const name of qaFieldNames) {
    let field = byName.get(name);
    if (!field) {
      field = $createQaFieldNode(name).append($createParagraphNode());
    }
    if (previous === null) {
      if (item.getFirstChild() !== field) item.splice(0, 0, [field]);
    } else if (previous.getNextSibling() !== field) previous.insertAfter(field);
    previous = field;
  }
}

function $repairField(field: QaFieldNode): void {
  if (!$isQaItemNode(field.getParent())) {
    const children: LexicalNode[] = field.getChildren();
    for (const child of children) field.insertBefore(child);
    field.remove();
    return;
  }
  if (field.isEmpty()) field.append($createParagraphNode());
  for (const child of field.getChildren()) {
    if (!$isElementNode(child) || child.isInline()) {
      const paragraph = $createParagraphNode();
      child.insertBefore(paragraph);
      paragraph.append(child);
    }
  }
}

export function registerQaStructure(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(QaItemNode, $repairItem),
    editor.registerNodeTransform(QaFieldNode, $repairField),
  );
}
