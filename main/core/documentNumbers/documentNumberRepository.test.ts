import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../createCore.ts';
import { setUpInstallation } from '../testing/accounts.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import {
  findDocumentNumber,
  insertDocumentNumber,
  markVoided,
  nextSerial,
  type NewDocumentNumber,
} from './documentNumberRepository.ts';

/** The schema keeps the register honest even against a wrong caller: the migration's constraints. */
const folder = tempFolder();
let core: Core;
let userId: string;

beforeAll(async () => {
  core = createCore({ dataDir: folder.path, mode: 'web' });
  await setUpInstallation(core);
  userId = (core.db.prepare('SELECT id FROM users LIMIT 1').get() as { id: string }).id;
});

afterAll(() => {
  core.close();
  folder.remove();
});

const entry = (id: string, serial: number, agencyCode = '示政新'): NewDocumentNumber => ({
  id,
  kind: 'notice',
  subjectId: `2026-Q${serial}`,
  subjectVersion: '',
  agencyCode,
  year: 2026,
  serial,
  number: `${agencyCode}〔2026〕${serial}号`,
  title: '关于2026年新闻发布工作情况的通报',
  issuedAt: '2026-11-27T02:00:00.000Z',
  issuedBy: userId,
  fileSha256: '0'.repeat(64),
});

describe('document_numbers', () => {
  it('refuses a serial or a number given twice', () => {
    insertDocumentNumber(core.db, entry('first', 1));
    expect(nextSerial(core.db, '示政新', 2026)).toBe(2);
    expect(nextSerial(core.db, '示政新', 2027)).toBe(1);
    expect(nextSerial(core.db, '示政新函', 2026)).toBe(1);
    expect(() => insertDocumentNumber(core.db, { ...entry('again', 1), number: 'x' })).toThrow(
      /UNIQUE/,
    );
    expect(() =>
      insertDocumentNumber(core.db, { ...entry('same', 2), number: entry('', 1).number }),
    ).toThrow(/UNIQUE/);
  });

  it('keeps every number: a row cannot be deleted, nor its number changed; voiding is recorded', () => {
    expect(() => core.db.prepare('DELETE FROM document_numbers').run()).toThrow(
      /cannot be deleted/,
    );
    expect(() =>
      core.db.prepare('UPDATE document_numbers SET serial = 5 WHERE id = ?').run('first'),
    ).toThrow(/cannot be changed/);
    expect(() =>
      core.db
        .prepare("UPDATE document_numbers SET voided_at = '2026-11-28' WHERE id = ?")
        .run('first'),
    ).toThrow(/CHECK/);
    markVoided(core.db, 'first', '2026-11-28T02:00:00.000Z', '印错', userId);
    expect(findDocumentNumber(core.db, 'first')).toMatchObject({
      number: '示政新〔2026〕1号',
      voided: { reason: '印错', at: '2026-11-28T02:00:00.000Z' },
    });
    expect(nextSerial(core.db, '示政新', 2026)).toBe(2);
  });
});
