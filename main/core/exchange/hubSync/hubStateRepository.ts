import type { DatabaseSync } from 'node:sqlite';

/** The hub's address and how the last calls to it went (one row, see migration 016). */
export interface HubState {
  readonly address: string | null;
  /** The last hub position imported (or handled): the inbox is read after it. */
  readonly inboxCursor: number;
  readonly connected: boolean;
  readonly offlineSince: string | null;
  readonly lastSyncAt: string | null;
  readonly lastError: string | null;
}

interface StateRow {
  address: string | null;
  inbox_cursor: number;
  connected: number;
  offline_since: string | null;
  last_sync_at: string | null;
  last_error: string | null;
}

export function readHubState(db: DatabaseSync): HubState {
  const row = db
    .prepare('SELECT * FROM hub_state WHERE singleton = 1')
    .get() as unknown as StateRow;
  return {
    address: row.address,
    inboxCursor: row.inbox_cursor,
    connected: row.connected === 1,
    offlineSince: row.offline_since,
    lastSyncAt: row.last_sync_at,
    lastError: row.last_error,
  };
}

/**
 * A new hub numbers its inbox and holds parcels afresh: the cursor and the push progress start
 * over (what is pushed again is imported once, as a package carried twice would be).
 */
export function writeHubAddress(db: DatabaseSync, address: string | null): void {
  db.prepare(
    `UPDATE hub_state SET address = ?, inbox_cursor = 0, connected = 0, offline_since = NULL,
       last_sync_at = NULL, last_error = NULL WHERE singleton = 1`,
  ).run(address);
  db.prepare('DELETE FROM hub_peer_progress').run();
}

/** The hub answered: connected again, and an error about not reaching it is over. */
export function markHubReached(db: DatabaseSync, at: Date): void {
  db.prepare(
    `UPDATE hub_state SET connected = 1, offline_since = NULL, last_sync_at = ?,
       last_error = CASE WHEN connected = 0 THEN NULL ELSE last_error END
     WHERE singleton = 1`,
  ).run(at.toISOString());
}

/** Offline since the first failed call; a later failure keeps that time and replaces the error. */
export function markHubUnreachable(db: DatabaseSync, at: Date, error: string): void {
  db.prepare(
    `UPDATE hub_state SET connected = 0, offline_since = COALESCE(offline_since, ?), last_error = ?
     WHERE singleton = 1`,
  ).run(at.toISOString(), error);
}

/** The hub answered but something could not be done (a parcel held back, a peer not reachable). */
export function noteHubProblem(db: DatabaseSync, error: string | null): void {
  db.prepare('UPDATE hub_state SET last_error = ? WHERE singleton = 1').run(error);
}

export function advanceInboxCursor(db: DatabaseSync, position: number): void {
  db.prepare('UPDATE hub_state SET inbox_cursor = MAX(inbox_cursor, ?) WHERE singleton = 1').run(
    position,
  );
}

export interface PeerProgress {
  readonly installationId: string;
  readonly pushedSeq: number;
  readonly pushedAt: string | null;
  readonly receivedRecords: number;
  readonly receivedAt: string | null;
  readonly lastError: string | null;
}

interface ProgressRow {
  installation_id: string;
  pushed_seq: number;
  pushed_at: string | null;
  received_records: number;
  received_at: string | null;
  last_error: string | null;
}

const toProgress = (row: ProgressRow): PeerProgress => ({
  installationId: row.installation_id,
  pushedSeq: row.pushed_seq,
  pushedAt: row.pushed_at,
  receivedRecords: row.received_records,
  receivedAt: row.received_at,
  lastError: row.last_error,
});

export function peerProgress(db: DatabaseSync): Map<string, PeerProgress> {
  const rows = db.prepare('SELECT * FROM hub_peer_progress').all() as unknown as ProgressRow[];
  return new Map(rows.map((row) => [row.installation_id, toProgress(row)]));
}

const ensureProgressRow = (db: DatabaseSync, installationId: string): void => {
  db.prepare(
    'INSERT INTO hub_peer_progress (installation_id) VALUES (?) ON CONFLICT DO NOTHING',
  ).run(installationId);
};

export function recordPushed(db: DatabaseSync, installationId: string, seq: number, at: Date) {
  ensureProgressRow(db, installationId);
  db.prepare(
    `UPDATE hub_peer_progress SET pushed_seq = MAX(pushed_seq, ?), pushed_at = ?, last_error = NULL
     WHERE installation_id = ?`,
  ).run(seq, at.toISOString(), installationId);
}

export function recordReceived(db: DatabaseSync, installationId: string, count: number, at: Date) {
  ensureProgressRow(db, installationId);
  db.prepare(
    `UPDATE hub_peer_progress SET received_records = received_records + ?, received_at = ?
     WHERE installation_id = ?`,
  ).run(count, at.toISOString(), installationId);
}

export function notePeerProblem(db: DatabaseSync, installationId: string, error: string | null) {
  ensureProgressRow(db, installationId);
  db.prepare('UPDATE hub_peer_progress SET last_error = ? WHERE installation_id = ?').run(
    error,
    installationId,
  );
}

/** The highest seq this installation has sent to each recipient. */
export function highestSentSeqs(db: DatabaseSync, origin: string): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT recipient, MAX(seq) AS seq FROM exchange_records
       WHERE origin = ? AND direction = 'sent' GROUP BY recipient`,
    )
    .all(origin) as { recipient: string; seq: number }[];
  return new Map(rows.map((row) => [row.recipient, row.seq]));
}
