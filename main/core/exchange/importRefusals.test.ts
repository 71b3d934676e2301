import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs } from '../testing/accounts.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import {
  exchangeWorld,
  importRefused,
  pack,
  refusal,
  registerCard,
  send,
  storeTestAttachment,
  unpack,
  type ExchangeWorld,
  type Installation,
} from './exchangeTestbed.ts';

const clock = new Date('2026-11-27T09:00:00+08:00');
let world: ExchangeWorld;
let department: Installation;
let newsOffice: Installation;

beforeEach(async () => {
  world = await exchangeWorld(() => clock);
  ({ department, newsOffice } = world);
});
afterEach(() => world.dispose());

/** The package with one byte changed: `offset` bytes after the first `marker` past `from`. */
function changedAt(bytes: Buffer, marker: string, offset: number, from = 0): Buffer {
  const at = bytes.indexOf(marker, from) + marker.length + offset;
  expect(at).toBeGreaterThanOrEqual(from + marker.length);
  const copy = Buffer.from(bytes);
  copy[at] = copy[at] === 0x41 ? 0x42 : 0x41; // 'A' <-> 'B': still base64, still text
  return copy;
}

/**
 * The attachment's base64 with its last character before the padding changed only in bits the
 * decoder ignores: a lenient reader would see the same bytes.
 */
function sameBytesOtherSpelling(bytes: Buffer): Buffer {
  const start = bytes.indexOf('"contentBase64":"') + '"contentBase64":"'.length;
  const at = bytes.indexOf('=', start) - 1;
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) + 1;
  const spelling = (buffer: Buffer) => buffer.subarray(start, at + 2).toString();
  expect(Buffer.from(spelling(copy), 'base64')).toEqual(Buffer.from(spelling(bytes), 'base64'));
  return copy;
}

describe('import refuses, with its own code and no change', () => {
  it('one changed byte in a record payload, a signature or an attachment', () => {
    const attachment = storeTestAttachment(department, 'AAAAAAAAAAAAAAAAAAAA', clock);
    const record = send(
      department,
      newsOffice,
      { noteId: 'n1', payload: { note: 'hello' }, attachments: [attachment] },
      clock,
    );
    const { bytes } = pack(department, [record.id], clock);
    const cases: [string, Buffer, string][] = [
      ['payload', changedAt(bytes, '"note":"', 0), '第 1 号记录的内容与签名不符'],
      [
        'manifest signature',
        changedAt(bytes, '"signature":"', 10, bytes.indexOf('},"signature":"')),
        '清单的签名不符',
      ],
      [
        'record signature',
        changedAt(bytes, '"signature":"', 10, bytes.indexOf('"records":[{')),
        '第 1 号记录的内容与签名不符',
      ],
      ['attachment', changedAt(bytes, '"contentBase64":"', 4), '附件内容与哈希不符'],
      ['attachment, unused bits', sameBytesOtherSpelling(bytes), '附件内容与哈希不符'],
    ];
    for (const [name, changed, reason] of cases) {
      expect(changed.equals(bytes), name).toBe(false);
      const refused = importRefused(newsOffice, changed, clock);
      expect(refused, name).toMatchObject({ code: 'exchange_tampered', unchanged: true });
      expect(refused.message, name).toContain(reason);
    }
    expect(unpack(newsOffice, bytes, clock).applied).toBe(1);
  });

  it('the package with any single byte changed, wherever it is', () => {
    const attachment = storeTestAttachment(department, 'x', clock);
    const record = send(department, newsOffice, { noteId: 'n1', attachments: [attachment] }, clock);
    const { bytes } = pack(department, [record.id], clock);
    const before = databaseSnapshot(newsOffice.core.db);
    const accepted: number[] = [];
    for (let index = 0; index < bytes.length; index++) {
      const changed = Buffer.from(bytes);
      changed[index] = (changed[index] ?? 0) ^ 0x01;
      if (refusal(() => unpack(newsOffice, changed, clock)).code === 'no error')
        accepted.push(index);
    }
    expect(accepted).toEqual([]);
    expect(databaseSnapshot(newsOffice.core.db)).toBe(before);
  });

  it('a package signed by an installation that is not registered', async () => {
    const stranger = await world.open('stranger');
    await registerCard(newsOffice, stranger);
    const record = send(stranger, newsOffice, { noteId: 's1' }, clock);
    const refused = importRefused(newsOffice, pack(stranger, [record.id], clock).bytes, clock);
    expect(refused).toMatchObject({ code: 'exchange_unknown_signer', unchanged: true });
    expect(refused.message).toContain(stranger.id);
  });

  it('a package signed by a revoked peer', async () => {
    const record = send(department, newsOffice, { noteId: 'n1' }, clock);
    const { bytes } = pack(department, [record.id], clock);
    await callAs(newsOffice.core, newsOffice.admin, 'exchange:revokePeer', {
      installationId: department.id,
    });
    const refused = importRefused(newsOffice, bytes, clock);
    expect(refused).toMatchObject({ code: 'exchange_unknown_signer', unchanged: true });
    expect(refused.message).toContain('撤销');
  });

  it('a record claiming the place of a held one, which it quarantines (the only write)', () => {
    // The department restores a copy of its data folder taken before record 1, then writes a
    // different record 1 from it.
    const backup = join(world.root, 'department-backup');
    world.close(department);
    cpSync(join(world.root, 'department'), backup, { recursive: true });
    department = world.reopen(department, join(world.root, 'department'));
    const fromBackup = world.reopen(department, backup);

    const original = send(department, newsOffice, { noteId: 'n1', payload: 'first' }, clock);
    unpack(newsOffice, pack(department, [original.id], clock).bytes, clock);
    const rival = send(fromBackup, newsOffice, { noteId: 'n1', payload: 'other' }, clock);
    expect([rival.seq, rival.id === original.id]).toEqual([1, false]);
    const rivalPackage = pack(fromBackup, [rival.id], clock).bytes;

    const withoutQuarantine = (snapshot: string) =>
      snapshot
        .split('\n')
        .filter((line) => !/^(audit_log|exchange_quarantine):/.test(line))
        .join('\n');
    const before = databaseSnapshot(newsOffice.core.db);
    const refused = importRefused(newsOffice, rivalPackage, clock, 'rival.pwpkg');
    expect(refused).toMatchObject({ code: 'exchange_conflict', unchanged: false });
    expect(refused.message).toContain('第 1 号');
    const after = databaseSnapshot(newsOffice.core.db);
    expect(withoutQuarantine(after)).toBe(withoutQuarantine(before));
    const db = newsOffice.core.db;
    expect(db.prepare('SELECT * FROM exchange_quarantine').all()).toMatchObject([
      { record_id: rival.id, held_record_id: original.id, seq: 1, file_name: 'rival.pwpkg' },
    ]);
    const lastAudit = db.prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1').get();
    expect(lastAudit).toEqual({ action: 'exchange.quarantine' });

    // The same package again: refused again, and this time nothing at all is written.
    expect(importRefused(newsOffice, rivalPackage, clock)).toMatchObject({
      code: 'exchange_conflict',
      unchanged: true,
    });
  });

  it('a package addressed to another installation', async () => {
    const township = await world.open('township');
    await registerCard(township, department);
    const record = send(department, township, { noteId: 'n1' }, clock);
    const bytes = pack(department, [record.id], clock).bytes;
    expect(importRefused(newsOffice, bytes, clock)).toMatchObject({
      code: 'exchange_wrong_recipient',
      unchanged: true,
    });
  });

  it('a package this installation exported itself', () => {
    const record = send(department, newsOffice, { noteId: 'n1' }, clock);
    const bytes = pack(department, [record.id], clock).bytes;
    expect(importRefused(department, bytes, clock)).toMatchObject({
      code: 'exchange_own_package',
      unchanged: true,
    });
  });

  it('a record an applier cannot place: all rolled back, the applier’s message passed on', () => {
    const attachment = storeTestAttachment(department, '决定附件', clock);
    const record = send(
      department,
      newsOffice,
      { kind: 'test.decision', noteId: 'unknown', attachments: [attachment] },
      clock,
    );
    const bytes = pack(department, [record.id], clock).bytes;
    expect(importRefused(newsOffice, bytes, clock)).toEqual({
      code: 'exchange_unplaceable',
      message: '本工作台没有编号为 unknown 的记录，无法处理此决定。',
      unchanged: true,
    });
  });

  it('a record kind this version cannot apply', () => {
    const record = send(department, newsOffice, { kind: 'test.future', noteId: 'n1' }, clock);
    const bytes = pack(department, [record.id], clock).bytes;
    expect(importRefused(newsOffice, bytes, clock)).toMatchObject({
      code: 'exchange_unknown_kind',
      unchanged: true,
    });
  });

  it('a package of a newer format version, and a file that is not a package', () => {
    const record = send(department, newsOffice, { noteId: 'n1' }, clock);
    const bytes = pack(department, [record.id], clock).bytes;
    const newer = Buffer.from(bytes.toString().replace('"version":2', '"version":3'));
    expect(importRefused(newsOffice, newer, clock)).toMatchObject({
      code: 'exchange_unsupported_version',
      unchanged: true,
    });
    expect(importRefused(newsOffice, Buffer.from('PK\u0003\u0004'), clock)).toMatchObject({
      code: 'exchange_tampered',
      unchanged: true,
    });
  });
});
