import type pg from 'pg';
import { hubMigrations } from './migrations/index.ts';

export interface HubMigration {
  readonly version: number;
  readonly name: string;
  /** Plain SQL that any PostgreSQL-compatible server accepts. */
  readonly sql: string;
}

/** An arbitrary constant: the advisory lock that lets one of several starting hubs migrate. */
const migrationLock = 7_202_612_060;

/**
 * Applies the migrations the database lacks, each in its own transaction with its row in
 * schema_migrations. Several hub processes may start at once on one database: the advisory lock
 * makes the others wait, then find nothing left to do. A database from a newer hub is refused.
 */
export async function migrateHubDatabase(
  pool: pg.Pool,
  migrations: readonly HubMigration[] = hubMigrations,
): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL
      )`);
    await client.query('COMMIT');
    let applied = 0;
    for (const migration of migrations) {
      await client.query('BEGIN');
      try {
        await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
        const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
          migration.version,
        ]);
        if (done.rowCount === 0) {
          await client.query(migration.sql);
          await client.query(
            'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())',
            [migration.version, migration.name],
          );
          applied += 1;
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    const newest = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_migrations',
    );
    const known = migrations.at(-1)?.version ?? 0;
    const found = newest.rows[0]?.version ?? 0;
    if (found > known) {
      throw new Error(
        `交换中心数据库的结构版本（${String(found)}）比本程序所知的（${String(known)}）更新，请使用更新版本的交换中心程序。`,
      );
    }
    return applied;
  } finally {
    client.release();
  }
}
