import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en.ts';
import { zhCN } from '../../renderer/src/i18n/zhCN.ts';

type Tree = { readonly [key: string]: string | Tree };

/** Every text of a resource tree by its dotted key. */
const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
};

const variables = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();

/**
 * English texts that name something Chinese on purpose: the switch back to Chinese, and document
 * wording that stays Chinese in the English UI (a font, a mark, a numbering style, an example
 * document number).
 */
const chineseAllowed = [
  /^language\.switch/,
  /^materials\.editor\.blocks\./,
  /^admin\.settings\.confidentialityMarkHint$/,
  /^documentNumbers\.settings\.agencyCodeHint$/,
];

const zh = flatten(zhCN as unknown as Tree);
const english = flatten(en as unknown as Tree);

describe('the UI text resources', () => {
  it('have the same keys in Chinese and English', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('fill in the same variables in both languages', () => {
    const differing = [...zh]
      .filter(([key, text]) => variables(text).join() !== variables(english.get(key) ?? '').join())
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('leave no Chinese in the English texts but what names a Chinese document’s wording', () => {
    const chinese = [...english]
      .filter(
        ([key, text]) =>
          /\p{Script=Han}/u.test(text) && !chineseAllowed.some((allowed) => allowed.test(key)),
      )
      .map(([key, text]) => `${key}: ${text}`);
    expect(chinese).toEqual([]);
  });
});
