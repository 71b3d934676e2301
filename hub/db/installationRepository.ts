import type pg from 'pg';
import { parsePeerCard } from '../../main/core/exchange/exchangeIdentity.ts';
import { fingerprintOf } from '../../main/core/exchange/signingKeys.ts';

export interface EnrolledInstallation {
  readonly id: string;
  readonly name: string;
  readonly publicKey: string;
  readonly fingerprint: string;
  readonly enrolledAt: string;
  readonly revokedAt: string | null;
}

interface InstallationRow {
  id: string;
  name: string;
  public_key: string;
  fingerprint: string;
  enrolled_at: Date;
  revoked_at: Date | null;
}

const fromRow = (row: InstallationRow): EnrolledInstallation => ({
  id: row.id,
  name: row.name,
  publicKey: row.public_key,
  fingerprint: row.fingerprint,
  enrolledAt: row.enrolled_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

export type Queryable = Pick<pg.Pool, 'query'>;

export async function findInstallation(
  db: Queryable,
  id: string,
): Promise<EnrolledInstallation | null> {
  const result = await db.query<InstallationRow>('SELECT * FROM installations WHERE id = $1', [id]);
  const row = result.rows[0];
  return row ? fromRow(row) : null;
}

export async function listInstallations(db: Queryable): Promise<EnrolledInstallation[]> {
  const result = await db.query<InstallationRow>('SELECT * FROM installations ORDER BY name, id');
  return result.rows.map(fromRow);
}

export interface Enrolment {
  readonly installation: EnrolledInstallation;
  /** The fingerprint of the key this enrolment replaced, when the installation was enrolled. */
  readonly replacedFingerprint: string | null;
}

/**
 * Enrols an installation by its key card (the same text as shown in 数据交换). Enrolling a card
 * again updates the name and key and lifts a revocation: that is how a new key is taken in.
 * A card that does not parse throws the app's own refusal, with its Chinese message.
 */
export async function enrolCard(db: Queryable, cardText: string): Promise<Enrolment> {
  const card = parsePeerCard(cardText.trim());
  const before = await findInstallation(db, card.installationId);
  const result = await db.query<InstallationRow>(
    `INSERT INTO installations (id, name, public_key, fingerprint, enrolled_at, revoked_at)
     VALUES ($1, $2, $3, $4, now(), NULL)
     ON CONFLICT (id) DO UPDATE SET name = $2, public_key = $3, fingerprint = $4,
       enrolled_at = now(), revoked_at = NULL
     RETURNING *`,
    [card.installationId, card.name, card.publicKey, fingerprintOf(card.publicKey)],
  );
  const row = result.rows[0];
  if (!row) throw new Error('enrolment returned no row');
  const installation = fromRow(row);
  return {
    installation,
    replacedFingerprint:
      before && before.fingerprint !== installation.fingerprint ? before.fingerprint : null,
  };
}

/** Revokes an enrolment; false when no such installation is enrolled. */
export async function revokeInstallation(db: Queryable, id: string): Promise<boolean> {
  const result = await db.query(
    'UPDATE installations SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1',
    [id],
  );
  return result.rowCount === 1;
}
