import type pg from 'pg';
import type { Parcel } from '../../main/core/exchange/hubProtocol/parcel.ts';
import type { Queryable } from './installationRepository.ts';

/** The channel every hub process LISTENs on; the payload is the recipient's installation id. */
export const parcelChannel = 'hub_parcels';

export interface StoredParcel {
  readonly position: number;
  readonly duplicate: boolean;
}

/**
 * Stores a parcel once by its id and tells the hub processes listening on the database.
 * The per-recipient advisory lock makes positions of one inbox commit in their own order: without
 * it a reader could see position 11 committed, move its cursor past 10, and never see 10 when that
 * insert commits a moment later.
 */
export async function storeParcel(
  pool: pg.Pool,
  id: string,
  parcel: Parcel,
  parcelJson: string,
): Promise<StoredParcel> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`inbox:${parcel.to}`]);
      const inserted = await client.query<{ position: string }>(
        `INSERT INTO parcels (id, from_installation, to_installation, seq_from, seq_to, parcel,
           parcel_bytes, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())
         ON CONFLICT (id) DO NOTHING
         RETURNING position`,
        [
          id,
          parcel.from,
          parcel.to,
          parcel.seqFrom,
          parcel.seqTo,
          parcelJson,
          Buffer.byteLength(parcelJson),
        ],
      );
      const fresh = inserted.rows[0];
      if (fresh) await client.query('SELECT pg_notify($1, $2)', [parcelChannel, parcel.to]);
      const position =
        fresh?.position ??
        (
          await client.query<{ position: string }>('SELECT position FROM parcels WHERE id = $1', [
            id,
          ])
        ).rows[0]?.position;
      await client.query('COMMIT');
      if (position === undefined) throw new Error('parcel neither inserted nor found');
      return { position: Number(position), duplicate: !fresh };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    client.release();
  }
}

export interface InboxRow {
  readonly position: number;
  readonly id: string;
  /** The parcel's JSON exactly as stored (validated on the way in). */
  readonly parcelJson: string;
  readonly receivedAt: string;
}

/**
 * Unacknowledged parcels to `recipient` after `after`, in position order: at most `limit`, and
 * no more than about `byteBudget` bytes of parcels (always at least one).
 */
export async function inboxAfter(
  db: Queryable,
  recipient: string,
  after: number,
  limit: number,
  byteBudget: number,
): Promise<InboxRow[]> {
  const result = await db.query<{
    position: string;
    id: string;
    parcel: string;
    received_at: Date;
  }>(
    `SELECT position, id, parcel, received_at FROM (
       SELECT position, id, parcel, received_at,
         sum(parcel_bytes) OVER (ORDER BY position) - parcel_bytes AS bytes_before
       FROM (
         SELECT position, id, parcel, parcel_bytes, received_at FROM parcels
         WHERE to_installation = $1 AND position > $2 AND acknowledged_at IS NULL
         ORDER BY position
         LIMIT $3
       ) AS first_rows
     ) AS page
     WHERE bytes_before < $4 OR bytes_before = 0
     ORDER BY position`,
    [recipient, after, limit, byteBudget],
  );
  return result.rows.map((row) => ({
    position: Number(row.position),
    id: row.id,
    parcelJson: row.parcel,
    receivedAt: row.received_at.toISOString(),
  }));
}

/** Marks the recipient's own parcels with these ids as acknowledged; returns how many changed. */
export async function acknowledgeParcels(
  db: Queryable,
  recipient: string,
  ids: readonly string[],
): Promise<number> {
  const result = await db.query(
    `UPDATE parcels SET acknowledged_at = now()
     WHERE to_installation = $1 AND id = ANY($2::text[]) AND acknowledged_at IS NULL`,
    [recipient, ids],
  );
  return result.rowCount ?? 0;
}
