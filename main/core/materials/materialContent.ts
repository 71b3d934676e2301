import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import {
  blocksOf,
  characterCount,
  type TextBlock,
} from '../../../shared/lexical/materialBlocks.ts';
import {
  currentMaterialFormat,
  materialFormatName,
  type MaterialDocument,
} from '../../../shared/lexical/materialDocument.ts';
import {
  MaterialFormatError,
  parseMaterialDocument,
  readMaterialDocument,
} from '../../../shared/lexical/materialFormat.ts';
import { AppError } from '../appError.ts';

/** A material's content checked and in the form it is stored, hashed and searched. */
export interface PreparedContent {
  readonly document: MaterialDocument;
  /** Canonical JSON (sorted keys): the stored text, and what the SHA-256 covers. */
  readonly canonical: string;
  readonly contentHash: string;
  readonly blocks: readonly TextBlock[];
  readonly text: string;
  readonly charCount: number;
}

export const sha256Of = (text: string): string => createHash('sha256').update(text).digest('hex');

function prepare(read: () => MaterialDocument, stored?: string): PreparedContent {
  let document: MaterialDocument;
  try {
    document = read();
  } catch (error) {
    if (error instanceof MaterialFormatError) throw new AppError('invalid_document', error.message);
    throw error;
  }
  const canonical = stored ?? canonicalJson(document);
  const blocks = blocksOf(document);
  const text = blocks.map((block) => block.text).join('\n');
  return {
    document,
    canonical,
    contentHash: sha256Of(canonical),
    blocks,
    text,
    charCount: characterCount(text),
  };
}

/** From the JSON text a client sent (any known format; older ones are migrated). */
export const prepareText = (text: string): PreparedContent =>
  prepare(() => parseMaterialDocument(text));

/** From a document built in code (a template). */
export const prepareDocument = (document: MaterialDocument): PreparedContent =>
  prepare(() => readMaterialDocument(document));

/** An autosave of changes (materials:saveChanges) against the stored document it was based on. */
export interface ContentChanges {
  readonly root: string;
  readonly blocks: readonly (number | string)[];
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new MaterialFormatError('材料文档不是有效的 JSON，未保存。');
  }
}

/**
 * The document an autosave of changes describes: the stored document's blocks where the editor
 * sent their index, the sent blocks elsewhere. Checked as a whole, like a full save.
 */
export function prepareChanges(stored: string, changes: ContentChanges): PreparedContent {
  return prepare(() => {
    const base = parseMaterialDocument(stored).editorState.root.children ?? [];
    const rootFields = parsedJson(changes.root);
    if (typeof rootFields !== 'object' || rootFields === null || Array.isArray(rootFields)) {
      throw new MaterialFormatError('材料文档的根节点无效，未保存。');
    }
    const children = changes.blocks.map((block) => {
      if (typeof block === 'string') return parsedJson(block);
      const kept = base[block];
      if (kept === undefined)
        throw new MaterialFormatError('材料的修改引用了不存在的段落，未保存。');
      return kept;
    });
    return readMaterialDocument({
      format: materialFormatName,
      formatVersion: currentMaterialFormat,
      editorState: { root: { ...rootFields, children } },
    });
  });
}

/**
 * From another installation: kept in the format it was written in (so it hashes as it did at the
 * sender, and approvals bound to that hash hold on both sides); editors migrate it on opening.
 */
export function prepareReceived(text: string): PreparedContent {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('invalid_document', '材料文档不是有效的 JSON。');
  }
  return prepare(() => readMaterialDocument(raw), canonicalJson(raw));
}
