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

/** Checks the tree is made of known node types, within bounds; throws on the first fault. */
function checkTree(root: unknown): asserts root is SerializedNodeJson {
  let nodes = 0;
  let textLength = 0;
  const visit = (node: unknown, depth: number): void => {
    if (!isObject(node) || typeof node['type'] !== 'string') {
      throw new MaterialFormatError('文档中有无法识别的内容，未保存。');
    }
    if (!allowedNodeTypes.has(node['type'])) {
      throw new MaterialFormatError(
        `文档中有不支持的内容类型“${node['type'].slice(0, 40)}”，未保存。`,
      );
    }
    if (depth > documentLimits.depth) throw new MaterialFormatError('文档层级过深，未保存。');
    nodes += 1;
    if (nodes > documentLimits.nodes) throw new MaterialFormatError('文档过大，未保存。');
    if (typeof node['text'] === 'string') textLength += node['text'].length;
    if (textLength > documentLimits.textLength) {
      throw new MaterialFormatError('文档超过一百万字，未保存。请拆分为多份材料。');
    }
    const children = node['children'];
    if (children === undefined) return;
    if (!Array.isArray(children)) throw new MaterialFormatError('文档结构不正确，未保存。');
    for (const child of children) visit(child, depth + 1);
  };
  visit(root, 0);
  if ((root as SerializedNodeJson).type !== 'root') {
    throw new MaterialFormatError('文档结构不正确（缺少根节点），未保存。');
  }
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
