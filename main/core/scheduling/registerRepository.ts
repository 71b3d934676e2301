import type { DatabaseSync } from 'node:sqlite';
import type { AccountPlatform } from '../../../shared/domain/schedulingRegisters.ts';

interface StoredEntry {
  readonly id: string;
  readonly unitId: string;
  readonly filedOn: string | null;
  readonly note: string;
}

export interface SpokespersonRecord extends StoredEntry {
  readonly name: string;
  readonly title: string;
  readonly phone: string;
  readonly appointedOn: string;
  readonly removedOn: string | null;
}

export interface ExpertRecord extends StoredEntry {
  readonly name: string;
  readonly field: string;
  readonly organisation: string;
  readonly title: string;
  readonly phone: string;
  readonly addedOn: string;
  readonly removedOn: string | null;
}

export interface AccountRecord extends StoredEntry {
  readonly platform: AccountPlatform;
  readonly accountName: string;
  readonly openedOn: string;
  readonly closedOn: string | null;
}

export interface RegisterRecords {
  readonly spokesperson: SpokespersonRecord;
  readonly expert: ExpertRecord;
  readonly account: AccountRecord;
}
export type RegisterKind = keyof RegisterRecords;

/** Each register's table and columns; the record's fields are the columns in camelCase. */
const tables: Readonly<
  Record<RegisterKind, { table: string; columns: readonly string[]; order: string }>
> = {
  spokesperson: {
    table: 'spokespersons',
    columns: [
      'unit_id',
      'name',
      'title',
      'phone',
      'appointed_on',
      'filed_on',
      'removed_on',
      'note',
    ],
    order: 'appointed_on, created_at',
  },
  expert: {
    table: 'policy_experts',
    columns: [
      'unit_id',
      'name',
      'field',
      'organisation',
      'title',
      'phone',
      'added_on',
      'filed_on',
      'removed_on',
      'note',
    ],
    order: 'added_on, created_at',
  },
  account: {
    table: 'new_media_accounts',
    columns: ['unit_id', 'platform', 'account_name', 'opened_on', 'filed_on', 'closed_on', 'note'],
    order: 'opened_on, created_at',
  },
};

const camel = (column: string): string =>
  column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

function toRecord<K extends RegisterKind>(
  kind: K,
  row: Record<string, unknown>,
): RegisterRecords[K] {
  const record: Record<string, unknown> = { id: row['id'] };
  for (const column of tables[kind].columns) record[camel(column)] = row[column];
  return record as unknown as RegisterRecords[K];
}

export function listRegister<K extends RegisterKind>(
  db: DatabaseSync,
  kind: K,
  unitIds: readonly string[] | null,
): RegisterRecords[K][] {
  const { table, columns, order } = tables[kind];
  const rows = db
    .prepare(
      `SELECT id, ${columns.join(', ')} FROM ${table}
       WHERE (?1 IS NULL OR unit_id IN (SELECT value FROM json_each(?1))) ORDER BY ${order}`,
    )
    .all(unitIds ? JSON.stringify(unitIds) : null) as Record<string, unknown>[];
  return rows.map((row) => toRecord(kind, row));
}

export function findRegisterEntry<K extends RegisterKind>(
  db: DatabaseSync,
  kind: K,
  id: string,
): RegisterRecords[K] | null {
  const { table, columns } = tables[kind];
  const row = db.prepare(`SELECT id, ${columns.join(', ')} FROM ${table} WHERE id = ?`).get(id) as
    Record<string, unknown> | undefined;
  return row ? toRecord(kind, row) : null;
}

/** Inserts a new entry or replaces the fields of an existing one. */
export function saveRegisterEntry<K extends RegisterKind>(
  db: DatabaseSync,
  kind: K,
  record: RegisterRecords[K],
  at: string,
): void {
  const { table, columns } = tables[kind];
  const values = columns.map(
    (column) => (record as unknown as Record<string, string | null>)[camel(column)] ?? null,
  );
  db.prepare(
    `INSERT INTO ${table} (id, ${columns.join(', ')}, created_at, updated_at)
     VALUES (?, ${columns.map(() => '?').join(', ')}, ?, ?)
     ON CONFLICT (id) DO UPDATE SET ${columns.map((column) => `${column} = excluded.${column}`).join(', ')},
       updated_at = excluded.updated_at`,
  ).run(record.id, ...values, at, at);
}

export function deleteRegisterEntry(db: DatabaseSync, kind: RegisterKind, id: string): number {
  return Number(db.prepare(`DELETE FROM ${tables[kind].table} WHERE id = ?`).run(id).changes);
}
