/**
 * A 通报 (point 14) as the news office edits it before export: the draft is generated from the
 * board, every part of it can be changed, and the Word file holds exactly what was edited.
 */
export interface NoticeSection {
  readonly heading: string;
  /** 'list' numbers its lines (1. 2. …); 'paragraphs' prints each line as a paragraph. */
  readonly style: 'paragraphs' | 'list';
  readonly lines: readonly string[];
}

export interface NoticeDraft {
  readonly title: string;
  /** 主送机关, e.g. 各乡镇人民政府，工业园区管委会，县政府各部门： */
  readonly addressee: string;
  readonly opening: string;
  readonly sections: readonly NoticeSection[];
  readonly closing: string;
  readonly organisation: string;
  /** 成文日期, YYYY-MM-DD. */
  readonly date: string;
}

export const noticeLimits = {
  title: 200,
  addressee: 500,
  paragraph: 4000,
  sections: 10,
  heading: 100,
  lines: 300,
  line: 1000,
  organisation: 100,
} as const;
