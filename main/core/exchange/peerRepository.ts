import type { DatabaseSync } from 'node:sqlite';

/** One registration of another installation's key; a revoked one stays for the history. */
export interface PeerRecord {
  readonly id: number;
  readonly installationId: string;
  readonly name: string;
  readonly publicKey: string;
  readonly fingerprint: string;
  readonly unitId: string | null;
  readonly registeredAt: string;
  readonly revokedAt: string | null;
}

interface PeerRow {
  id: number;
  installation_id: string;
  name: string;
  public_key: string;
  fingerprint: string;
  unit_id: string | null;
  registered_at: string;
  revoked_at: string | null;
}

const toPeer = (row: PeerRow): PeerRecord => ({
  id: row.id,
  installationId: row.installation_id,
  name: row.name,
  publicKey: row.public_key,
  fingerprint: row.fingerprint,
  unitId: row.unit_id,
  registeredAt: row.registered_at,
  revokedAt: row.revoked_at,
});

export function findActivePeer(db: DatabaseSync, installationId: string): PeerRecord | null {
  const row = db
    .prepare('SELECT * FROM exchange_peers WHERE installation_id = ? AND revoked_at IS NULL')
    .get(installationId) as PeerRow | undefined;
  return row ? toPeer(row) : null;
}

/** The most recent registration, revoked or not. */
export function findLatestPeer(db: DatabaseSync, installationId: string): PeerRecord | null {
  const row = db
    .prepare('SELECT * FROM exchange_peers WHERE installation_id = ? ORDER BY id DESC LIMIT 1')
    .get(installationId) as PeerRow | undefined;
  return row ? toPeer(row) : null;
}

export function findActivePeerForUnit(db: DatabaseSync, unitId: string): PeerRecord | null {
  const row = db
    .prepare(
      'SELECT * FROM exchange_peers WHERE unit_id = ? AND revoked_at IS NULL ORDER BY id DESC LIMIT 1',
    )
    .get(unitId) as PeerRow | undefined;
  return row ? toPeer(row) : null;
}

export function listPeerRecords(db: DatabaseSync, includeRevoked: boolean): PeerRecord[] {
  const sql = includeRevoked
    ? 'SELECT * FROM exchange_peers ORDER BY revoked_at IS NOT NULL, name, id'
    : 'SELECT * FROM exchange_peers WHERE revoked_at IS NULL ORDER BY name, id';
  return (db.prepare(sql).all() as unknown as PeerRow[]).map(toPeer);
}

export function insertPeer(
  db: DatabaseSync,
  peer: Omit<PeerRecord, 'id' | 'revokedAt'>,
  registeredBy: string | null,
): void {
  db.prepare(
    `INSERT INTO exchange_peers
       (installation_id, name, public_key, fingerprint, unit_id, registered_at, registered_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    peer.installationId,
    peer.name,
    peer.publicKey,
    peer.fingerprint,
    peer.unitId,
    peer.registeredAt,
    registeredBy,
  );
}

export function markPeerRevoked(
  db: DatabaseSync,
  id: number,
  revokedAt: string,
  revokedBy: string | null,
): void {
  db.prepare('UPDATE exchange_peers SET revoked_at = ?, revoked_by = ? WHERE id = ?').run(
    revokedAt,
    revokedBy,
    id,
  );
}

/** The name each installation was last registered under. */
export function peerNames(db: DatabaseSync): Map<string, string> {
  const rows = db.prepare('SELECT installation_id, name FROM exchange_peers ORDER BY id').all() as {
    installation_id: string;
    name: string;
  }[];
  return new Map(rows.map((row) => [row.installation_id, row.name]));
}
