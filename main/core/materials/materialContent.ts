import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import {
  blocksOf,
  characterCount,
  type TextBlock,
} from '../../../shared/lexical/materialBlocks.ts';
import type { MaterialDocument } from '../../../shared/lexical/materialDocument.ts';
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
