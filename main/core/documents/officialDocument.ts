import type { CalendarDate } from '../../../shared/documents/gbt9704.ts';

/**
 * What every Word file of the app is made of, independent of docx: a title, blocks of body text,
 * an optional 落款 and a draft mark. `buildOfficialDocx` lays it out to GB/T 9704-2012.
 */
export interface OfficialDocument {
  readonly title: string;
  /** The title broken into centred lines where the author chose (回行); by default `title` wraps. */
  readonly titleLines?: readonly string[];
  readonly blocks: readonly DocumentBlock[];
  /** 发文机关署名 and 成文日期, right-aligned one empty line below the body. */
  readonly closing?: DocumentClosing;
  /** Printed in the header of every page, e.g. '草稿 · 未经审批'. */
  readonly headerMark?: string;
}

export interface DocumentClosing {
  readonly organisation: string;
  /** An instant (its date in China is used) or a calendar date. */
  readonly date: Date | CalendarDate;
}

/** A piece of text with its emphasis; a plain string is unemphasised text. */
export type InlineText =
  | string
  | {
      readonly text: string;
      readonly bold?: boolean;
      readonly italic?: boolean;
      readonly underline?: boolean;
    };

export type DocumentBlock =
  HeadingBlock | ParagraphBlock | ListBlock | TableBlock | { readonly kind: 'pageBreak' };

/** `heading1` is the 一、 level in 黑体, `heading2` the (一) level in 楷体. */
export interface HeadingBlock {
  readonly kind: 'heading1' | 'heading2';
  /** The heading including its number as the author wrote it ("一、总体要求"). */
  readonly runs: readonly InlineText[];
  /** Body text run on after the heading in the same paragraph (“(一)加强领导。各单位要……”). */
  readonly runIn?: readonly InlineText[];
}

export type ParagraphAlignment = 'justify' | 'left' | 'centre' | 'right';

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: readonly InlineText[];
  /** 'justify' by default. */
  readonly align?: ParagraphAlignment;
  /** Whether the first line is indented by two characters; by default only justified paragraphs are. */
  readonly firstLineIndent?: boolean;
}

/** Numbers are written out as text ("1.", "(1)") so that they survive any conversion. */
export type ListStyle = 'decimal' | 'parenthesised' | 'bullet';

export interface ListBlock {
  readonly kind: 'list';
  readonly style: ListStyle;
  /** The number of the first item; 1 by default. */
  readonly start?: number;
  readonly items: readonly (readonly InlineText[])[];
}

export interface TableCell {
  readonly runs: readonly InlineText[];
  readonly align?: ParagraphAlignment;
  /** Columns this cell spans; 1 by default. */
  readonly columnSpan?: number;
}

export interface TableBlock {
  readonly kind: 'table';
  /** Each cell is a string or a TableCell. */
  readonly rows: readonly (readonly (string | TableCell)[])[];
  /** Fractions of the text block width, one per column; equal columns by default. */
  readonly columnWidths?: readonly number[];
  /** Whether the first row is a header row (bold, repeated on every page); false by default. */
  readonly headerRow?: boolean;
  /** Single lines around and between all cells; true by default. */
  readonly borders?: boolean;
  /** 'body' (3号) by default; 'small' (4号) for dense forms and indexes. */
  readonly textSize?: 'body' | 'small';
}

export type BlockKind = DocumentBlock['kind'];
