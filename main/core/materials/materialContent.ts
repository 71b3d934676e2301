import { canonicalJson } from '../../../shared/canonicalJson.ts';
import { plainTextOf, characterCount } from '../../../shared/lexical/materialBlocks.ts';
import {
  currentMaterialFormat,
  materialFormatName,
  type MaterialDocument,
} from '../../../shared/lexical/materialDocument.ts';
import {
  checkDocumentSize,
  MaterialFormatError,
  parseMaterialDocument,
  readMaterialBlock,
  readMaterialDocument,
} from '../../../shared/lexical/materialFormat.ts';
import { AppError } from '../appError.ts';
import type { StoredLayout } from './materialBlockRepository.ts';
import {
  assembleDocument,
  assembleText,
  envelopeOf,
  layoutHash,
  layoutOf,
  legacyContentHash,
  sourceKeyOf,
  splitDocument,
  storedBlockOf,
  type MaterialLayout,
  type StoredBlock,
} from './materialLayout.ts';

export { sha256Of } from './materialLayout.ts';

/** Content checked and ready to store: its layout, the blocks not stored yet among others. */
export interface StorableContent {
  /** The hash of the content in block form (`layoutHash`), which a save records. */
  readonly contentHash: string;
  readonly layout: StoredLayout;
  /** Every block the layout names that may not be stored yet. */
  readonly blocks: readonly StoredBlock[];
  /** The stored layout's blocks it may no longer name, when it was worked out on that layout. */
  readonly gone?: readonly string[];
  readonly charCount: number;
}

/** A whole material's content checked and in the form it is stored, hashed and searched. */
export interface PreparedContent extends StorableContent {
  readonly document: MaterialDocument;
  /** Canonical JSON (sorted keys): the stored text, as the layout and blocks assemble it. */
  readonly canonical: string;
  readonly text: string;
}

const withHash = (layout: MaterialLayout): StoredLayout => ({
  ...layout,
  layoutHash: layoutHash(layout.envelope, layout.insertAt, layout.hashes),
});

function readOrRefuse<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof MaterialFormatError) throw new AppError('invalid_document', error.message);
    throw error;
  }
}

/** A checked document (in the current format, view state cleared) split into blocks. */
function preparedOf(document: MaterialDocument): PreparedContent {
  const split = splitDocument(document, true);
  const layout = withHash(split.layout);
  let canonical: string | undefined;
  return {
    document,
    get canonical() {
      return (canonical ??= assembleDocument(
        layout,
        split.blocks.map((block) => block.json),
      ));
    },
    contentHash: layout.layoutHash,
    layout,
    blocks: split.blocks,
    text: assembleText(split.blocks),
    charCount: layout.charCount,
  };
}

/** From the JSON text a client sent (any known format; older ones are migrated). */
export const prepareText = (text: string): PreparedContent =>
  preparedOf(readOrRefuse(() => parseMaterialDocument(text)));

/** From a document built in code (a template). */
export const prepareDocument = (document: MaterialDocument): PreparedContent =>
  preparedOf(readOrRefuse(() => readMaterialDocument(document)));

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The blocks of a document (checked with their sizes), recognising those stored before. */
function readBlocks(
  children: readonly unknown[],
  known: (sourceKey: string) => StoredBlock | undefined,
): { blocks: StoredBlock[]; computed: StoredBlock[] } {
  const computed: StoredBlock[] = [];
  const blocks = children.map((child) => {
    // The editor sends each block as JSON.stringify of it: the same text a save of changes sends.
    const sourceKey = sourceKeyOf(JSON.stringify(child));
    const stored = known(sourceKey);
    if (stored) return stored;
    const { block, size } = readMaterialBlock(child);
    const fresh = storedBlockOf(block, size, sourceKey);
    computed.push(fresh);
    return fresh;
  });
  return { blocks, computed };
}

/**
 * The same content as `prepareText`, for a save of the whole document (a window's first) of a
 * material already stored in blocks: a block the editor sent before, in the same JSON, is
 * recognised by `sourceKeyOf` it and neither checked nor hashed again. A document in an older
 * format, or of another shape, is read whole by `prepareText`.
 */
export function prepareTextOnLayout(
  text: string,
  knownBlocks: () => ReadonlyMap<string, StoredBlock>,
): StorableContent {
  const raw = readOrRefuse(() => parsedJson(text));
  const editorState = isObject(raw) ? raw['editorState'] : undefined;
  const root = isObject(editorState) ? editorState['root'] : undefined;
  const children = isObject(root) ? root['children'] : undefined;
  if (
    !isObject(raw) ||
    raw['format'] !== materialFormatName ||
    raw['formatVersion'] !== currentMaterialFormat ||
    !isObject(editorState) ||
    !isObject(root) ||
    !Array.isArray(children)
  ) {
    return prepareText(text);
  }
  return readOrRefuse(() => {
    const envelopeDocument = readMaterialDocument({
      ...raw,
      editorState: { ...editorState, root: { ...root, children: [] } },
    });
    const known = knownBlocks();
    const { blocks, computed } = readBlocks(children, (key) => known.get(key));
    const layout = withHash(layoutOf(envelopeOf(envelopeDocument), blocks, true));
    const rootText = envelopeDocument.editorState.root.text;
    checkDocumentSize({
      nodes: 1 + layout.blockNodes,
      textLength: (typeof rootText === 'string' ? rootText.length : 0) + layout.blockTextLength,
    });
    return {
      contentHash: layout.layoutHash,
      layout,
      blocks: computed,
      charCount: layout.charCount,
    };
  });
}

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
 * The document an autosave of changes describes, on a stored document in whole form: the stored
 * document's blocks where the editor sent their index, the sent blocks elsewhere. Checked as a
 * whole, like a full save.
 */
export function prepareChanges(stored: string, changes: ContentChanges): PreparedContent {
  return preparedOf(
    readOrRefuse(() => {
      const base = parseMaterialDocument(stored).editorState.root.children ?? [];
      const children = changes.blocks.map((block) => {
        if (typeof block === 'string') return parsedJson(block);
        const kept = base[block];
        if (kept === undefined) throw missingBlock();
        return kept;
      });
      return readMaterialDocument({
        format: materialFormatName,
        formatVersion: currentMaterialFormat,
        editorState: { root: { ...rootFieldsOf(changes.root), children } },
      });
    }),
  );
}

const missingBlock = () => new MaterialFormatError('材料的修改引用了不存在的段落，未保存。');

function rootFieldsOf(text: string): Record<string, unknown> {
  const fields = parsedJson(text);
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw new MaterialFormatError('材料文档的根节点无效，未保存。');
  }
  return fields as Record<string, unknown>;
}

/** Above this many blocks sent as text, looking up the stored ones costs less than reading all. */
const recognitionThreshold = 16;

/**
 * The same document as `prepareChanges` gives, on a stored layout of checked blocks: only the
 * root and the blocks sent are read and checked; a kept block is its stored hash, and the
 * document's totals change by what left and what came. `storedBlocks` reads stored blocks by hash,
 * `knownBlocks` by `sourceKeyOf` the text an editor sent for them (blocksBySource).
 */
export function prepareChangesOnLayout(
  stored: StoredLayout,
  changes: ContentChanges,
  storedBlocks: (hashes: readonly string[]) => ReadonlyMap<string, StoredBlock>,
  knownBlocks: () => ReadonlyMap<string, StoredBlock>,
): StorableContent {
  return readOrRefuse(() => {
    const envelopeDocument = readMaterialDocument({
      format: materialFormatName,
      formatVersion: currentMaterialFormat,
      editorState: { root: { ...rootFieldsOf(changes.root), children: [] } },
    });
    const rootText = envelopeDocument.editorState.root.text;
    const sentBlocks: StoredBlock[] = [];
    const written: StoredBlock[] = [];
    // A window's first save sends every block as text: those it sent before are recognised.
    const sentTexts = changes.blocks.filter((entry) => typeof entry === 'string').length;
    const recognisable = sentTexts > recognitionThreshold ? knownBlocks() : null;
    const hashes = changes.blocks.map((entry) => {
      if (typeof entry === 'number') {
        const kept = stored.hashes[entry];
        if (kept === undefined) throw missingBlock();
        return kept;
      }
      const sourceKey = sourceKeyOf(entry);
      const recognised = recognisable?.get(sourceKey);
      if (recognised) {
        sentBlocks.push(recognised);
        return recognised.hash;
      }
      const { block, size } = readMaterialBlock(parsedJson(entry));
      const storedBlock = storedBlockOf(block, size, sourceKey);
      sentBlocks.push(storedBlock);
      written.push(storedBlock);
      return storedBlock.hash;
    });
    // The totals: of the blocks sent plus those kept by index, or (when fewer stored blocks must
    // be read for it) the stored totals moved by the blocks sent and by each stored block as
    // often more or less as it is used now.
    const uses = new Int32Array(stored.hashes.length);
    let keptCount = 0;
    for (const entry of changes.blocks) {
      if (typeof entry !== 'number') continue;
      uses[entry] = (uses[entry] ?? 0) + 1;
      keptCount += 1;
    }
    const gone: string[] = [];
    const moved: { hash: string; times: number }[] = [];
    uses.forEach((used, index) => {
      const hash = stored.hashes[index] as string;
      if (used === 0) gone.push(hash);
      if (used !== 1) moved.push({ hash, times: used - 1 });
    });
    const fromScratch = keptCount < moved.length;
    const counted = fromScratch
      ? changes.blocks.flatMap((entry, index) =>
          typeof entry === 'number' ? [{ hash: hashes[index] as string, times: 1 }] : [],
        )
      : moved;
    let blockNodes = fromScratch ? 0 : stored.blockNodes;
    let blockTextLength = fromScratch ? 0 : stored.blockTextLength;
    let charCount = fromScratch ? 0 : stored.charCount;
    const count = (block: StoredBlock, times: number) => {
      blockNodes += times * block.nodes;
      blockTextLength += times * block.textLength;
      charCount += times * block.charCount;
    };
    for (const block of sentBlocks) count(block, 1);
    const known = storedBlocks([...new Set(counted.map((entry) => entry.hash))]);
    for (const { hash, times } of counted) {
      const block = known.get(hash);
      if (!block) throw new Error(`material block ${hash} is not stored`);
      count(block, times);
    }
    checkDocumentSize({
      nodes: 1 + blockNodes,
      textLength: (typeof rootText === 'string' ? rootText.length : 0) + blockTextLength,
    });
    const layout = withHash({
      ...envelopeOf(envelopeDocument),
      hashes,
      prepared: true,
      blockNodes,
      blockTextLength,
      charCount,
    });
    return { contentHash: layout.layoutHash, layout, blocks: written, gone, charCount };
  });
}

/** Received content: its layout, and every hash the sender may have recorded for it. */
export interface ReceivedContent extends PreparedContent {
  readonly acceptedHashes: readonly string[];
}

/**
 * From another installation: kept in the format it was written in (so it hashes as it did at the
 * sender, and approvals bound to that hash hold on both sides); editors migrate it on opening.
 * The sender recorded either the hash of its blocks or, for content unchanged since before
 * schema 18, the SHA-256 of the whole canonical JSON.
 */
export function prepareReceived(text: string): ReceivedContent {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('invalid_document', '材料文档不是有效的 JSON。');
  }
  const document = readOrRefuse(() => readMaterialDocument(raw));
  const canonical = canonicalJson(raw);
  const split = splitDocument(raw, canonicalJson(document) === canonical);
  const layout = withHash(split.layout);
  const plain = plainTextOf(document);
  return {
    document,
    canonical,
    contentHash: layout.layoutHash,
    acceptedHashes: [layout.layoutHash, legacyContentHash(canonical)],
    layout,
    blocks: split.blocks,
    text: plain,
    charCount: characterCount(plain),
  };
}

/** A stored document text (tests and fixtures that insert materials directly). */
export function storableText(text: string): StorableContent {
  const parsed: unknown = JSON.parse(text);
  let prepared: boolean;
  try {
    prepared = canonicalJson(readMaterialDocument(parsed)) === text;
  } catch {
    prepared = false;
  }
  const split = splitDocument(parsed, prepared);
  const layout = withHash(split.layout);
  return {
    contentHash: layout.layoutHash,
    layout,
    blocks: split.blocks,
    charCount: layout.charCount,
  };
}
