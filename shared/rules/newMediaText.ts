import { blocksOf } from '../lexical/materialBlocks.ts';
import type { MaterialDocument } from '../lexical/materialDocument.ts';

/** 政务微博: a post longer than this shows folded behind 全文; longer than the maximum it cannot be posted. */
export const weiboFoldLength = 140;
export const weiboMaxLength = 2000;

export interface NewMediaText {
  /** The release as plain text: title, then one paragraph a line with a blank line between. */
  readonly text: string;
  /** 字数 as offices count it (no white space). */
  readonly characterCount: number;
  /** Length as Weibo counts it: a Chinese character 1, two ASCII characters 1. */
  readonly weiboLength: number;
  readonly warnings: readonly string[];
}

/** Weibo's count: each character outside ASCII counts one, ASCII characters count a half each. */
export function weiboLength(text: string): number {
  let halves = 0;
  for (const char of text) halves += (char.codePointAt(0) ?? 0) < 0x80 ? 1 : 2;
  return Math.ceil(halves / 2);
}

/**
 * The approved release as text for 政务微博 and 微信: no indentation (the platforms' editors
 * add none and strip leading spaces unevenly), headings kept with their numbers.
 */
export function newMediaText(document: MaterialDocument): NewMediaText {
  const lines = blocksOf(document)
    .filter((block) => block.text.trim() !== '')
    .map((block) => {
      const text = block.text.trim();
      if (block.role === 'title') return `【${text}】`;
      return block.role === 'heading' ? `${block.number ?? ''}${text}` : text;
    });
  const text = lines.join('\n\n');
  const length = weiboLength(text);
  const warnings: string[] = [];
  if (length > weiboMaxLength) {
    warnings.push(
      `全文按微博计${length}字，超过单条微博${weiboMaxLength}字的上限，请精简或改以头条文章发布。`,
    );
  } else if (length > weiboFoldLength) {
    warnings.push(
      `全文按微博计${length}字，超过${weiboFoldLength}字，微博将折叠显示，读者需点开“全文”。`,
    );
  }
  return {
    text,
    characterCount: [...text].filter((char) => !/\s/.test(char)).length,
    weiboLength: length,
    warnings,
  };
}
