import {
  qaFieldLabels,
  qaFieldNames,
  type SerializedNodeJson,
} from '../../../../shared/lexical/materialDocument.ts';
import type { DocumentBlock, InlineText } from '../officialDocument.ts';
import { inlineRuns, plainText } from './inlineRuns.ts';

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

const list: Mapper = (node) => [
  {
    kind: 'list',
    style: node['listType'] === 'number' ? 'decimal' : 'bullet',
    items: (node.children ?? []).map(inlineRuns),
  },
];

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
  paragraph: (node) => [paragraph(inlineRuns(node))],
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
