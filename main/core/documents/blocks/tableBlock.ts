import {
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { ITableBordersOptions } from 'docx';
import { gbt9704, gbt9704Twips } from '../../../../shared/documents/gbt9704.ts';
import type { TableBlock, TableCell as CellContent } from '../officialDocument.ts';
import { tableTextStyleId } from '../paragraphStyles.ts';
import { alignmentTypes, exactLines, gridLineSpacing } from '../paragraphLayout.ts';
import { textRuns } from '../textRuns.ts';

/** 4号 for dense forms and indexes; its lines are one and a half times the type size. */
const smallTextPoints = 14;
const cellSpacing = {
  body: gridLineSpacing,
  small: exactLines(smallTextPoints * 20 * 1.5),
} as const;
const textSizes = { body: gbt9704.fontSizePoints.body, small: smallTextPoints } as const;

const singleLine = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const allSingleLines: ITableBordersOptions = {
  top: singleLine,
  bottom: singleLine,
  left: singleLine,
  right: singleLine,
  insideHorizontal: singleLine,
  insideVertical: singleLine,
};

const asCell = (cell: string | CellContent): CellContent =>
  typeof cell === 'string' ? { runs: [cell] } : cell;

/** Column widths in twips that add up to the text block width; the fractions are relative. */
export function columnWidthsInTwips(block: TableBlock): number[] {
  const columnCount =
    block.columnWidths?.length ??
    Math.max(1, ...block.rows.map((row) => row.reduce((sum, cell) => sum + span(cell), 0)));
  const fractions = block.columnWidths ?? Array.from({ length: columnCount }, () => 1);
  const total = fractions.reduce((sum, fraction) => sum + fraction, 0);
  return fractions.map((fraction) => Math.round((fraction / total) * gbt9704Twips.textBlock.width));
}

const span = (cell: string | CellContent): number =>
  typeof cell === 'string' ? 1 : (cell.columnSpan ?? 1);

/** A table as wide as the text block with fixed columns: 审批表 forms, indexes. */
export function tableBlock(block: TableBlock): Table[] {
  const widths = columnWidthsInTwips(block);
  const size = block.textSize ?? 'body';
  const rows = block.rows.map((row, rowIndex) => {
    const isHeader = block.headerRow === true && rowIndex === 0;
    let column = 0;
    const cells = row.map((raw) => {
      const cell = asCell(raw);
      const columnSpan = cell.columnSpan ?? 1;
      const width = widths
        .slice(column, column + columnSpan)
        .reduce((sum, columnWidth) => sum + columnWidth, 0);
      column += columnSpan;
      const runs = isHeader
        ? cell.runs.map((piece) =>
            typeof piece === 'string' ? { text: piece, bold: true } : { ...piece, bold: true },
          )
        : cell.runs;
      return new TableCell({
        children: [
          new Paragraph({
            style: tableTextStyleId,
            children: textRuns(runs, 'body', textSizes[size]),
            alignment: alignmentTypes[cell.align ?? (isHeader ? 'centre' : 'left')],
            spacing: cellSpacing[size],
          }),
        ],
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        ...(columnSpan > 1 ? { columnSpan } : {}),
      });
    });
    return new TableRow({ children: cells, ...(isHeader ? { tableHeader: true } : {}) });
  });
  return [
    new Table({
      rows,
      width: { size: gbt9704Twips.textBlock.width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: block.borders === false ? TableBorders.NONE : allSingleLines,
    }),
  ];
}
