import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPackages, readPackageList } from './systemPackages.ts';

const repoRoot = join(import.meta.dirname, '..', '..');

describe('the system package list', () => {
  it('reads names and skips comments and blank lines', () => {
    expect(readPackageList('# comment\nchromium\n\n  pandoc  # the baseline\n')).toEqual([
      'chromium',
      'pandoc',
    ]);
  });

  it('names the missing ones in list order', () => {
    expect(missingPackages(['a', 'b', 'c'], (name) => name === 'b')).toEqual(['a', 'c']);
  });

  it('is the list .ci/run installs', () => {
    const ci = readFileSync(join(repoRoot, '.ci', 'run'), 'utf8');
    expect(ci).toContain('scripts/test/systemPackages.txt');
    const list = readPackageList(
      readFileSync(join(repoRoot, 'scripts', 'test', 'systemPackages.txt'), 'utf8'),
    );
    expect(list).toEqual(
      expect.arrayContaining(['chromium', 'libreoffice-writer-nogui', 'faketime']),
    );
  });
});
