import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/auditRepository.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { addDays } from '../../../shared/rules/workingDays.ts';
import { demoUnits, demoUsers } from './demoCounty.ts';
import { demoAnswers } from './demoLibrary.ts';
import { seedDemoCounty } from './seedDemoCounty.ts';

const folder = tempFolder();
const now = new Date('2026-11-25T10:00:00+08:00');
const today = '2026-11-25';
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

  it('fills the 口径库 with units’ answers, some about to expire and one expired', () => {
    const db = new DatabaseSync(join(folder.path, 'workbench.sqlite'), { readOnly: true });
    const answers = db
      .prepare(
        'SELECT owner_unit_id AS unit, valid_until AS validUntil, status FROM library_answers',
      )
      .all() as { unit: string; validUntil: string | null; status: string }[];
    db.close();
    expect(answers).toHaveLength(demoAnswers.length);
    expect(answers.length).toBeGreaterThanOrEqual(8);
    expect(new Set(answers.map((answer) => answer.unit)).size).toBeGreaterThanOrEqual(6);
    const soon = addDays(today, 30);
    const expiring = answers.filter(
      (answer) => answer.validUntil && answer.validUntil >= today && answer.validUntil <= soon,
    );
    expect(expiring.length).toBeGreaterThanOrEqual(1);
    expect(answers.filter((answer) => answer.validUntil && answer.validUntil < today)).toHaveLength(
      1,
    );
  });

  it('gives every event held before yesterday a reviewed 文字实录 with its Q&A', () => {
    const db = new DatabaseSync(join(folder.path, 'workbench.sqlite'), { readOnly: true });
    const held = db
      .prepare(
        `SELECT r.id, r.title, r.starts_at AS startsAt, t.revision, t.reviewed_revision AS reviewed,
           t.ended_at AS endedAt,
           (SELECT count(*) FROM transcript_turns WHERE request_id = r.id) AS turns,
           (SELECT count(*) FROM transcript_speakers WHERE request_id = r.id AND role = 'reporter')
             AS reporters
         FROM requests r LEFT JOIN transcripts t ON t.request_id = r.id
         WHERE r.state = 'approved' AND r.starts_at IS NOT NULL`,
      )
      .all() as {
      title: string;
      startsAt: string;
      revision: number | null;
      reviewed: number | null;
      endedAt: string | null;
      turns: number;
      reporters: number;
    }[];
    const twoDaysAgo = now.getTime() - 2 * 86_400_000;
    const past = held.filter((event) => Date.parse(event.startsAt) < twoDaysAgo);
    expect(past.length).toBeGreaterThanOrEqual(20);
    for (const event of past) {
      expect(event.endedAt, event.title).not.toBeNull();
      expect(event.reviewed, event.title).toBe(event.revision);
      expect(event.turns, event.title).toBeGreaterThanOrEqual(15);
      expect(event.turns, event.title).toBeLessThanOrEqual(40);
    }
    expect(past.some((event) => event.reporters > 0)).toBe(true);
    // No transcript is left half taken down; events still ahead have none yet.
    expect(held.filter((event) => event.revision !== null && event.endedAt === null)).toEqual([]);
    for (const event of held.filter((item) => Date.parse(item.startsAt) > now.getTime())) {
      expect(event.revision, event.title).toBeNull();
    }
  });

  it('leaves a folder that is already set up as it is', async () => {
    expect(await seedDemoCounty(folder.path, new Date('2026-11-25T10:00:00+08:00'))).toBe(false);
  });
});
