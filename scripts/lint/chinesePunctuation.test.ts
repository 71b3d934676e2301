import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles, textPieces } from './sourceText.ts';

/**
 * Chinese text (UI strings, messages from main, the Word files) uses full-width punctuation:
 * "请先登录,然后重试" is a typo an office notices. This finds ASCII , : ; ( ) ! ? touching a
 * Chinese character inside string literals of the shipped code. Regular-expression sources are
 * not prose: arguments of `new RegExp(...)` and constants named `...Source` are skipped.
 */
const roots = ['main', 'shared', 'renderer'];
const asciiNextToChinese = /[\u4e00-\u9fff][,:;()!?]|[,:;(!?][\u4e00-\u9fff]/;

const offending = (folders: readonly string[]): string[] =>
  folders
    .flatMap((folder) => sourceFiles(folder, ['testing']))
    .flatMap((file) =>
      textPieces(file, { skipSourceConstants: true })
        .filter((text) => asciiNextToChinese.test(text))
        .map((text) => `${file}: ${text}`),
    );

describe('Chinese text', () => {
  it('uses full-width punctuation next to Chinese characters', () => {
    expect(offending(roots)).toEqual([]);
  });

  it('finds ASCII punctuation planted in shipped code, and only there', () => {
    const folder = mkdtempSync(join(tmpdir(), 'chinese-punctuation-'));
    try {
      const shipped = join(folder, 'notice.ts');
      writeFileSync(
        shipped,
        [
          "export const message = '请先登录,然后重试';",
          "export const fine = '请先登录，然后重试';",
          "const headingSource = '[一二三]、|第(一|二)';",
          "export const heading = new RegExp('^(一|二)、');",
          'export const shown = `共${count}条(含附件)`;',
        ].join('\n'),
      );
      mkdirSync(join(folder, 'testing'));
      writeFileSync(join(folder, 'testing', 'fixture.ts'), "export const a = '测试,数据';");
      writeFileSync(join(folder, 'notice.test.ts'), "export const a = '测试,数据';");
      expect(offending([folder])).toEqual([
        `${shipped}: 请先登录,然后重试`,
        `${shipped}: 条(含附件)`,
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
