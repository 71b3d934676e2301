import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSynonyms, glossary } from '../../shared/text/glossary.ts';

const root = join(import.meta.dirname, '..', '..');
/** Where the words people read come from: UI resources, main's messages, documents. */
const scanned = ['renderer/src', 'main', 'shared'];
const skipped = new Set(['shared/text/glossary.ts']);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Each use of an avoided synonym, as `file:line: 用「term」，不用「found」`. */
function synonymReport(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return findSynonyms(text).map((use) => {
      const line = text.slice(0, use.index).split('\n').length;
      return `${relative(root, file)}:${line}: 用「${use.term}」，不用「${use.found}」`;
    });
  });
}

describe('the glossary', () => {
  it('every UI string, message and document uses the preferred term, never a synonym', () => {
    const files = scanned
      .flatMap((folder) => sourceFiles(join(root, folder)))
      .filter((file) => !skipped.has(relative(root, file)));
    expect(files.length).toBeGreaterThan(100);
    expect(synonymReport(files)).toEqual([]);
  });

  it('names a planted synonym with the term to use', () => {
    const planted = `export const zh = { add: '新增答案', paper: '导出报批表', ok: '申请单位' };`;
    expect(findSynonyms(planted).map((use) => [use.found, use.term])).toEqual([
      ['报批表', '审批表'],
      ['新增答案', '口径'],
    ]);
  });

  it('lists each synonym once, and never a term as another term’s synonym', () => {
    const synonyms = glossary.flatMap((entry) => entry.avoid);
    expect(new Set(synonyms).size).toBe(synonyms.length);
    for (const entry of glossary) expect(findSynonyms(entry.term)).toEqual([]);
  });
});
