import { headingCounter } from '../../../../shared/lexical/headingNumbers.ts';
import type { MaterialDocument } from '../../../../shared/lexical/materialDocument.ts';
import type { OfficialDocument } from '../officialDocument.ts';
import { blockMappers, unknownNode, type MappingState } from './blockMappers.ts';
import { plainText } from './inlineRuns.ts';

export interface MappedMaterial {
  readonly document: OfficialDocument;
  /** Content that was exported as plain text because its node type is unknown. */
  readonly warnings: readonly string[];
}

/**
 * A saved briefing material as an official document: the first h1 is the title; h2 and h3 become
 * 一、 and （一） headings numbered as the editor shows them; a paragraph typed as a heading (一、,
 * （一）, 1., （1）) becomes a heading of its level; lists are numbered 1. and （1）; Q&A items become
 * labelled questions.
 * Pure: node type → builder, and an unknown node becomes plain text with a warning, never a crash.
 */
export function materialToDocument(
  material: MaterialDocument,
  options: {
    readonly fallbackTitle: string;
    readonly headerMark?: string;
    readonly closing?: OfficialDocument['closing'];
  },
): MappedMaterial {
  const nodes = material.editorState.root.children ?? [];
  const titleIndex = nodes.findIndex((node) => node.type === 'heading' && node['tag'] === 'h1');
  const title = titleIndex >= 0 ? plainText(nodes[titleIndex] ?? { type: 'text' }).trim() : '';
  const state: MappingState = { number: headingCounter(), warnings: [], questions: 0 };
  const blocks = nodes
    .filter((_node, index) => index !== titleIndex)
    .flatMap((node) => (blockMappers[node.type] ?? unknownNode)(node, state));
  return {
    document: {
      title: title || options.fallbackTitle,
      blocks,
      ...(options.headerMark ? { headerMark: options.headerMark } : {}),
      ...(options.closing ? { closing: options.closing } : {}),
    },
    warnings: state.warnings,
  };
}
