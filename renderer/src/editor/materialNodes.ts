import type { Klass, LexicalNode } from 'lexical';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { QaFieldNode } from './nodes/QaFieldNode.ts';
import { QaItemNode } from './nodes/QaItemNode.ts';

/** Every node a briefing material may hold (shared/lexical/materialDocument.ts lists their types). */
export const materialNodes: readonly Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  QaItemNode,
  QaFieldNode,
];
