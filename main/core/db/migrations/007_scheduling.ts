import type { Migration } from '../migration.ts';

/**
 * Scheduling and compliance: what the rules need to know of a unit (designated department, its
 * principal head), the registers (spokespersons and policy experts filed with the news office,
 * new-media accounts filed with the information centre) and the annual release plans. Dates are
 * Shanghai calendar dates (YYYY-MM-DD). Requests get an index on their start as an instant, since
 * stored offsets differ and the calendar and the rules query by time range.
 */
export const schedulingMigration: Migration = {
  version: 7,
  name: 'scheduling',
  up: (db) => {
    db.exec(`
      CREATE TABLE unit_profiles (
        unit_id TEXT PRIMARY KEY NOT NULL REFERENCES units (id),
        designated INTEGER NOT NULL DEFAULT 0 CHECK (designated IN (0, 1)),
        principal_head_name TEXT NOT NULL DEFAULT '',
        principal_head_title TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE spokespersons (
        id TEXT PRIMARY KEY NOT NULL,
        unit_id TEXT NOT NULL REFERENCES units (id),
        name TEXT NOT NULL,
        title TEXT NOT NULL,
        phone TEXT NOT NULL,
        appointed_on TEXT NOT NULL,
        filed_on TEXT,
        removed_on TEXT,
        note TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX spokespersons_unit ON spokespersons (unit_id, appointed_on);

      CREATE TABLE policy_experts (
        id TEXT PRIMARY KEY NOT NULL,
        unit_id TEXT NOT NULL REFERENCES units (id),
        name TEXT NOT NULL,
        field TEXT NOT NULL,
        organisation TEXT NOT NULL,
        title TEXT NOT NULL,
        phone TEXT NOT NULL,
        added_on TEXT NOT NULL,
        filed_on TEXT,
        removed_on TEXT,
        note TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX policy_experts_unit ON policy_experts (unit_id, added_on);

      CREATE TABLE new_media_accounts (
        id TEXT PRIMARY KEY NOT NULL,
        unit_id TEXT NOT NULL REFERENCES units (id),
        platform TEXT NOT NULL CHECK (platform IN ('weibo', 'wechat', 'other')),
        account_name TEXT NOT NULL,
        opened_on TEXT NOT NULL,
        filed_on TEXT,
        closed_on TEXT,
        note TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX new_media_accounts_unit ON new_media_accounts (unit_id, opened_on);

      CREATE TABLE annual_plan_items (
        id TEXT PRIMARY KEY NOT NULL,
        unit_id TEXT NOT NULL REFERENCES units (id),
        year INTEGER NOT NULL,
        quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        form TEXT NOT NULL,
        topic TEXT NOT NULL,
        note TEXT NOT NULL,
        request_id TEXT REFERENCES requests (id),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX annual_plan_items_unit ON annual_plan_items (year, unit_id, position);

      CREATE INDEX requests_starts_instant ON requests (unixepoch(starts_at));
    `);
  },
};
