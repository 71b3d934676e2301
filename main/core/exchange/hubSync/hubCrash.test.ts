import type { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHubForTests, type HubForTests } from '../../../../hub/testing/startHubForTests.ts';
import { verifyAuditChain } from '../../audit/auditRepository.ts';
import { verifyAudit } from '../../cli/auditCommands.ts';
import { callAs } from '../../testing/accounts.ts';
import { databaseSnapshot } from '../../testing/databaseSnapshot.ts';
import {
  exchangeWorld,
  pack,
  send,
  unpack,
  type ExchangeWorld,
  type Installation,
} from '../exchangeTestbed.ts';
import { pendingPushes } from './hubPush.ts';
import { writeHubAddress } from './hubStateRepository.ts';
import { hubStatus } from './hubStatus.ts';
import { startHubSync, syncTiming, type HubSyncEngine } from './hubSyncEngine.ts';

/**
 * Issue 20's must-hold: the hub SIGKILLed mid-sync and restarted, PostgreSQL restarted (once
 * cleanly, once after a SIGKILL), while a department keeps sending; the engines recover on their
 * own, and every record arrives exactly once.
 */
const clock = new Date('2026-11-27T10:00:00+08:00');
const total = 300;
const savedTiming = { ...syncTiming };
let world: ExchangeWorld;
let hub: HubForTests;
let department: Installation;
let newsOffice: Installation;
const engines: HubSyncEngine[] = [];
const sentIds: string[] = [];
let sent = 0;

/** Polls `check` until it holds; gives up (failing) after `seconds`. Asserts nothing about time. */
async function eventually(what: string, check: () => boolean, seconds = 30): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const noteId = (n: number) => `n${String(n).padStart(3, '0')}`;

/** The next `count` notes, written one transaction each as a service would, the engine poked. */
function sendNotes(count: number): void {
  for (let i = 0; i < count && sent < total; i += 1) {
    sent += 1;
    sentIds.push(send(department, newsOffice, { noteId: noteId(sent) }, clock).id);
  }
  engines[0]?.poke();
}

const appliedNotes = (db: DatabaseSync) =>
  Number(
    db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'test.note.applied'").get()?.[
      'n'
    ],
  );
const stateOf = (installation: Installation) => hubStatus(installation.core.db).state;

beforeAll(async () => {
  // The engine's timings, shortened for the test: the backoff starts at 50 ms and stops at 400 ms.
  Object.assign(syncTiming, {
    minDelayMs: 50,
    maxDelayMs: 400,
    longPollSeconds: 5,
    checkEveryMs: 200,
  });
  [world, hub] = await Promise.all([exchangeWorld(() => clock), startHubForTests()]);
  ({ department, newsOffice } = world);
  for (const installation of [department, newsOffice]) {
    const { card } = await callAs(installation.core, installation.admin, 'exchange:identity', {});
    await hub.enrol(card);
    writeHubAddress(installation.core.db, hub.url);
    engines.push(
      startHubSync(
        {
          db: installation.core.db,
          attachmentsDir: installation.core.folder.attachments,
          appliers: installation.registry.appliers,
          now: () => clock,
        },
        hub.url,
      ),
    );
  }
}, 60_000);

afterAll(async () => {
  for (const engine of engines) engine.stop();
  Object.assign(syncTiming, savedTiming);
  world.dispose();
  await hub.stopAll();
});

describe('the hub and PostgreSQL crashing while a department sends', () => {
  it('lose no record and import none twice', async () => {
    const news = newsOffice.core.db;
    await eventually('both connected', () =>
      [department, newsOffice].every((side) => stateOf(side) === 'connected'),
    );

    // A steady stream; the hub is SIGKILLed once some, not all, have arrived, with a push running.
    sendNotes(60);
    await eventually('the first notes at the news office', () => appliedNotes(news) >= 20);
    sendNotes(40);
    // In the same turn as the poke: the push of these 40 has not reached the hub yet.
    await hub.killHub();
    const arrivedAtKill = appliedNotes(news);
    expect(arrivedAtKill).toBeGreaterThan(0);
    expect(arrivedAtKill).toBeLessThan(sent);
    sendNotes(50);
    await eventually('both see the hub gone', () =>
      [department, newsOffice].every((side) => stateOf(side) === 'offline'),
    );
    expect(pendingPushes({ db: department.core.db }).get(newsOffice.id)).toBeGreaterThan(0);

    // Restarted: the engines reconnect by their own backoff, nobody calls 立即同步.
    await hub.restartHub();
    await eventually('the backlog after the hub restart', () => appliedNotes(news) >= 150);

    // PostgreSQL restarted under the running hub, records in flight.
    sendNotes(50);
    await hub.restartPostgres();
    sendNotes(25);
    await eventually('notes after the PostgreSQL restart', () => appliedNotes(news) >= 225);

    // PostgreSQL SIGKILLed: the hub answers 503, the department goes offline and queues.
    await hub.killPostgres();
    sendNotes(25);
    await eventually('the department offline while PostgreSQL is down', () => {
      engines[0]?.poke();
      return stateOf(department) === 'offline';
    });
    await hub.restartPostgres();
    sendNotes(total);
    expect(sent).toBe(total);
    await eventually('every note at the news office', () => appliedNotes(news) >= total);
    await eventually(
      'nothing waiting to go',
      () => pendingPushes({ db: department.core.db }).size === 0,
    );
    await eventually('both connected again', () =>
      [department, newsOffice].every((side) => stateOf(side) === 'connected'),
    );

    // Exactly once: one applied row per note, and each record held once.
    const perNote = news
      .prepare(
        `SELECT subject_id AS noteId, COUNT(*) AS n FROM audit_log
         WHERE action = 'test.note.applied' GROUP BY subject_id ORDER BY subject_id`,
      )
      .all();
    expect(perNote).toEqual(
      Array.from({ length: total }, (_, i) => ({ noteId: noteId(i + 1), n: 1 })),
    );
    const held = news
      .prepare(
        `SELECT id, COUNT(*) AS n FROM exchange_records
         WHERE origin = ? AND direction = 'received' GROUP BY id`,
      )
      .all(department.id);
    expect(held).toHaveLength(total);
    expect(held.every((row) => row['n'] === 1)).toBe(true);
    expect(new Set(held.map((row) => row['id']))).toEqual(new Set(sentIds));

    // The same records carried as a file afterwards: already held, nothing changes.
    const before = databaseSnapshot(news);
    const file = pack(department, sentIds, clock);
    expect(unpack(newsOffice, file.bytes, clock)).toMatchObject({
      applied: 0,
      alreadyImported: true,
    });
    expect(databaseSnapshot(news)).toBe(before);

    for (const engine of engines) engine.stop();
    for (const side of [department, newsOffice]) {
      const db = side.core.db;
      expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
      expect(verifyAuditChain(db)).toMatchObject({ intact: true });
      const dataDir = side.core.folder.root;
      world.close(side);
      // What `npm run admin -- verify-audit --data-dir …` runs, on the closed data folder.
      const verified = verifyAudit(dataDir);
      expect(verified.exitCode, verified.lines.join('\n')).toBe(0);
    }
  }, 90_000);
});
