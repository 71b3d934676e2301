import i18next from 'i18next';
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

/** The Chinese key of an English text: its own, or that of the text it is the singular of. */
const baseKey = (key: string): string => {
  const base = key.replace(/_one$/, '');
  return base !== key && zh.has(base) ? base : key;
};

/** The texts as the app shows them (renderer/src/i18n/i18n.ts), for one language. */
function translator(language: 'en' | 'zh-CN') {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return (key: string, options: Record<string, unknown>) => instance.t(key, options) as string;
}

/** Every variable of a key's Chinese text, and `count`, set to `value`. */
const everyVariable = (key: string, value: number): Record<string, number> =>
  Object.fromEntries([...variables(zh.get(key) ?? ''), 'count'].map((name) => [name, value]));

/** A plural noun after the number 1 ("1 days", "1 required materials"), or "(s)". */
const pluralAfterOne = /(?<![\d/.,:])\b1 (?:[a-z][\w-]* ){0,2}?([a-z][\w-]*s)(?![\w(])|\(e?s\)/g;
/** Words ending in s that follow a count but are no plural: verbs of a singular, and others. */
const notPlural = new Set(['is', 'has', 'was', 'needs', 'as', 'its', 'this', 'plus', 'less']);

describe('the UI text resources', () => {
  it('have the same keys in Chinese and English, English adding only singular forms', () => {
    expect([...new Set([...english.keys()].map(baseKey))].sort()).toEqual([...zh.keys()].sort());
    const singulars = [...english.keys()].filter((key) => baseKey(key) !== key);
    expect(singulars.length).toBeGreaterThan(20);
    for (const key of singulars) expect(english.has(baseKey(key)), key).toBe(true);
  });

  it('fill in the same variables in both languages', () => {
    const differing = [...english]
      .filter(
        ([key, text]) =>
          variables(text).join() !== variables(zh.get(baseKey(key)) ?? '').join() ||
          !zh.has(baseKey(key)),
      )
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('write a count of one in the singular in English, and other counts in the plural', () => {
    const t = translator('en');
    const plural = [...zh.keys()]
      .map((key) => t(key, everyVariable(key, 1)))
      .filter((text) =>
        [...text.matchAll(pluralAfterOne)].some((match) => !notPlural.has(match[1] ?? '')),
      );
    expect(plural).toEqual([]);
    const singularForOthers = [...english.keys()]
      .filter((key) => baseKey(key) !== key)
      .map(baseKey)
      .filter(
        (key) =>
          t(key, everyVariable(key, 2)) === t(key, everyVariable(key, 1)).replaceAll('1', '2'),
      );
    expect(singularForOthers).toEqual([]);

    expect(t('scheduling.reminders.inDays', { days: 1 })).toBe('In 1 day');
    expect(t('scheduling.reminders.inDays', { days: 2 })).toBe('In 2 days');
    expect(t('scheduling.reminders.overdue', { days: 1 })).toBe('1 day overdue');
    expect(t('admin.calendar.imported', { count: 1 })).toBe('1 day imported.');
    expect(t('admin.calendar.imported', { count: 2 })).toBe('2 days imported.');
    const warning = (days: number, count: number) =>
      t('scheduling.warnings.rules.pressConference', { days, count, period: 'Q1' });
    expect(warning(1, 2)).toBe('1 day left in Q1: 2 units have no approved press conference');
    expect(warning(2, 1)).toBe('2 days left in Q1: 1 unit has no approved press conference');
  });

  it('leave the Chinese texts in their one form whatever the count', () => {
    const t = translator('zh-CN');
    expect(t('scheduling.reminders.inDays', { days: 1 })).toBe('1天后');
    expect(t('admin.calendar.imported', { count: 1 })).toBe(
      (zh.get('admin.calendar.imported') ?? '').replace('{{count}}', '1'),
    );
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
