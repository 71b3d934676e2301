import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode,
} from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $isTextNode,
  createCommand,
  type LexicalCommand,
  type LexicalNode,
} from 'lexical';
import { $isListItemNode } from '@lexical/list';
import type { QaFieldName } from '../../../shared/lexical/materialDocument.ts';
import { $createEmptyQaItem } from './qaStructure.ts';

/** The kinds of block the toolbar offers: body text, the title, 一、 and （一） headings, a quote. */
export const blockKinds = ['paragraph', 'h1', 'h2', 'h3', 'quote'] as const;
export type BlockKind = (typeof blockKinds)[number];

export const SET_BLOCK_COMMAND: LexicalCommand<BlockKind> = createCommand('SET_BLOCK_COMMAND');

export interface QaInsertion {
  readonly content?: Partial<Record<QaFieldName, string>>;
  readonly libraryAnswerId?: string | null;
}
export const INSERT_QA_COMMAND: LexicalCommand<QaInsertion> = createCommand('INSERT_QA_COMMAND');

/** Turns the selected blocks into `kind`. */
export function $setBlockKind(kind: BlockKind): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  $setBlocksType(selection, () => {
    if (kind === 'paragraph') return $createParagraphNode();
    if (kind === 'quote') return $createQuoteNode();
    return $createHeadingNode(kind);
  });
}

/** Inserts a question after the block holding the selection (never inside another question). */
export function $insertQa(insertion: QaInsertion): void {
  const item = $createEmptyQaItem(insertion.content, insertion.libraryAnswerId ?? null);
  const selection = $getSelection();
  const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
  const top = anchor?.getTopLevelElement() ?? null;
  if (top) top.insertAfter(item);
  else $getRoot().append(item);
  const first = item.getFirstDescendant();
  if ($isElementNode(first)) first.selectStart();
  else if ($isTextNode(first)) first.select(0, 0);
}

const isBlock = (node: LexicalNode): boolean =>
  $isParagraphNode(node) || $isHeadingNode(node) || $isQuoteNode(node) || $isListItemNode(node);

/** The kind of the block at the selection, for the toolbar to show. */
export function $selectedBlockKind(): BlockKind | 'list' | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const block = $findMatchingParent(
    selection.anchor.getNode(),
    (node) => isBlock(node) || $isRootOrShadowRoot(node),
  );
  if (!block || !$isElementNode(block)) return null;
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'h3';
  }
  if ($isQuoteNode(block)) return 'quote';
  if ($isListItemNode(block)) return 'list';
  return 'paragraph';
}
