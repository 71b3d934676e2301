import type { DatabaseSync } from 'node:sqlite';

/** Rows by table, values made comparable (blobs as hex, integers past 2^53 as text). */
export type TableRows = ReadonlyMap<string, readonly Readonly<Record<string, unknown>>[]>;

const comparable = (value: unknown): unknown =>
  value instanceof Uint8Array
    ? Buffer.from(value).toString('hex')
    : typeof value === 'bigint'
      ? Number.isSafeInteger(Number(value))
        ? Number(value)
        : value.toString()
      : value;

/**
 * The app's tables and their rows. Full-text indexes (virtual tables and their shadow tables) are
 * left out: they hold tokens, not records, and are checked by searching.
 */
export function tableRows(db: DatabaseSync): TableRows {
  const schema = db
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .all() as { name: string; sql: string }[];
  const indexes = schema.filter((table) => table.sql.startsWith('CREATE VIRTUAL'));
  const tables = schema
    .filter(
      ({ name }) =>
        !indexes.some((index) => name === index.name || name.startsWith(`${index.name}_`)),
    )
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return new Map(
    tables.map(({ name }) => {
      const statement = db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`);
      statement.setReadBigInts(true);
      const rows = statement
        .all()
        .map((row) =>
          Object.fromEntries(Object.entries(row).map(([key, value]) => [key, comparable(value)])),
        );
      return [name, rows];
    }),
  );
}

/**
 * The rows of one table limited to `columns`, in a stable order: what a migration must carry over
 * unchanged (a later migration may add or drop columns, never rows or their values).
 */
export function rowsIn(
  rows: readonly Readonly<Record<string, unknown>>[],
  columns: readonly string[],
): string[] {
  return rows.map((row) => JSON.stringify(columns.map((column) => [column, row[column]]))).sort();
}

/** The columns of a table's rows (empty when it has none: then only the count can be compared). */
export const columnsOf = (rows: readonly Readonly<Record<string, unknown>>[]): string[] =>
  Object.keys(rows[0] ?? {});
