import type { DatabaseSync } from 'node:sqlite';

/** One step of the schema. Append-only: a released migration is never edited, only followed. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: DatabaseSync) => void;
}
