import {
  $applyNodeReplacement,
  $getDocument,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import {
  qaFieldNames,
  qaFieldType,
  type QaFieldName,
} from '../../../../shared/lexical/materialDocument.ts';

export type SerializedQaFieldNode = Spread<{ field: QaFieldName }, SerializedElementNode>;

const isFieldName = (value: unknown): value is QaFieldName =>
  qaFieldNames.includes(value as QaFieldName);

/**
 * One part of a question in the 答问口径. A shadow root, like a table cell: Enter makes a new
 * paragraph inside it, and Backspace at its start never merges it into the part before. Its
 * label is drawn by CSS from `data-label` (theme `qaLabels`), so it is never part of the text,
 * and is the part's accessible name (a group named 问题, 答案…).
 */
export class QaFieldNode extends ElementNode {
  __field: QaFieldName;

  static override getType(): string {
    return qaFieldType;
  }

  static override clone(node: QaFieldNode): QaFieldNode {
    return new QaFieldNode(node.__field, node.__key);
  }

  constructor(field: QaFieldName = 'answer', key?: NodeKey) {
    super(key);
    this.__field = field;
  }

  static override importJSON(serializedNode: SerializedQaFieldNode): QaFieldNode {
    return $createQaFieldNode(
      isFieldName(serializedNode.field) ? serializedNode.field : 'answer',
    ).updateFromJSON(serializedNode);
  }

  override updateFromJSON(serializedNode: LexicalUpdateJSON<SerializedQaFieldNode>): this {
    return super.updateFromJSON(serializedNode);
  }

  override exportJSON(): SerializedQaFieldNode {
    return { ...super.exportJSON(), field: this.getField() };
  }

  getField(): QaFieldName {
    return this.getLatest().__field;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = $getDocument().createElement('div');
    const labels = (config.theme['qaLabels'] ?? {}) as Partial<Record<QaFieldName, string>>;
    dom.className = `${String(config.theme['qaField'] ?? '')} ${String(config.theme['qaField'] ?? '')}--${this.__field}`;
    const label = labels[this.__field] ?? this.__field;
    dom.dataset['label'] = label;
    // The label drawn by CSS is no name for a screen reader: each part is a named group.
    dom.setAttribute('role', 'group');
    dom.setAttribute('aria-label', label);
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isShadowRoot(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }
}

export function $createQaFieldNode(field: QaFieldName): QaFieldNode {
  return $applyNodeReplacement(new QaFieldNode(field));
}

export function $isQaFieldNode(node: LexicalNode | null | undefined): node is QaFieldNode {
  return node instanceof QaFieldNode;
}
