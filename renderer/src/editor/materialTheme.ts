import type { EditorThemeClasses } from 'lexical';
import type { QaFieldName } from '../../../shared/lexical/materialDocument.ts';

/**
 * Class names of the editor's content (styled in pages/materials/materials.css), plus the labels
 * of the parts of a question, which QaFieldNode draws from `data-label`.
 */
export const materialTheme = (
  qaLabels: Readonly<Record<QaFieldName, string>>,
): EditorThemeClasses => ({
  paragraph: 'mat-p',
  heading: { h1: 'mat-title', h2: 'mat-h2', h3: 'mat-h3' },
  quote: 'mat-quote',
  list: {
    ol: 'mat-ol',
    ul: 'mat-ul',
    listitem: 'mat-li',
    nested: { listitem: 'mat-li--nested' },
  },
  table: 'mat-table',
  tableRow: 'mat-tr',
  tableCell: 'mat-td',
  tableCellHeader: 'mat-th',
  tableSelection: 'mat-table--selecting',
  text: { bold: 'mat-bold', italic: 'mat-italic', underline: 'mat-underline' },
  qaItem: 'mat-qa',
  qaField: 'mat-qa-field',
  qaLabels,
});
