import {
  qaFieldLabels,
  qaFieldNames,
  type SerializedNodeJson,
} from '../../../../shared/lexical/materialDocument.ts';
import { typedHeading, type HeadingLevel } from '../../../../shared/documents/headingNumbering.ts';
import type { DocumentBlock, HeadingBlock, InlineText, ListStyle } from '../officialDocument.ts';
import { plainText as runsText } from '../textRuns.ts';
import { inlineRuns, plainText, splitRunsAt, trimmedRuns } from './inlineRuns.ts';

export interface MappingState {
  /** The number of an h2 or h3 in document order (一、, （一）), from the shared counter. */
  readonly number: (tag: string) => string | null;
  readonly warnings: string[];
  questions: number;
}

type Mapper = (node: SerializedNodeJson, state: MappingState) => DocumentBlock[];

const paragraph = (runs: InlineText[]): DocumentBlock => ({ kind: 'paragraph', runs });

const heading: Mapper = (node, state) => {
  const number = state.number(String(node['tag']));
  const runs = inlineRuns(node);
  if (node['tag'] === 'h2') return [{ kind: 'heading1', runs: [number ?? '', ...runs] }];
  if (node['tag'] === 'h3') return [{ kind: 'heading2', runs: [number ?? '', ...runs] }];
  return [
    {
      kind: 'paragraph',
      align: 'centre',
      runs: runs.map((run) =>
        typeof run === 'string' ? { text: run, bold: true } : { ...run, bold: true },
      ),
    },
  ];
};

const headingKinds = {
  1: 'heading1',
  2: 'heading2',
  3: 'heading3',
  4: 'heading4',
} as const satisfies Record<HeadingLevel, HeadingBlock['kind']>;

/**
 * A paragraph typed as a heading (“一、资金投入情况”, “（一）加强领导。各单位要……”) is exported at its
 * level, its number as typed; any other paragraph is body text.
 */
const paragraphNode: Mapper = (node) => {
  const runs = inlineRuns(node);
  const heading = typedHeading(runsText(runs));
  if (!heading) return [paragraph(runs)];
  const [head, rest] = splitRunsAt(runs, heading.headingLength);
  const runIn = trimmedRuns(rest);
  return [
    {
      kind: headingKinds[heading.level],
      runs: trimmedRuns(head),
      ...(heading.runIn && runIn.length > 0 ? { runIn } : {}),
    },
  ];
};

/** Top-level items are numbered 1. 2., nested ones （1）（2）: GB/T 9704 orders levels by number. */
const listStyleAt = (depth: number): ListStyle => (depth === 0 ? 'decimal' : 'parenthesised');

/**
 * A list, bulleted or numbered, as numbered lists: a nested list sits in an item of its own (as
 * Lexical keeps it), which takes no number, so the items after it number on.
 */
function listBlocks(node: SerializedNodeJson, depth: number): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const style = listStyleAt(depth);
  let number = typeof node['start'] === 'number' ? node['start'] : 1;
  let start = number;
  let items: InlineText[][] = [];
  const flush = (): void => {
    if (items.length > 0)
      blocks.push({ kind: 'list', style, items, ...(start === 1 ? {} : { start }) });
    items = [];
  };
  for (const item of node.children ?? []) {
    const children = item.children ?? [];
    const nested = children.filter((child) => child.type === 'list');
    const own = children.filter((child) => child.type !== 'list');
    if (own.length > 0 || nested.length === 0) {
      if (items.length === 0) start = number;
      items.push(inlineRuns({ ...item, children: own }));
      number += 1;
    }
    for (const list of nested) {
      flush();
      blocks.push(...listBlocks(list, depth + 1));
    }
  }
  flush();
  return blocks;
}

const list: Mapper = (node) => listBlocks(node, 0);

const table: Mapper = (node) => {
  const rows = node.children ?? [];
  const headerRow = (rows[0]?.children ?? []).some(
    (cell) => Number(cell['headerState'] ?? 0) !== 0,
  );
  return [
    {
      kind: 'table',
      headerRow,
      textSize: 'small',
      rows: rows.map((row) =>
        (row.children ?? []).map((cell) => ({
          runs: (cell.children ?? []).flatMap((block, index) =>
            index > 0 ? ['\n', ...inlineRuns(block)] : inlineRuns(block),
          ),
        })),
      ),
    },
  ];
};

/** One anticipated question of the 答问口径: the question as a （n） heading, then each field labelled. */
const qaItem: Mapper = (node, state) => {
  state.questions += 1;
  const fields = new Map((node.children ?? []).map((field) => [String(field['field']), field]));
  const question = fields.get('question');
  const blocks: DocumentBlock[] = [
    {
      kind: 'heading2',
      runs: [
        `问题${state.questions}：`,
        ...(question ? (question.children ?? []).flatMap(inlineRuns) : []),
      ],
    },
  ];
  for (const name of qaFieldNames.filter((field) => field !== 'question')) {
    const field = fields.get(name);
    const parts = field?.children ?? [];
    if (parts.length === 0 || parts.every((part) => plainText(part).trim() === '')) continue;
    parts.forEach((part, index) => {
      const runs =
        part.type === 'list'
          ? [(part.children ?? []).map((item) => plainText(item)).join('；')]
          : inlineRuns(part);
      blocks.push(
        paragraph(index === 0 ? [{ text: `${qaFieldLabels[name]}：`, bold: true }, ...runs] : runs),
      );
    });
  }
  return blocks;
};

/** The mapping from a saved node type to the blocks of an official document. */
export const blockMappers: Readonly<Record<string, Mapper>> = {
  heading,
  paragraph: paragraphNode,
  quote: (node) => [paragraph(inlineRuns(node))],
  list,
  table,
  'qa-item': qaItem,
};

/** A node the mapping does not know keeps its text, and the export says so. */
export const unknownNode: Mapper = (node, state) => {
  state.warnings.push(`未识别的内容类型“${node.type}”已按纯文本导出。`);
  const text = plainText(node);
  return text.trim() === '' ? [] : [paragraph([text])];
};
