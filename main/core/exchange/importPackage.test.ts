import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/auditRepository.ts';
import { readAttachment } from '../attachments/attachmentStore.ts';
import type { Core } from '../createCore.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import {
  exchangeWorld,
  importRefused,
  pack,
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

const auditActions = (core: Core) =>
  core.db
    .prepare('SELECT action FROM audit_log ORDER BY seq')
    .all()
    .map((row) => row['action']);

describe('a package from a department to the news office', () => {
  it('carries records and attachments, is applied in order, and is audited at both ends', () => {
    const attachment = storeTestAttachment(department, '发布会议程', clock);
    const first = send(department, newsOffice, { noteId: 'n1', attachments: [attachment] }, clock);
    const second = send(department, newsOffice, { kind: 'test.decision', noteId: 'n1' }, clock);
    expect([first.seq, second.seq]).toEqual([1, 2]);
    expect(second.prev).toBe(first.id);

    const built = pack(department, [second.id, first.id], clock);
    expect(built.fileName).toMatch(
      /^pw-[0-9a-f]{8}-[0-9a-f]{8}-20261127-010000-000001-000002\.pwpkg$/,
    );
    expect(built.bytes.subarray(0, 36).toString()).toBe('{"format":"press-workbench-package",');

    expect(unpack(newsOffice, built.bytes, clock)).toEqual({
      packageId: built.packageId,
      from: { installationId: department.id, name: '测试县人民政府新闻办公室' },
      recordCount: 2,
      applied: 2,
      alreadyHeld: 0,
      alreadyImported: false,
    });
    expect(readAttachment(newsOffice.core.folder.attachments, attachment).toString()).toBe(
      '发布会议程',
    );
    expect(auditActions(newsOffice.core).slice(-3)).toEqual([
      'test.note.applied',
      'test.decision.applied',
      'exchange.import',
    ]);
    expect(auditActions(department.core).at(-1)).toBe('exchange.export');
    expect(verifyAuditChain(newsOffice.core.db)).toMatchObject({ intact: true });
    expect(verifyAuditChain(department.core.db)).toMatchObject({ intact: true });
  });

  it('changes nothing when imported again, and says it was already imported', () => {
    const record = send(department, newsOffice, { noteId: 'n1' }, clock);
    const { bytes } = pack(department, [record.id], clock);
    unpack(newsOffice, bytes, clock);
    const before = databaseSnapshot(newsOffice.core.db);
    expect(unpack(newsOffice, bytes, clock)).toMatchObject({
      applied: 0,
      alreadyHeld: 1,
      alreadyImported: true,
    });
    expect(databaseSnapshot(newsOffice.core.db)).toBe(before);
  });

  it('applies only the new records of a package that repeats held ones', () => {
    const first = send(department, newsOffice, { noteId: 'n1' }, clock);
    unpack(newsOffice, pack(department, [first.id], clock).bytes, clock);
    const second = send(department, newsOffice, { noteId: 'n2' }, clock);
    const both = pack(department, [first.id, second.id], clock);
    expect(unpack(newsOffice, both.bytes, clock)).toMatchObject({
      recordCount: 2,
      applied: 1,
      alreadyHeld: 1,
      alreadyImported: false,
    });
  });

  it('is refused while an earlier package is missing, naming the missing seq, then accepted', () => {
    const first = send(department, newsOffice, { noteId: 'n1' }, clock);
    const package1 = pack(department, [first.id], clock);
    const second = send(department, newsOffice, { noteId: 'n2' }, clock);
    const package2 = pack(department, [second.id], clock);

    const refused = importRefused(newsOffice, package2.bytes, clock);
    expect(refused).toMatchObject({ code: 'exchange_out_of_order', unchanged: true });
    expect(refused.message).toContain('第 1 号');

    expect(unpack(newsOffice, package1.bytes, clock).applied).toBe(1);
    expect(unpack(newsOffice, package2.bytes, clock).applied).toBe(1);
  });

  it('travels in one stream per recipient, so each office receives only its own records', async () => {
    const township = await world.open('township');
    await registerCard(township, newsOffice);
    await registerCard(newsOffice, township);
    const toDepartment = send(newsOffice, department, { noteId: 'd1' }, clock);
    const toTownship = send(newsOffice, township, { noteId: 't1' }, clock);
    expect([toDepartment.seq, toTownship.seq]).toEqual([1, 1]);
    const forTownship = pack(newsOffice, [toTownship.id], clock).bytes;
    const forDepartment = pack(newsOffice, [toDepartment.id], clock).bytes;
    expect(unpack(township, forTownship, clock).applied).toBe(1);
    expect(unpack(department, forDepartment, clock).applied).toBe(1);
  });
});
