/**
 * The saved form of a briefing material: Lexical's own JSON of the editor state (the legacy,
 * non-compact form that `editorState.toJSON()` writes) inside a versioned envelope.
 *
 * ```json
 * { "format": "press-workbench/material", "formatVersion": 2,
 *   "editorState": { "root": { "type": "root", "children": [ ... ] } } }
 * ```
 *
 * Node types a reader meets (everything else is refused on save):
 * - `heading` with `tag` h1 (the document title), h2 (a 一、 section) or h3 (a （一） subsection).
 *   Section numbers are not in the text: a reader numbers h2 and h3 in order (headingNumbers.ts).
 * - `paragraph`, `quote`; `list` (`listType` "number" | "bullet") of `listitem`;
 *   `table` of `tablerow` of `tablecell` (`headerState` non-zero for a header cell).
 * - `qa-item` (one anticipated question of the 答问口径; `libraryAnswerId` names the 口径库 answer it
 *   came from, or null) holding exactly one `qa-field` per name in `qaFieldNames`, in that order;
 *   each `qa-field` holds paragraphs or lists.
 * - inside blocks: `text` (`format` bits: 1 bold, 2 italic, 8 underline; nothing else is kept),
 *   `linebreak`, `tab`.
 */
export const materialFormatName = 'press-workbench/material';
export const currentMaterialFormat = 2;

/** One node of the saved tree. */
export interface SerializedNodeJson {
  readonly type: string;
  readonly version?: number;
  readonly children?: readonly SerializedNodeJson[];
  readonly text?: string;
  readonly [property: string]: unknown;
}

export interface MaterialDocument {
  readonly format: typeof materialFormatName;
  readonly formatVersion: typeof currentMaterialFormat;
  readonly editorState: { readonly root: SerializedNodeJson };
}

export const qaItemType = 'qa-item';
export const qaFieldType = 'qa-field';

/** The parts of one anticipated question, in the order they are written. */
export const qaFieldNames = [
  'question',
  'answer',
  'maySay',
  'mayNotSay',
  'owner',
  'source',
] as const;
export type QaFieldName = (typeof qaFieldNames)[number];

export const qaFieldLabels: Readonly<Record<QaFieldName, string>> = {
  question: '问题',
  answer: '答案',
  maySay: '可以说',
  mayNotSay: '不可说',
  owner: '责任人',
  source: '来源',
};

/** Every node type a saved material may contain. */
export const allowedNodeTypes: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'table',
  'tablerow',
  'tablecell',
  qaItemType,
  qaFieldType,
  'text',
  'linebreak',
  'tab',
]);

/** Text formats kept in materials: bold, italic, underline. */
export const allowedTextFormat = 1 | 2 | 8;
