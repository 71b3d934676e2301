import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A throwaway PostgreSQL server in a temporary folder, for tests and benches. */
export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:<port>/<database>` */
  readonly url: string;
  readonly port: number;
  readonly database: string;
  /** `pg_dump` of the database in plain SQL, run as the server's own user. */
  dump(): Promise<string>;
  /** A fast shutdown, then the folder is removed. */
  stop(): Promise<void>;
  /** SIGKILL to the postmaster and its backends: a crash, not a shutdown. */
  kill(): Promise<void>;
  /** Stops (or, after `kill`, recovers) and starts again on the same port and folder. */
  restart(): Promise<void>;
}

const missingBinaries =
  "PostgreSQL's server programs (initdb, pg_ctl, postgres, version 15 or newer) were not found " +
  'under /usr/lib/postgresql/<version>/bin. Install Debian\'s "postgresql" package ' +
  '(apt-get install postgresql; npm test does it through scripts/test/systemPackages.txt), ' +
  'or set PW_POSTGRES_BIN to the folder that holds initdb.';

/** The bin folder of the newest installed PostgreSQL (15 or newer). */
export function findPostgresBin(): string {
  const override = process.env['PW_POSTGRES_BIN'];
  if (override) {
    if (!existsSync(join(override, 'initdb'))) throw new Error(missingBinaries);
    return override;
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name) && Number(name) >= 15)
        .filter((name) => existsSync(join(root, name, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined) throw new Error(missingBinaries);
  return join(root, newest, 'bin');
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, its programs run as the `postgres` system user. */
const asRoot = () => process.getuid?.() === 0;

function serverCommand(bin: string, program: string, args: readonly string[]) {
  const path = join(bin, program);
  return asRoot()
    ? { file: 'runuser', args: ['-u', 'postgres', '--', path, ...args] }
    : { file: path, args: [...args] };
}

async function runServerProgram(bin: string, program: string, args: readonly string[]) {
  const command = serverCommand(bin, program, args);
  try {
    return await run(command.file, command.args, {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, LC_ALL: 'C' },
    });
  } catch (error) {
    const failed = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(
      `${program} failed: ${failed.message}\n${failed.stderr ?? ''}${failed.stdout ?? ''}`,
      { cause: error },
    );
  }
}

function chownToPostgres(path: string): void {
  if (!asRoot()) return;
  const passwd = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((line) => line.startsWith('postgres:'));
  const [, , uid, gid] = passwd?.split(':') ?? [];
  if (uid === undefined || gid === undefined) {
    throw new Error(
      'Running as root, but there is no "postgres" system user to run PostgreSQL as (Debian\'s postgresql package creates it).',
    );
  }
  chownSync(path, Number(uid), Number(gid));
}

function postmasterPid(dataFolder: string): number | null {
  const file = join(dataFolder, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the parent pid follows the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !isZombie(pid);
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

async function waitUntilGone(pids: readonly number[]): Promise<void> {
  for (let round = 0; round < 500 && pids.some(alive); round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function acceptsConnections(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface PostgresServerOptions {
  readonly database?: string;
  /**
   * Whether PostgreSQL syncs to disk (default false: quicker tests). Without it, what is committed
   * still survives a crash of PostgreSQL or of the hub, which is what the tests kill, but not a
   * crash of the machine; a bench that measures real commit cost passes true.
   */
  readonly fsync?: boolean;
}

export async function startPostgresServer(
  options: PostgresServerOptions = {},
): Promise<PostgresServer> {
  const bin = findPostgresBin();
  const database = options.database ?? 'hub';
  const folder = mkdtempSync(join(tmpdir(), 'pw-postgres-'));
  const dataFolder = join(folder, 'data');
  chownToPostgres(folder);
  let port = 0;
  let initialised = false;
  try {
    await runServerProgram(bin, 'initdb', [
      '-D',
      dataFolder,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }

  const start = async () => {
    let lastError: unknown = null;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      if (port === 0) port = await freePort();
      try {
        await runServerProgram(bin, 'pg_ctl', [
          '-D',
          dataFolder,
          '-l',
          join(folder, 'server.log'),
          '-w',
          '-t',
          '60',
          '-o',
          `-p ${String(port)} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=${options.fsync ? 'on' : 'off'}`,
          'start',
        ]);
        lastError = null;
        break;
      } catch (error) {
        lastError = error;
        // The port may have been taken meanwhile (first start only), or the backends of a killed
        // server may still be leaving: try again.
        if (!initialised) port = 0;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    if (lastError) {
      const log = existsSync(join(folder, 'server.log'))
        ? readFileSync(join(folder, 'server.log'), 'utf8').slice(-4000)
        : '';
      throw new Error(`${String(lastError)}\nserver log:\n${log}`);
    }
    const adminUrl = `postgres://postgres@127.0.0.1:${String(port)}/postgres`;
    for (let round = 0; round < 300 && !(await acceptsConnections(adminUrl)); round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  try {
    await start();
    const admin = new pg.Client({ connectionString: urlOf(port, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${quoteIdentifier(database)}`);
    await admin.end();
    initialised = true;
  } catch (error) {
    await runServerProgram(bin, 'pg_ctl', ['-D', dataFolder, '-m', 'immediate', 'stop']).catch(
      () => undefined,
    );
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }

  /** SIGKILLs the postmaster and its backends; returns the pids to wait for. */
  const killNow = (): number[] => {
    const pid = postmasterPid(dataFolder);
    if (pid === null || !alive(pid)) return [];
    const backends = childrenOf(pid);
    for (const one of [pid, ...backends]) {
      try {
        process.kill(one, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    return [pid, ...backends];
  };
  // A test process that ends without stopping its server (a crash, a timeout) leaves nothing behind.
  const cleanUpAtExit = () => {
    killNow();
    rmSync(folder, { recursive: true, force: true });
  };
  process.once('exit', cleanUpAtExit);

  const kill = async () => {
    const pids = killNow();
    if (pids.length === 0) return;
    await waitUntilGone(pids);
    // A killed postmaster may linger as a zombie until its new parent reaps it, and the next
    // postmaster would take the lock file's pid for a live server: it is dead, so drop the lock.
    rmSync(join(dataFolder, 'postmaster.pid'), { force: true });
    // The socket's lock file names the same pid and is checked the same way.
    rmSync(join(folder, `.s.PGSQL.${String(port)}.lock`), { force: true });
  };

  const stopServer = async () => {
    const pid = postmasterPid(dataFolder);
    if (pid === null || !alive(pid)) return;
    await runServerProgram(bin, 'pg_ctl', ['-D', dataFolder, '-m', 'fast', '-w', 'stop']);
  };

  return {
    url: urlOf(port, database),
    port,
    database,
    dump: async () =>
      (
        await runServerProgram(bin, 'pg_dump', [
          '-h',
          folder,
          '-p',
          String(port),
          '-U',
          'postgres',
          database,
        ])
      ).stdout,
    stop: async () => {
      process.off('exit', cleanUpAtExit);
      await stopServer().catch(kill);
      rmSync(folder, { recursive: true, force: true });
    },
    kill,
    restart: async () => {
      await stopServer();
      await start();
    },
  };
}

const urlOf = (port: number, database: string) =>
  `postgres://postgres@127.0.0.1:${String(port)}/${encodeURIComponent(database)}`;

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
