import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles, textPieces } from './sourceText.ts';

/**
 * Punctuation that is Chinese (： ； 、 （ ）) belongs in the UI strings, where English has its own;
 * written into renderer code it shows as Chinese in the English UI. This finds it in string
 * literals, template pieces and JSX text outside renderer/src/i18n. Regular expressions are not
 * text: regex literals are never strings, and arguments of `new RegExp(...)` are skipped.
 */
const root = 'renderer/src';
const fullWidth = /[：；、（）]/;
/** Where Chinese punctuation is written on purpose, each with why. */
const allowed: Readonly<Record<string, string>> = {
  // The zh branch of a formatter that has its own en branch beside it.
  'renderer/src/components/dates/dueDayText.ts': 'language-branched date formatter',
  // A typed (1) becomes the document's （1）, which stays Chinese.
  'renderer/src/editor/typedHeadings.ts': 'heading numbers of the Chinese document',
};

const offending = (folder: string): string[] =>
  sourceFiles(folder, ['i18n'])
    .filter((file) => !(file.split('\\').join('/') in allowed))
    .flatMap((file) =>
      textPieces(file)
        .filter((text) => fullWidth.test(text))
        .map((text) => `${file}: ${text.trim()}`),
    );

describe('renderer code', () => {
  it('leaves Chinese punctuation to the UI strings', () => {
    expect(offending(root)).toEqual([]);
  });

  it('finds punctuation planted in JSX text and in a template, outside i18n', () => {
    const folder = mkdtempSync(join(tmpdir(), 'renderer-punctuation-'));
    try {
      const planted = join(folder, 'Planted.tsx');
      writeFileSync(
        planted,
        [
          'const a = <p>{label}：{value}</p>;',
          'const b = `${x}（${y}）`;',
          "const c = new RegExp('[：；]');",
          'const d = /（/;',
        ].join('\n'),
      );
      mkdirSync(join(folder, 'i18n'));
      writeFileSync(join(folder, 'i18n', 'zh.ts'), "export const zh = { a: '名称：' };");
      writeFileSync(join(folder, 'Planted.test.tsx'), "const a = '：';");
      expect(offending(folder)).toEqual([`${planted}: ：`, `${planted}: （`, `${planted}: ）`]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
