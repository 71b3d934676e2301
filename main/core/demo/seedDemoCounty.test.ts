import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/auditRepository.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { demoUnits, demoUsers } from './demoCounty.ts';
import { seedDemoCounty } from './seedDemoCounty.ts';

const folder = tempFolder();
afterAll(() => folder.remove());

describe('demo county', () => {
  it('fills a fresh folder through the services with units, every role and requests at many stages', async () => {
    expect(await seedDemoCounty(folder.path, new Date('2026-11-25T10:00:00+08:00'))).toBe(true);
    const db = new DatabaseSync(join(folder.path, 'workbench.sqlite'), { readOnly: true });
    expect((db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n).toBe(
      demoUnits.length,
    );
    const roles = (
      db.prepare('SELECT DISTINCT role FROM user_roles ORDER BY role').all() as { role: string }[]
    ).map((r) => r.role);
    expect(roles).toEqual([
      'administrator',
      'authorityApprover',
      'clearanceReviewer',
      'drafter',
      'newsOfficeReviewer',
      'spokesperson',
      'unitHead',
    ]);
    expect((db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n).toBe(
      demoUsers.length + 1,
    );
    const states = new Set(
      (db.prepare('SELECT state FROM requests').all() as { state: string }[]).map((r) => r.state),
    );
    for (const state of [
      'draft',
      'unitReview',
      'newsOfficeReview',
      'authorityReview',
      'approved',
      'rejected',
      'cancelled',
    ]) {
      expect(states, state).toContain(state);
    }
    // The news office issued 审批函 and a 通报 under 示政新, one number after another; the
    // cancelled events' letters are voided and keep their numbers.
    const numbers = db
      .prepare('SELECT year, serial, number, paper_kind, void_reason FROM document_numbers')
      .all() as {
      year: number;
      serial: number;
      number: string;
      paper_kind: string;
      void_reason: string | null;
    }[];
    for (const year of new Set(numbers.map((row) => row.year))) {
      const serials = numbers.filter((row) => row.year === year).map((row) => row.serial);
      expect(serials.toSorted((a, b) => a - b)).toEqual(serials.map((_serial, index) => index + 1));
    }
    expect(numbers.every((row) => row.number === `示政新〔${row.year}〕${row.serial}号`)).toBe(
      true,
    );
    expect(new Set(numbers.map((row) => row.paper_kind))).toEqual(
      new Set(['approvalLetter', 'notice']),
    );
    expect(numbers.some((row) => row.void_reason === '发布会已取消，审批函作废。')).toBe(true);
    expect(verifyAuditChain(db)).toMatchObject({ intact: true });
    db.close();
  });

  it('leaves a folder that is already set up as it is', async () => {
    expect(await seedDemoCounty(folder.path, new Date('2026-11-25T10:00:00+08:00'))).toBe(false);
  });
});
