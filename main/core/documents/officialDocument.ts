import type { CalendarDate } from '../../../shared/documents/gbt9704.ts';

/**
 * What every Word file of the app is made of, independent of docx: a title, blocks of body text,
 * an optional 落款 and a draft mark, and for the papers that leave the office a 版头 and a 版记.
 * `buildOfficialDocx` lays it out to GB/T 9704-2012.
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
  /**
   * 密级 or a mark like 内部资料: 3号黑体, flush left on the first line of the first page's text
   * block (GB/T 9704 7.2.2), above everything else.
   */
  readonly confidentialityMark?: string;
  /** The file's own properties (docx core properties), e.g. the full content hash. */
  readonly properties?: DocumentProperties;
  /** 版头: 文件格式 (通报, GB/T 9704 7.2) or 信函格式 (审批函, 10.1). */
  readonly issuer?: DocumentIssuer;
  /** 版记 (7.4). For letters only 抄送 is printed, without 印发机关 and lines. */
  readonly recordNote?: RecordNote;
  /** A small line at the foot of the last page, above the 版记 (the 审批函's 校验码). */
  readonly footLine?: string;
}

export interface DocumentIssuer {
  readonly format: 'file' | 'letter';
  /** 发文机关标志, e.g. '示范县人民政府新闻办公室文件' (file) or '示范县人民政府新闻办公室' (letter). */
  readonly mark: string;
  /** 发文字号 such as 示政新〔2026〕3号; absent on drafts. */
  readonly documentNumber?: string;
}

export interface RecordNote {
  readonly copyTo?: readonly string[];
  readonly printedBy?: string;
  readonly printedOn?: CalendarDate;
}

export interface DocumentProperties {
  readonly description?: string;
  readonly keywords?: string;
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

/**
 * The four levels of GB/T 9704 7.3.3: `heading1` is the 一、 level in 黑体, `heading2` the (一)
 * level in 楷体, `heading3` (1.) and `heading4` ((1)) are in 仿宋. Each is a Word heading style.
 */
export interface HeadingBlock {
  readonly kind: 'heading1' | 'heading2' | 'heading3' | 'heading4';
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
  /** Set off the grid at a table's size, e.g. 'compact' for a note under a form; 'body' by default. */
  readonly textSize?: TableTextSize;
}

/**
 * Numbers are written out as text ("1.", "(1)") so that they survive any conversion; a list is
 * always numbered, as the standard orders levels by number and has no bullets.
 */
export type ListStyle = 'decimal' | 'parenthesised';

export interface ListBlock {
  readonly kind: 'list';
  readonly style: ListStyle;
  /** The number of the first item; 1 by default. */
  readonly start?: number;
  readonly items: readonly (readonly InlineText[])[];
}

export interface TableCell {
  /** The cell's first paragraph; a '\n' piece starts a new paragraph (a label on two lines). */
  readonly runs: readonly InlineText[];
  readonly align?: ParagraphAlignment;
  /** Columns this cell spans; 1 by default. */
  readonly columnSpan?: number;
  /** Paragraphs after the first, each with its own alignment (a signature line under an opinion). */
  readonly paragraphs?: readonly TableCellParagraph[];
}

export interface TableCellParagraph {
  readonly runs: readonly InlineText[];
  readonly align?: ParagraphAlignment;
  /** Space above the paragraph in twips (room to write above a signature line); none by default. */
  readonly spaceBefore?: number;
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
  /** 'body' (3号) by default; 'small' (4号) for dense forms and indexes; 'compact' (小四) for a one-page form. */
  readonly textSize?: TableTextSize;
  /** Whether every row is kept on one page (cantSplit): a record is never cut in two; false by default. */
  readonly cantSplit?: boolean;
}

export type TableTextSize = 'body' | 'small' | 'compact';

export type BlockKind = DocumentBlock['kind'];
