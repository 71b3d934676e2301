import {
  allowedNodeTypes,
  currentMaterialFormat,
  materialFormatName,
  type MaterialDocument,
  type SerializedNodeJson,
} from './materialDocument.ts';
import { formatMigrations } from './materialFormatMigrations.ts';

/** A saved document that cannot be read; the message says why, in Chinese. */
export class MaterialFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MaterialFormatError';
  }
}

export const documentLimits = { depth: 16, nodes: 250_000, textLength: 1_000_000 } as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How much of the document's limits a checked tree uses. */
export interface TreeSize {
  readonly nodes: number;
  readonly textLength: number;
}

/** Refuses a document whose nodes or text together exceed `documentLimits`. */
export function checkDocumentSize(size: TreeSize): void {
  if (size.nodes > documentLimits.nodes) throw new MaterialFormatError('文档过大，未保存。');
  if (size.textLength > documentLimits.textLength) {
    throw new MaterialFormatError('文档超过一百万字，未保存。请拆分为多份材料。');
  }
}

/**
 * Checks a subtree at `depth` (the root is 0) is made of known node types, within bounds, and
 * adds its nodes and text to `size`; throws on the first fault.
 */
function visitTree(node: unknown, depth: number, size: { nodes: number; textLength: number }) {
  if (!isObject(node) || typeof node['type'] !== 'string') {
    throw new MaterialFormatError('文档中有无法识别的内容，未保存。');
  }
  if (!allowedNodeTypes.has(node['type'])) {
    throw new MaterialFormatError(
      `文档中有不支持的内容类型“${node['type'].slice(0, 40)}”，未保存。`,
    );
  }
  if (depth > documentLimits.depth) throw new MaterialFormatError('文档层级过深，未保存。');
  size.nodes += 1;
  if (typeof node['text'] === 'string') size.textLength += node['text'].length;
  checkDocumentSize(size);
  const children = node['children'];
  if (children === undefined) return;
  if (!Array.isArray(children)) throw new MaterialFormatError('文档结构不正确，未保存。');
  for (const child of children) visitTree(child, depth + 1, size);
}

/** Checks the tree is made of known node types, within bounds; throws on the first fault. */
function checkTree(root: unknown): asserts root is SerializedNodeJson {
  visitTree(root, 0, { nodes: 0, textLength: 0 });
  if ((root as SerializedNodeJson).type !== 'root') {
    throw new MaterialFormatError('文档结构不正确（缺少根节点），未保存。');
  }
}

/**
 * Checks one top-level block of a current-format document as `readMaterialDocument` checks it
 * inside the whole tree, and clears its view state; the limits on the whole are the caller's
 * (`checkDocumentSize` over the returned size added up).
 */
export function readMaterialBlock(value: unknown): {
  readonly block: SerializedNodeJson;
  readonly size: TreeSize;
} {
  const size = { nodes: 0, textLength: 0 };
  visitTree(value, 1, size);
  return { block: withoutViewState(value as SerializedNodeJson), size };
}

/**
 * Clears what the editor recomputes whenever a document is shown or the caret moves (text
 * direction, the format a new run of text in an empty paragraph would take), so that merely
 * opening or clicking into a material never changes its content hash.
 */
function withoutViewState(node: SerializedNodeJson): SerializedNodeJson {
  const children = node.children?.map(withoutViewState);
  const out: Record<string, unknown> = children ? { ...node, children } : { ...node };
  if ('direction' in out) out['direction'] = null;
  if (node.type === 'paragraph') {
    out['textFormat'] = 0;
    out['textStyle'] = '';
  }
  return out as SerializedNodeJson;
}

/**
 * Reads a saved material of any format this release knows: checks the envelope, migrates an
 * older format step by step to the current one, checks the tree, and clears view state. Pure: no
 * Lexical needed.
 */
export function readMaterialDocument(value: unknown): MaterialDocument {
  if (!isObject(value) || value['format'] !== materialFormatName) {
    throw new MaterialFormatError('不是工作台的材料文档，无法打开。');
  }
  let version = value['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MaterialFormatError('材料文档的格式版本无效，无法打开。');
  }
  if (version > currentMaterialFormat) {
    throw new MaterialFormatError(
      `该材料由较新版本的工作台保存（格式 ${version}），请升级工作台后再打开。`,
    );
  }
  let document: Record<string, unknown> = value;
  while (version < currentMaterialFormat) {
    const migrate = formatMigrations[version];
    if (!migrate) throw new MaterialFormatError(`无法从格式 ${version} 升级材料文档。`);
    document = migrate(document);
    version += 1;
  }
  const editorState = document['editorState'];
  if (!isObject(editorState)) throw new MaterialFormatError('材料文档缺少内容，无法打开。');
  checkTree(editorState['root']);
  return {
    format: materialFormatName,
    formatVersion: currentMaterialFormat,
    editorState: { root: withoutViewState(editorState['root']) },
  };
}

/** Parses the text form that crosses the seam. */
export function parseMaterialDocument(text: string): MaterialDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new MaterialFormatError('材料文档不是有效的 JSON，未保存。');
  }
  return readMaterialDocument(value);
}
