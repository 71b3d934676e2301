import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';

/**
 * Migration 018's own copy of how a stored material was split into blocks when schema 18 shipped
 * (materialLayout.ts, materialContent.ts `storableText`, materialBlockRepository.ts `writeLayout`,
 * and the shared canonical JSON, format check, text walk and 字数 they used). Frozen: a migration
 * must do what it did when it shipped, whatever the live code becomes. Never edit it; a change of
 * the stored form is a new migration. 018_materialBlocks.test.ts compares it with the live code.
 */

type Json = Record<string, unknown>;

interface Node {
  readonly type: string;
  readonly children?: readonly Node[];
  readonly text?: string;
  readonly [property: string]: unknown;
}

interface Block {
  readonly hash: string;
  readonly json: string;
  readonly plain: string;
  readonly lines: number;
  readonly nodes: number;
  readonly textLength: number;
  readonly charCount: number;
}

interface Layout {
  readonly envelope: string;
  readonly insertAt: number;
  readonly hashes: readonly string[];
  readonly prepared: boolean;
  readonly blockNodes: number;
  readonly blockTextLength: number;
  readonly charCount: number;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const sha256Of = (text: string): string => createHash('sha256').update(text).digest('hex');

// Canonical JSON (shared/canonicalJson.ts at schema 18): sorted keys, no whitespace.

class NumericKeys extends Error {}

const arrayIndex = /^(?:0|[1-9]\d*)$/;

function sortingReplacer(this: Json, key: string): unknown {
  const raw = this[key];
  if (typeof raw === 'number' && !Number.isFinite(raw)) {
    throw new Error('canonicalJson: numbers must be finite');
  }
  if (typeof raw === 'function' || typeof raw === 'symbol') return null;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const keys = Object.keys(raw).sort();
  if (keys.some((name) => arrayIndex.test(name))) throw new NumericKeys();
  const sorted = Object.create(null) as Json;
  for (const name of keys) sorted[name] = (raw as Json)[name];
  return sorted;
}

function canonicalJsonByWalk(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Error('canonicalJson: numbers must be finite');
    }
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJsonByWalk).join(',')}]`;
  const entries = Object.entries(value as Json)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJsonByWalk(item)}`).join(',')}}`;
}

function canonicalJson(value: unknown): string {
  try {
    return JSON.stringify(value, sortingReplacer) ?? 'null';
  } catch (error) {
    if (error instanceof NumericKeys) return canonicalJsonByWalk(value);
    throw error;
  }
}

// Whether a stored text is a checked material of format 2 in canonical form (`prepared`): as
// `canonicalJson(readMaterialDocument(parsed)) === text` decided it. An older format is migrated
// to format 2 by that reading and so never equals its own text: only format 2 needs checking.

const formatName = 'press-workbench/material';
const formatVersion = 2;
const limits = { depth: 16, nodes: 250_000, textLength: 1_000_000 } as const;
const allowedNodeTypes: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'table',
  'tablerow',
  'tablecell',
  'qa-item',
  'qa-field',
  'text',
  'linebreak',
  'tab',
]);

/** Throws on the first fault, as `readMaterialDocument` refused a tree. */
function checkTree(node: unknown, depth: number, size: { nodes: number; textLength: number }) {
  if (!isObject(node) || typeof node['type'] !== 'string') throw new Error('unknown content');
  if (!allowedNodeTypes.has(node['type'])) throw new Error('unsupported node type');
  if (depth > limits.depth) throw new Error('too deep');
  size.nodes += 1;
  if (typeof node['text'] === 'string') size.textLength += node['text'].length;
  if (size.nodes > limits.nodes || size.textLength > limits.textLength) {
    throw new Error('too large');
  }
  const children = node['children'];
  if (children === undefined) return;
  if (!Array.isArray(children)) throw new Error('children are not a list');
  for (const child of children) checkTree(child, depth + 1, size);
}

function withoutViewState(node: Node): Node {
  const children = node.children?.map(withoutViewState);
  const out: Json = children ? { ...node, children } : { ...node };
  if ('direction' in out) out['direction'] = null;
  if (node.type === 'paragraph') {
    out['textFormat'] = 0;
    out['textStyle'] = '';
  }
  return out as Node;
}

function checkedFormat2(parsed: unknown): Json {
  if (!isObject(parsed) || parsed['format'] !== formatName) throw new Error('not a material');
  if (parsed['formatVersion'] !== formatVersion) throw new Error('not format 2');
  const editorState = parsed['editorState'];
  if (!isObject(editorState)) throw new Error('no content');
  const root = editorState['root'];
  checkTree(root, 0, { nodes: 0, textLength: 0 });
  if ((root as Node).type !== 'root') throw new Error('no root');
  return {
    format: formatName,
    formatVersion,
    editorState: { root: withoutViewState(root as Node) },
  };
}

function isPrepared(parsed: unknown, text: string): boolean {
  try {
    return canonicalJson(checkedFormat2(parsed)) === text;
  } catch {
    return false;
  }
}

// A block's text, one text block a line (shared/lexical/materialBlocks.ts `blocksOf` at schema
// 18, its texts only), and 字数 (`characterCount`).

const textBlockTypes = new Set(['paragraph', 'heading', 'quote', 'listitem']);

const inlineText = (node: Node): string => {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  return '';
};

function pushText(node: Node, texts: string[]): void {
  texts.push((node.children ?? []).map(inlineText).join(''));
  for (const child of node.children ?? []) if (child.children) visitText(child, texts);
}

function visitText(node: Node, texts: string[]): void {
  if (node.type === 'heading') {
    texts.push((node.children ?? []).map(inlineText).join(''));
    return;
  }
  if (node.type === 'paragraph' || node.type === 'quote' || node.type === 'listitem') {
    pushText(node, texts);
    return;
  }
  if (node.type === 'table') {
    // forEach, not for-of, as `blocksOf` walked rows and cells: a malformed received document
    // fails or passes here exactly as it did then.
    (node.children ?? []).forEach((row) =>
      (row.children ?? []).forEach((cell) => {
        for (const child of cell.children ?? []) {
          if (textBlockTypes.has(child.type)) pushText(child, texts);
          else visitText(child, texts);
        }
      }),
    );
    return;
  }
  if (node.type === 'qa-item') {
    for (const field of node.children ?? []) {
      if (field.type !== 'qa-field') continue;
      for (const child of field.children ?? []) {
        if (textBlockTypes.has(child.type)) pushText(child, texts);
      }
    }
    return;
  }
  if (node.type === 'list' || node.type === 'root') {
    for (const child of node.children ?? []) visitText(child, texts);
  }
}

function characterCount(text: string): number {
  const pairs = text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
  return text.replace(/\s+/g, '').length - pairs;
}

// Splitting into the envelope and blocks, and the layout's hash (materialLayout.ts at schema 18).

const marker = '\u0000material-blocks\u0000';
const markerJson = JSON.stringify(marker);

function envelopeOf(document: unknown): { envelope: string; insertAt: number } {
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

function rootChildrenOf(document: unknown): readonly unknown[] {
  const editorState = isObject(document) ? document['editorState'] : undefined;
  const root = isObject(editorState) ? editorState['root'] : undefined;
  const children = isObject(root) ? root['children'] : undefined;
  return Array.isArray(children) ? children : [];
}

function sizeOf(node: Node): { nodes: number; textLength: number } {
  let nodes = 1;
  let textLength = typeof node.text === 'string' ? node.text.length : 0;
  for (const child of Array.isArray(node.children) ? node.children : []) {
    const size = sizeOf(child);
    nodes += size.nodes;
    textLength += size.textLength;
  }
  return { nodes, textLength };
}

function blockOf(node: Node): Block {
  const json = canonicalJson(node);
  const texts: string[] = [];
  visitText({ type: 'root', children: [node] }, texts);
  const plain = texts.join('\n');
  const size = sizeOf(node);
  return {
    hash: sha256Of(json),
    json,
    plain,
    lines: texts.length,
    nodes: size.nodes,
    textLength: size.textLength,
    charCount: characterCount(plain),
  };
}

function layoutOf(document: unknown, blocks: readonly Block[], prepared: boolean): Layout {
  let blockNodes = 0;
  let blockTextLength = 0;
  let charCount = 0;
  for (const block of blocks) {
    blockNodes += block.nodes;
    blockTextLength += block.textLength;
    charCount += block.charCount;
  }
  return {
    ...envelopeOf(document),
    hashes: blocks.map((block) => block.hash),
    prepared,
    blockNodes,
    blockTextLength,
    charCount,
  };
}

const layoutHash = (layout: Layout): string =>
  createHash('sha256')
    .update('press-workbench/material-hash/2\n')
    .update(layout.envelope)
    .update(`\n${layout.insertAt}\n`)
    .update(layout.hashes.join(''))
    .digest('hex');

/** Stores each material's blocks and layout, from `materials.document` (still there). */
export function splitStoredMaterials(db: DatabaseSync): void {
  const insertBlock = db.prepare(
    `INSERT INTO material_blocks (material_id, hash, json, plain, lines, nodes, text_length,
       char_count, source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET source_key = coalesce(excluded.source_key, source_key)`,
  );
  const insertLayout = db.prepare(
    `INSERT OR REPLACE INTO material_layouts (material_id, layout_hash, envelope, insert_at, hashes,
       prepared, block_nodes, block_text_length, char_count, search_pending)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rows = db.prepare('SELECT id, document FROM materials').all() as {
    id: string;
    document: string;
  }[];
  for (const row of rows) {
    const parsed: unknown = JSON.parse(row.document);
    const blocks = rootChildrenOf(parsed).map((child) => blockOf(child as Node));
    const layout = layoutOf(parsed, blocks, isPrepared(parsed, row.document));
    for (const block of blocks) {
      insertBlock.run(
        row.id,
        Buffer.from(block.hash, 'hex'),
        block.json,
        block.plain,
        block.lines,
        block.nodes,
        block.textLength,
        block.charCount,
        null,
      );
    }
    insertLayout.run(
      row.id,
      layoutHash(layout),
      layout.envelope,
      layout.insertAt,
      Buffer.from(layout.hashes.join(''), 'hex'),
      layout.prepared ? 1 : 0,
      layout.blockNodes,
      layout.blockTextLength,
      layout.charCount,
      0,
    );
  }
}
