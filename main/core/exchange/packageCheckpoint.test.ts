import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditOfSubject } from '../audit/auditRepository.ts';
import { rewriteAuditRow } from '../testing/auditTampering.ts';
import {
  exchangeWorld,
  importRefused,
  pack,
  send,
  unpack,
  type ExchangeWorld,
  type Installation,
} from './exchangeTestbed.ts';
import { decodePackage, encodePackage } from './packageFormat.ts';
import { peerCheckpoints } from './peerCheckpointRepository.ts';

const clock = new Date('2026-11-27T09:00:00+08:00');
let world: ExchangeWorld;
let department: Installation;
let newsOffice: Installation;

beforeEach(async () => {
  world = await exchangeWorld(() => clock);
  ({ department, newsOffice } = world);
});
afterEach(() => world.dispose());

const admin = (...args: string[]) =>
  spawnSync(process.execPath, ['main/core/cli/adminMain.ts', ...args], { encoding: 'utf8' });

const auditRows = (installation: Installation) =>
  (installation.core.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n;

describe('the audit checkpoint in a package', () => {
  it('goes with every package, signed by the sender, and is kept by the recipient as a witness', () => {
    const record = send(department, newsOffice, { noteId: 'n1' }, clock);
    const rowsBefore = auditRows(department);
    const built = pack(department, [record.id], clock);
    expect(built.bytes.subarray(0, 48).toString()).toBe(
      '{"format":"press-workbench-package","version":2,',
    );
    const { checkpoint } = decodePackage(built.bytes);
    expect(checkpoint).toMatchObject({ installationId: department.id, rowCount: rowsBefore });

    unpack(newsOffice, built.bytes, clock);
    expect(peerCheckpoints(newsOffice.core.db, department.id)).toEqual([checkpoint]);
  });

  it('is not needed in a version 1 package from an earlier release, which is still imported', () => {
    const record = send(department, newsOffice, { noteId: 'n1' }, clock);
    const { manifest, signature, records, attachments } = decodePackage(
      pack(department, [record.id], clock).bytes,
    );
    const older = Buffer.from(encodePackage({ manifest, signature, records, attachments }));
    expect(older.subarray(0, 48).toString()).toBe(
      '{"format":"press-workbench-package","version":1,',
    );
    expect(unpack(newsOffice, older, clock)).toMatchObject({ applied: 1 });
    expect(peerCheckpoints(newsOffice.core.db, department.id)).toEqual([]);
  });

  it('refuses a package whose checkpoint was changed, changing nothing', () => {
    const record = send(department, newsOffice, { noteId: 'n1' }, clock);
    const pkg = decodePackage(pack(department, [record.id], clock).bytes);
    if (!pkg.checkpoint) throw new Error('no checkpoint');
    const changed = {
      ...pkg,
      checkpoint: { ...pkg.checkpoint, takenAt: '2020-01-01T00:00:00.000Z' },
    };
    expect(importRefused(newsOffice, Buffer.from(encodePackage(changed)), clock)).toEqual({
      code: 'exchange_tampered',
      message: expect.stringContaining('审计校验点与发送方的签名不符') as unknown,
      unchanged: true,
    });
  });

  it('shows the sender’s chain rewritten: at the next import, and against the checkpoints the recipient holds', () => {
    const first = send(department, newsOffice, { noteId: 'n1' }, clock);
    const firstPackage = pack(department, [first.id], clock);
    unpack(newsOffice, firstPackage.bytes, clock);

    rewriteAuditRow(department.core.db, 2, { actor_name: '别人' });
    const second = send(department, newsOffice, { noteId: 'n2' }, clock);
    unpack(newsOffice, pack(department, [second.id], clock).bytes, clock);
    const [conflict] = auditOfSubject(newsOffice.core.db, 'installation', department.id).filter(
      (entry) => entry.action === 'exchange.peerAudit.conflict',
    );
    expect(conflict?.details).toMatchObject({ firstDifferentRow: 2 });

    const packageFile = join(world.root, firstPackage.fileName);
    writeFileSync(packageFile, firstPackage.bytes);
    const againstPackage = admin(
      'verify-audit',
      '--data-dir',
      department.core.folder.root,
      '--against',
      packageFile,
    );
    expect(againstPackage.stdout).toContain('第 2 条记录与校验点不符');
    expect(againstPackage.status).toBe(2);

    const witnessed = join(world.root, 'witnessed');
    const exported = admin(
      'peer-checkpoints',
      '--data-dir',
      newsOffice.core.folder.root,
      '--out',
      witnessed,
    );
    expect(exported.stdout).toContain('在第 2 条记录处与更早的校验点不一致：对方的审计链被改写过');
    expect(exported.status).toBe(2);
    const [file] = readdirSync(witnessed);
    const againstWitness = admin(
      'verify-audit',
      '--data-dir',
      department.core.folder.root,
      '--against',
      join(witnessed, file ?? ''),
    );
    expect(againstWitness.stdout).toContain('CHECKPOINT MISMATCH 2');
  });
});
