import type { DatabaseSync } from 'node:sqlite';
import { defaultSettings, type Settings } from '../../../shared/domain/settings.ts';
import { cachedStatement } from '../db/cachedStatement.ts';

/** Settings are stored one JSON value per key; a missing key takes its default. */
export function readSettings(db: DatabaseSync): Settings {
  const rows = cachedStatement(db, 'SELECT key, value FROM settings').all() as {
    key: string;
    value: string;
  }[];
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  return { ...defaultSettings, ...(stored as Partial<Settings>) };
}

export function writeSettings(db: DatabaseSync, changes: Partial<Settings>): void {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) upsert.run(key, JSON.stringify(value));
  }
}

export function readInstallationValue(db: DatabaseSync, key: string): string | null {
  const row = cachedStatement(db, 'SELECT value FROM installation WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

export function writeInstallationValue(db: DatabaseSync, key: string, value: string): void {
  db.prepare(
    'INSERT INTO installation (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
