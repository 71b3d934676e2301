import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { enrolCard, revokeInstallation } from '../db/installationRepository.ts';
import { startPostgresServer } from './postgresServer.ts';

export interface HubForTests {
  /** `http://127.0.0.1:<port>`, the same across restarts of the hub. */
  readonly url: string;
  readonly databaseUrl: string;
  /** Enrols a key card as `npm run hub -- enrol` does. */
  enrol(cardText: string): Promise<{ installationId: string; name: string; fingerprint: string }>;
  revoke(installationId: string): Promise<void>;
  /** SIGTERM: the hub finishes and closes. */
  stopHub(): Promise<void>;
  /** SIGKILL: a crash. */
  killHub(): Promise<void>;
  /** Stops the hub if it runs, then starts it again on the same port. */
  restartHub(): Promise<void>;
  /** A fast shutdown and start of PostgreSQL (same port and data); the hub keeps running. */
  restartPostgres(): Promise<void>;
  /** SIGKILL to PostgreSQL; `restartPostgres` then recovers it. */
  killPostgres(): Promise<void>;
  /** `pg_dump` of the hub's database, plain SQL. */
  dumpDatabase(): Promise<string>;
  /** Stops the hub and PostgreSQL and removes PostgreSQL's folder. */
  stopAll(): Promise<void>;
}

const hubMain = join(import.meta.dirname, '..', 'hubMain.ts');

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts the hub as `node hub/hubMain.ts` and resolves with its port once it prints HUB_URL. */
function startHubProcess(
  databaseUrl: string,
  port: number,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    [hubMain, '--database', databaseUrl, '--port', String(port), '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-8000);
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /HUB_URL=http:\/\/127\.0\.0\.1:(\d+)/.exec(stdout);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.once('exit', (code, signal) =>
      reject(
        new Error(
          `the hub exited before listening (${String(code ?? signal)}):\n${stderr}${stdout}`,
        ),
      ),
    );
  });
}

/**
 * A throwaway PostgreSQL and a hub process on it, for the hub's own tests, the app's sync tests
 * and the end-to-end tests. The hub runs as a child process so that it can be SIGKILLed.
 */
export async function startHubForTests(): Promise<HubForTests> {
  const postgres = await startPostgresServer();
  let hub: { child: ChildProcess; port: number };
  try {
    hub = await startHubProcess(postgres.url, 0);
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  const port = hub.port;
  const killAtExit = () => hub.child.kill('SIGKILL');
  process.once('exit', killAtExit);
  const pool = new pg.Pool({ connectionString: postgres.url, max: 2 });
  pool.on('error', () => undefined);

  const stopHub = async (signal: NodeJS.Signals) => {
    const child = hub.child;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited(child);
  };
  const restartHub = async () => {
    await stopHub('SIGTERM');
    // The port was ours a moment ago; try again briefly if the system has not let go of it yet.
    for (let attempt = 0; ; attempt += 1) {
      try {
        hub = await startHubProcess(postgres.url, port);
        return;
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };

  return {
    url: `http://127.0.0.1:${String(port)}`,
    databaseUrl: postgres.url,
    enrol: async (cardText) => {
      const { installation } = await enrolCard(pool, cardText);
      return {
        installationId: installation.id,
        name: installation.name,
        fingerprint: installation.fingerprint,
      };
    },
    revoke: async (installationId) => {
      if (!(await revokeInstallation(pool, installationId))) {
        throw new Error(`${installationId} is not enrolled`);
      }
    },
    stopHub: () => stopHub('SIGTERM'),
    killHub: () => stopHub('SIGKILL'),
    restartHub,
    restartPostgres: () => postgres.restart(),
    killPostgres: () => postgres.kill(),
    dumpDatabase: () => postgres.dump(),
    stopAll: async () => {
      process.off('exit', killAtExit);
      await stopHub('SIGTERM');
      await pool.end().catch(() => undefined);
      await postgres.stop();
    },
  };
}
