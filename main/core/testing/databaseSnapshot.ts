import type { DatabaseSync } from 'node:sqlite';

/**
 * Every row of every ordinary table (FTS shadow tables included), as one comparable string. Used to
 * prove that a refused call changed nothing.
 */
export function databaseSnapshot(db: DatabaseSync): string {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string }[];
  const parts = tables.map(({ name }) => {
    const statement = db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}" ORDER BY 1`);
    // FTS shadow tables hold 64-bit values that do not fit a JavaScript number.
    statement.setReadBigInts(true);
    const rows = statement.all();
    return `${name}:${JSON.stringify(rows, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('hex') : typeof value === 'bigint' ? value.toString() : value))}`;
  });
  const version = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return `${version.user_version}\n${parts.join('\n')}`;
}
