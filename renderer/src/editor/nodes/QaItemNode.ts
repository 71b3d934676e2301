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
import { qaItemType } from '../../../../shared/lexical/materialDocument.ts';

export type SerializedQaItemNode = Spread<
  { libraryAnswerId: string | null },
  SerializedElementNode
>;

/**
 * One anticipated question of the 答问口径: a block holding one QaFieldNode per part (question,
 * answer, what may and may not be said, owner, source), so every part is ordinary editable text.
 * `libraryAnswerId` names the 口径库 answer it was inserted from, to flag it when that expires.
 */
export class QaItemNode extends ElementNode {
  __libraryAnswerId: string | null;

  static override getType(): string {
    return qaItemType;
  }

  static override clone(node: QaItemNode): QaItemNode {
    return new QaItemNode(node.__libraryAnswerId, node.__key);
  }

  constructor(libraryAnswerId: string | null = null, key?: NodeKey) {
    super(key);
    this.__libraryAnswerId = libraryAnswerId;
  }

  static override importJSON(serializedNode: SerializedQaItemNode): QaItemNode {
    return $createQaItemNode().updateFromJSON(serializedNode);
  }

  override updateFromJSON(serializedNode: LexicalUpdateJSON<SerializedQaItemNode>): this {
    return super
      .updateFromJSON(serializedNode)
      .setLibraryAnswerId(serializedNode.libraryAnswerId ?? null);
  }

  override exportJSON(): SerializedQaItemNode {
    return { ...super.exportJSON(), libraryAnswerId: this.getLibraryAnswerId() };
  }

  getLibraryAnswerId(): string | null {
    return this.getLatest().__libraryAnswerId;
  }

  setLibraryAnswerId(libraryAnswerId: string | null): this {
    const writable = this.getWritable();
    writable.__libraryAnswerId = libraryAnswerId;
    return writable;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = $getDocument().createElement('section');
    dom.className = String(config.theme['qaItem'] ?? '');
    if (this.__libraryAnswerId) dom.dataset['answerId'] = this.__libraryAnswerId;
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if (prevNode.__libraryAnswerId !== this.__libraryAnswerId) {
      if (this.__libraryAnswerId) dom.dataset['answerId'] = this.__libraryAnswerId;
      else delete dom.dataset['answerId'];
    }
    return false;
  }

  override canBeEmpty(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }
}

export function $createQaItemNode(libraryAnswerId: string | null = null): QaItemNode {
  return $applyNodeReplacement(new QaItemNode(libraryAnswerId));
}

export function $isQaItemNode(node: LexicalNode | null | undefined): node is QaItemNode {
  return node instanceof QaItemNode;
}
