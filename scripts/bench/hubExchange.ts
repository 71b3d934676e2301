import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startHubForTests, type HubForTests } from '../../hub/testing/startHubForTests.ts';
import { appendAudit } from '../../main/core/audit/auditRepository.ts';
import { callAs } from '../../main/core/testing/accounts.ts';
import { tempFolder } from '../../main/core/testing/tempFolder.ts';
import {
  openInstallation,
  registerCard,
  send,
  type Installation,
} from '../../main/core/exchange/exchangeTestbed.ts';
import {
  startHubSync,
  type HubSyncEngine,
} from '../../main/core/exchange/hubSync/hubSyncEngine.ts';
import type { Benchmark, Comparison } from './measure.ts';

const departments = 60;
const records = 10_000;
/**
 * The first records go at a paced rate (each department one every `pacedGapMs` on average, about
 * 40 records/s for the county, far above a county's real peak), to measure delivery latency
 * below saturation; the rest go as one burst, to measure how many records per second the hub
 * path delivers when every department sends at once.
 */
const pacedRecords = 2_000;
const pacedGapMs = 1_500;

/**
 * A county on one hub: the news office and 60 department installations, each with its own
 * database and its own sync engine (in one process, as separate processes would only add
 * scheduling noise on a 2-core machine), over a hub process on a real PostgreSQL. The departments
 * send 10,000 records to the news office, paced and then in a burst; a sample is the time from a
 * record's commit at its department to its import being applied at the news office (the applier
 * runs inside the import's transaction, which commits right after). Baseline: a bare INSERT and
 * SELECT of one row of the same size through `pg` on the same server, the least any relay costs.
 */
export const hubExchange: Benchmark = {
  name: 'exchange hub, 60 departments',
  async run() {
    const folder = tempFolder('workbench-bench-hub-');
    const hub = await startHubForTests();
    const engines: HubSyncEngine[] = [];
    const installations: Installation[] = [];
    try {
      const now = () => new Date();
      const newsOffice = await openInstallation(folder.path, 'news-office', now);
      installations.push(newsOffice);
      const sentAt = new Map<string, number>();
      const latencies: number[] = [];
      const burstLatencies: number[] = [];
      let expected = pacedRecords;
      let allArrived: () => void = () => undefined;
      let arrived = new Promise<void>((resolve) => (allArrived = resolve));
      newsOffice.registry.register('bench.note', (db, record, context) => {
        appendAudit(db, context.actor, context.now, {
          action: 'test.note.applied',
          subjectKind: 'testNote',
          subjectId: record.refs['noteId'] ?? '',
        });
        const started = sentAt.get(record.refs['noteId'] ?? '');
        const into = expected === pacedRecords ? latencies : burstLatencies;
        if (started !== undefined) into.push(performance.now() - started);
        if (into.length === expected) allArrived();
      });

      const units = await callAs(newsOffice.core, newsOffice.admin, 'units:list', {});
      const senders: Installation[] = [];
      for (let index = 0; index < departments; index++) {
        const department = await openInstallation(folder.path, `department-${index}`, now);
        installations.push(department);
        senders.push(department);
        await registerCard(department, newsOffice, units[1]?.id ?? null);
        await registerCard(newsOffice, department);
      }
      for (const installation of installations) {
        const { card } = await callAs(
          installation.core,
          installation.admin,
          'exchange:identity',
          {},
        );
        await hub.enrol(card);
        engines.push(
          startHubSync(
            {
              db: installation.core.db,
              attachmentsDir: installation.core.folder.attachments,
              appliers: installation.registry.appliers,
              now,
            },
            hub.url,
          ),
        );
      }
      await Promise.all(engines.map((engine) => engine.syncNow()));

      const payload = { note: '关于全县春季学期学位供给情况的报批材料（测试）'.repeat(8) };
      const sendAll = (count: number, gapMs: number) =>
        Promise.all(
          senders.map(async (department, index) => {
            const engine = engines[index + 1];
            for (let sent = index; sent < count; sent += departments) {
              if (gapMs > 0) {
                await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * gapMs));
              }
              const noteId = randomUUID();
              send(department, newsOffice, { kind: 'bench.note', noteId, payload }, now());
              sentAt.set(noteId, performance.now());
              engine?.poke();
            }
          }),
        );
      const allIn = (what: string) =>
        Promise.race([
          arrived,
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error(`${what}: not all records arrived`)), 600_000),
          ),
        ]);
      await sendAll(pacedRecords, pacedGapMs);
      await allIn('paced');
      const burst = records - pacedRecords;
      expected = burst;
      arrived = new Promise<void>((resolve) => (allArrived = resolve));
      const started = performance.now();
      await sendAll(burst, 0);
      await allIn('burst');
      const hubSeconds = (performance.now() - started) / 1000;
      const relayed = await relayedBytes(hub);
      const bytesPerRecord = relayed.bytes / records;
      const bare = await bareInsertAndSelect(hub, records, bytesPerRecord);
      console.log(
        `  hub: ${records} records in ${relayed.parcels} parcels; the burst of ${burst} in ${hubSeconds.toFixed(1)} s; ${Math.round(bytesPerRecord)} sealed bytes per record`,
      );
      const comparisons: Comparison[] = [
        {
          what: `record commit → applied at the news office (${departments} departments, ${pacedRecords} records paced at ~${Math.round((departments * 1000) / pacedGapMs)}/s)`,
          baseline: 'one bare INSERT + SELECT through pg of a row as large as a record sealed',
          unit: 'ms',
          samples: latencies,
          baselineSamples: bare.latencies,
        },
        {
          what: `records delivered per second through the hub (a burst of ${burst} from all ${departments} at once)`,
          baseline: 'bare INSERT + SELECT rows per second, one client in a row',
          unit: 'records/s',
          samples: [burst / hubSeconds],
          baselineSamples: [records / bare.seconds],
        },
        {
          what: 'record commit → applied at the news office, in that burst (queueing included)',
          baseline: 'one bare INSERT + SELECT through pg of a row as large as a record sealed',
          unit: 'ms',
          samples: burstLatencies,
          baselineSamples: bare.latencies,
        },
      ];
      return comparisons;
    } finally {
      for (const engine of engines) engine.stop();
      for (const installation of installations) installation.core.close();
      await hub.stopAll();
      folder.remove();
    }
  },
};

/** Parcels batch what waited for a recipient: how many there were and their sealed size. */
async function relayedBytes(hub: HubForTests): Promise<{ parcels: number; bytes: number }> {
  const client = new pg.Client({ connectionString: hub.databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ parcels: string; bytes: string | null }>(
      'SELECT count(*) AS parcels, sum(parcel_bytes) AS bytes FROM parcels',
    );
    return {
      parcels: Number(result.rows[0]?.parcels ?? 0),
      bytes: Number(result.rows[0]?.bytes ?? 0),
    };
  } finally {
    await client.end();
  }
}

async function bareInsertAndSelect(
  hub: HubForTests,
  rows: number,
  bytes: number,
): Promise<{ latencies: number[]; seconds: number }> {
  const client = new pg.Client({ connectionString: hub.databaseUrl });
  await client.connect();
  try {
    await client.query(
      'CREATE TABLE bench_bare (position bigserial PRIMARY KEY, id text UNIQUE NOT NULL, recipient text NOT NULL, body text NOT NULL)',
    );
    const body = 'x'.repeat(Math.max(1, Math.round(bytes)));
    const latencies: number[] = [];
    const started = performance.now();
    for (let index = 0; index < rows; index++) {
      const id = randomUUID();
      const rowStarted = performance.now();
      await client.query('INSERT INTO bench_bare (id, recipient, body) VALUES ($1, $2, $3)', [
        id,
        'news-office',
        body,
      ]);
      await client.query('SELECT body FROM bench_bare WHERE recipient = $1 AND id = $2', [
        'news-office',
        id,
      ]);
      latencies.push(performance.now() - rowStarted);
    }
    return { latencies, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.query('DROP TABLE IF EXISTS bench_bare');
    await client.end();
  }
}
