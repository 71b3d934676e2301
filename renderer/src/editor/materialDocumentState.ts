import {
  $getRoot,
  $isElementNode,
  type EditorState,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import {
  currentMaterialFormat,
  materialFormatName,
  type MaterialDocument,
  type SerializedNodeJson,
} from '../../../shared/lexical/materialDocument.ts';
import { readMaterialDocument } from '../../../shared/lexical/materialFormat.ts';

/** The editor state JSON of a saved material, migrated to the current format first. */
export const editorStateText = (documentText: string): string =>
  JSON.stringify(readMaterialDocument(JSON.parse(documentText)).editorState);

/** Lexical's own JSON of one node and everything under it (what `editorState.toJSON()` writes). */
export function $exportTree(node: LexicalNode): SerializedNodeJson {
  const json = node.exportJSON() as unknown as SerializedNodeJson & {
    children?: SerializedNodeJson[];
  };
  if ($isElementNode(node)) json.children = node.getChildren().map($exportTree);
  return json;
}

export const documentFromEditor = (editor: LexicalEditor): MaterialDocument => ({
  format: materialFormatName,
  formatVersion: currentMaterialFormat,
  editorState: editor.getEditorState().toJSON() as unknown as MaterialDocument['editorState'],
});

/** What an update listener reports, as far as the serializer needs it. */
export interface UpdateFacts {
  readonly dirtyElements: ReadonlyMap<NodeKey, boolean>;
  readonly tags: ReadonlySet<string>;
}

/**
 * Writes the saved form of a long document without re-exporting what did not change: the JSON text
 * of each top-level block is kept, keyed by node, and dropped when an update marks the block (or
 * anything inside it) dirty. An undo, redo or whole-state replacement clears everything.
 */
export class DocumentSerializer {
  readonly #blocks = new Map<NodeKey, string>();

  observe(update: UpdateFacts): void {
    if (update.tags.has('historic')) {
      this.#blocks.clear();
      return;
    }
    for (const key of update.dirtyElements.keys()) this.#blocks.delete(key);
  }

  reset(): void {
    this.#blocks.clear();
  }

  /** The document as parts: what a save of changes compares block by block. */
  parts(editorState: EditorState): DocumentParts {
    return editorState.read(() => {
      const root = $getRoot();
      const { children: _children, ...rootJson } =
        root.exportJSON() as unknown as SerializedNodeJson;
      const keys: NodeKey[] = [];
      const blocks = root.getChildren().map((node) => {
        const key = node.getKey();
        keys.push(key);
        let text = this.#blocks.get(key);
        if (text === undefined) {
          text = JSON.stringify($exportTree(node));
          this.#blocks.set(key, text);
        }
        return text;
      });
      const live = new Set(keys);
      for (const key of this.#blocks.keys()) if (!live.has(key)) this.#blocks.delete(key);
      return { root: JSON.stringify(rootJson), keys, blocks };
    });
  }

  serialize(editorState: EditorState): string {
    return documentTextOf(this.parts(editorState));
  }
}

/**
 * A document as the editor saves it: the root's own fields as JSON text, and each top-level block
 * (with what it holds) as JSON text, with the editor's key for it.
 */
export interface DocumentParts {
  readonly root: string;
  readonly keys: readonly NodeKey[];
  readonly blocks: readonly string[];
}

/** The saved JSON text of a document from its parts. */
export const documentTextOf = ({ root, blocks }: DocumentParts): string =>
  `{"format":${JSON.stringify(materialFormatName)},"formatVersion":${currentMaterialFormat},"editorState":{"root":${root.slice(0, -1)},"children":[${blocks.join(',')}]}}}`;
