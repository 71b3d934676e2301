import { qaFieldType, qaItemType, type SerializedNodeJson } from './materialDocument.ts';
import { paragraphJson } from './materialJson.ts';

type Json = Record<string, unknown>;
type Migration = (document: Json) => Json;

const sectionNumberPrefix =
  /^\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)])\s*/;

/** Rewrites every node of a tree bottom-up with `change`. */
function mapTree(node: SerializedNodeJson, change: (node: Json) => Json): SerializedNodeJson {
  const children = node.children?.map((child) => mapTree(child, change));
  return change(children ? { ...node, children } : { ...node }) as SerializedNodeJson;
}

/** Format 1 kept the typed section number in a heading's text; format 2 numbers headings itself. */
function dropTypedSectionNumber(node: Json): Json {
  if (node['type'] !== 'heading' || (node['tag'] !== 'h2' && node['tag'] !== 'h3')) return node;
  const children = [...((node['children'] as SerializedNodeJson[] | undefined) ?? [])];
  const first = children[0];
  if (first?.type !== 'text' || typeof first.text !== 'string') return node;
  const text = first.text.replace(sectionNumberPrefix, '');
  if (text === first.text) return node;
  if (text === '') children.shift();
  else children[0] = { ...first, text };
  return { ...node, children };
}

/**
 * Format 1 stored a question's owner and source as plain strings on the qa-item; format 2 makes
 * them fields like the others, so they can be formatted, searched and checked, and links the item
 * to the 口径库 answer it came from.
 */
function ownerAndSourceAsFields(node: Json): Json {
  if (node['type'] !== qaItemType) return node;
  const { owner, source, ...rest } = node;
  const field = (name: 'owner' | 'source', value: unknown): SerializedNodeJson => ({
    children: [paragraphJson(typeof value === 'string' ? value : '')],
    direction: null,
    field: name,
    format: '',
    indent: 0,
    type: qaFieldType,
    version: 1,
  });
  const children = (node['children'] as SerializedNodeJson[] | undefined) ?? [];
  return {
    ...rest,
    children: [...children, field('owner', owner), field('source', source)],
    libraryAnswerId: null,
  };
}

const from1to2: Migration = (document) => {
  const editorState = document['editorState'] as { root: SerializedNodeJson } | undefined;
  if (!editorState?.root) return { ...document, formatVersion: 2 };
  const root = mapTree(editorState.root, (node) =>
    ownerAndSourceAsFields(dropTypedSectionNumber(node)),
  );
  return { ...document, formatVersion: 2, editorState: { ...editorState, root } };
};

/** `formatMigrations[n]` turns format n into format n + 1. Append; never edit a released step. */
export const formatMigrations: Readonly<Record<number, Migration>> = { 1: from1to2 };
