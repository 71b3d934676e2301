import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonicalJson.ts';
import { blocksOf, characterCount } from '../../../shared/lexical/materialBlocks.ts';
import {
  currentMaterialFormat,
  materialFormatName,
  type MaterialDocument,
  type SerializedNodeJson,
} from '../../../shared/lexical/materialDocument.ts';

/**
 * A material is stored as its top-level blocks, each kept once under the SHA-256 of its canonical
 * JSON, and a layout: the document's canonical JSON without the root's children (the envelope)
 * and the blocks' hashes in order. An autosave then checks, hashes and writes the blocks that
 * changed, not the whole document. The canonical JSON of the whole is the envelope with the
 * blocks' JSON joined in at `insertAt`, byte for byte what `canonicalJson` of the document gives.
 */

export const sha256Of = (text: string): string => createHash('sha256').update(text).digest('hex');

/** One top-level block as stored, with what the document's totals and text need of it. */
export interface StoredBlock {
  readonly hash: string;
  readonly json: string;
  /** Its text blocks' text, one a line (see `blocksOf`), and how many there are. */
  readonly plain: string;
  readonly lines: number;
  readonly nodes: number;
  readonly textLength: number;
  readonly charCount: number;
  /** `sourceKeyOf` the JSON an editor sent for it, when it came from one. */
  readonly sourceKey?: string;
}

export interface MaterialLayout {
  readonly envelope: string;
  /** Where the blocks' JSON goes in the envelope; -1 when the root has no list of children. */
  readonly insertAt: number;
  readonly hashes: readonly string[];
  /**
   * Whether the stored document is in this release's checked form (current format, view state
   * cleared): only then may an autosave keep blocks by hash without reading them again. A
   * document received from another office is stored as it was written, maybe in an older format.
   */
  readonly prepared: boolean;
  /** Nodes, text length and 字数 of the blocks together (the root's own are not in them). */
  readonly blockNodes: number;
  readonly blockTextLength: number;
  readonly charCount: number;
}

const hashFormat = 'press-workbench/material-hash/2\n';

/**
 * The content hash of a material stored since schema 18: the SHA-256 of the envelope and the
 * blocks' hashes in order, so a save hashes only what changed. Hashes recorded before (approvals,
 * sign-offs, versions, exchanged records) are the SHA-256 of the whole canonical JSON, and stay
 * as they were until the content changes (`legacyContentHash`).
 */
export function layoutHash(envelope: string, insertAt: number, hashes: readonly string[]): string {
  return createHash('sha256')
    .update(hashFormat)
    .update(envelope)
    .update(`\n${insertAt}\n`)
    .update(hashes.join(''))
    .digest('hex');
}

export const legacyContentHash = (canonical: string): string => sha256Of(canonical);

/**
 * What a block an editor sent (as JSON text) is recognised by in a later save: the same text
 * always reads, checks and hashes to the same stored block, so a block whose key is stored is not
 * read again. The prefix names the format and the reading; change it when either changes.
 */
export const sourceKeyOf = (blockText: string): string =>
  sha256Of(`press-workbench/material-block-source/${currentMaterialFormat}/1\n${blockText}`);

const marker = '\u0000material-blocks\u0000';
const markerJson = JSON.stringify(marker);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The document's canonical JSON with its root's children left out, and where they go. */
export function envelopeOf(document: unknown): { envelope: string; insertAt: number } {
  const editorState = isObject(document) ? document['editorState'] : undefined;
  const root = isObject(editorState) ? editorState['root'] : undefined;
  if (!isObject(document) || !isObject(editorState) || !isObject(root)) {
    return { envelope: canonicalJson(document), insertAt: -1 };
  }
  if (!Array.isArray(root['children'])) return { envelope: canonicalJson(document), insertAt: -1 };
  const text = canonicalJson({
    ...document,
    editorState: { ...editorState, root: { ...root, children: [marker] } },
  });
  const at = text.indexOf(markerJson);
  if (at < 0 || text.lastIndexOf(markerJson) !== at) {
    throw new Error('material layout: the block marker is not unique');
  }
  return { envelope: text.slice(0, at) + text.slice(at + markerJson.length), insertAt: at };
}

/** The root's children of a document, or none. */
export function rootChildrenOf(document: unknown): readonly unknown[] {
  const editorState = isObject(document) ? document['editorState'] : undefined;
  const root = isObject(editorState) ? editorState['root'] : undefined;
  const children = isObject(root) ? root['children'] : undefined;
  return Array.isArray(children) ? children : [];
}

function sizeOf(node: SerializedNodeJson): { nodes: number; textLength: number } {
  let nodes = 1;
  let textLength = typeof node.text === 'string' ? node.text.length : 0;
  for (const child of Array.isArray(node.children) ? node.children : []) {
    const size = sizeOf(child);
    nodes += size.nodes;
    textLength += size.textLength;
  }
  return { nodes, textLength };
}

/** A block (already checked, or read as stored) with its hash and what the totals need. */
export function storedBlockOf(
  block: SerializedNodeJson,
  size: { readonly nodes: number; readonly textLength: number } = sizeOf(block),
  sourceKey?: string,
): StoredBlock {
  const json = canonicalJson(block);
  const texts = blocksOf({
    format: materialFormatName,
    formatVersion: currentMaterialFormat,
    editorState: { root: { type: 'root', children: [block] } },
  }).map((text) => text.text);
  const plain = texts.join('\n');
  return {
    hash: sha256Of(json),
    json,
    plain,
    lines: texts.length,
    nodes: size.nodes,
    textLength: size.textLength,
    charCount: characterCount(plain),
    ...(sourceKey !== undefined && { sourceKey }),
  };
}

/** The layout of a document given its blocks in order. */
export function layoutOf(
  envelope: { readonly envelope: string; readonly insertAt: number },
  blocks: readonly StoredBlock[],
  prepared: boolean,
): MaterialLayout {
  let blockNodes = 0;
  let blockTextLength = 0;
  let charCount = 0;
  for (const block of blocks) {
    blockNodes += block.nodes;
    blockTextLength += block.textLength;
    charCount += block.charCount;
  }
  return {
    ...envelope,
    hashes: blocks.map((block) => block.hash),
    prepared,
    blockNodes,
    blockTextLength,
    charCount,
  };
}

/** Splits a document (checked, or as received) into its envelope and blocks. */
export function splitDocument(
  document: MaterialDocument | unknown,
  prepared: boolean,
): { layout: MaterialLayout; blocks: StoredBlock[] } {
  const blocks = rootChildrenOf(document).map((child) =>
    storedBlockOf(child as SerializedNodeJson),
  );
  return { layout: layoutOf(envelopeOf(document), blocks, prepared), blocks };
}

/** The content hash (`layoutHash`) of a document, checked or as received. */
export function contentHashOf(document: unknown): string {
  const { layout } = splitDocument(document, false);
  return layoutHash(layout.envelope, layout.insertAt, layout.hashes);
}

/** The canonical JSON of the whole document, from its layout and its blocks' JSON in order. */
export function assembleDocument(
  layout: { readonly envelope: string; readonly insertAt: number },
  blockJson: readonly string[],
): string {
  if (layout.insertAt < 0) return layout.envelope;
  return (
    layout.envelope.slice(0, layout.insertAt) +
    blockJson.join(',') +
    layout.envelope.slice(layout.insertAt)
  );
}

/** The plain text of a prepared document (as `plainTextOf`), from its blocks in order. */
export const assembleText = (blocks: readonly StoredBlock[]): string =>
  blocks
    .filter((block) => block.lines > 0)
    .map((block) => block.plain)
    .join('\n');
