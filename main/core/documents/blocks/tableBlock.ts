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
import { gbt9704Twips } from '../../../../shared/documents/gbt9704.ts';
import type {
  InlineText,
  ParagraphAlignment,
  TableBlock,
  TableCell as CellContent,
} from '../officialDocument.ts';
import { tableTextStyleId } from '../paragraphStyles.ts';
import { alignmentTypes, exactLines } from '../paragraphLayout.ts';
import { textRuns } from '../textRuns.ts';
import {
  cellSideMarginTwips,
  cellVerticalMarginTwips,
  tableLineTwips,
  tableTextPoints,
} from './tableMetrics.ts';

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

/** Runs split at each '\n' piece into the runs of successive paragraphs. */
function paragraphsOf(runs: readonly InlineText[]): InlineText[][] {
  const paragraphs: InlineText[][] = [[]];
  for (const piece of runs) {
    if (piece === '\n') paragraphs.push([]);
    else paragraphs.at(-1)?.push(piece);
  }
  return paragraphs;
}

const bold = (runs: readonly InlineText[]): InlineText[] =>
  runs.map((piece) =>
    typeof piece === 'string' ? { text: piece, bold: true } : { ...piece, bold: true },
  );

/** A table as wide as the text block with fixed columns: 审批表 forms, indexes. */
export function tableBlock(block: TableBlock): Table[] {
  const widths = columnWidthsInTwips(block);
  const size = block.textSize ?? 'body';
  const spacing = exactLines(tableLineTwips(size, gbt9704Twips.linePitch));
  const paragraph = (runs: readonly InlineText[], align: ParagraphAlignment, spaceBefore = 0) =>
    new Paragraph({
      style: tableTextStyleId,
      children: textRuns(runs, 'body', tableTextPoints[size]),
      alignment: alignmentTypes[align],
      spacing: spaceBefore > 0 ? { ...spacing, before: Math.round(spaceBefore) } : spacing,
    });
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
      const align = cell.align ?? (isHeader ? 'centre' : 'left');
      return new TableCell({
        children: [
          ...paragraphsOf(cell.runs).map((runs) => paragraph(isHeader ? bold(runs) : runs, align)),
          ...(cell.paragraphs ?? []).map((more) =>
            paragraph(more.runs, more.align ?? align, more.spaceBefore),
          ),
        ],
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        ...(columnSpan > 1 ? { columnSpan } : {}),
      });
    });
    return new TableRow({
      children: cells,
      ...(isHeader ? { tableHeader: true } : {}),
      ...(block.cantSplit ? { cantSplit: true } : {}),
    });
  });
  return [
    new Table({
      rows,
      width: { size: gbt9704Twips.textBlock.width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: {
        left: cellSideMarginTwips,
        right: cellSideMarginTwips,
        top: cellVerticalMarginTwips[size],
        bottom: cellVerticalMarginTwips[size],
      },
      borders: block.borders === false ? TableBorders.NONE : allSingleLines,
    }),
  ];
}
